// SPDX-License-Identifier: GPL-3.0-or-later
#include "RejectsWriter.h"

#include "CsvWriter.h"
#include "Fields.h"
#include "LedgerFields.h"

#include <QSaveFile>

namespace chamber {

QString RejectsWriter::describe(const ImportProblem &p)
{
    QString text = p.problem.message;
    if (p.column >= 0)
        text = tr("column %1 (%2): %3").arg(columnLetters(p.column), p.header.isEmpty() ? fieldLabel(p.problem.field) : p.header, text);
    if (!p.expected.isEmpty())
        text += QLatin1Char(' ') + tr("Expected: %1.").arg(p.expected);
    return text;
}

Status RejectsWriter::write(const ImportPlan &plan, QIODevice &out)
{
    CsvWriter csv(out);
    // The title row keeps the ledger's year, so that corrected rows come back with their counts.
    QString title = plan.table.title.trimmed();
    if (plan.year && !title.contains(QString::number(*plan.year)))
        title = QStringLiteral("%1（%2年度）").arg(title).arg(*plan.year);
    if (!title.isEmpty()) {
        QStringList titleRow(plan.table.headers.size() + 1, QString());
        titleRow[0] = title;
        csv.writeRow(titleRow);
    }
    QStringList header = plan.table.headers;
    header.append(LedgerFields::byKey(QStringLiteral("problems"))->header);
    csv.writeRow(header);
    for (const auto &row : plan.rows) {
        if (row.action != RowAction::Refuse)
            continue;
        QStringList cells = row.record.cells;
        while (cells.size() < plan.table.headers.size())
            cells.append(QString());
        QStringList why;
        for (const auto &p : row.problems())
            if (p.isError())
                why.append(describe(p));
        cells.append(why.join(QStringLiteral("；")));
        csv.writeRow(cells);
    }
    if (!csv.ok())
        return Problem::error(QStringLiteral("file"), tr("The file of refused rows could not be written."));
    return success();
}

Status RejectsWriter::write(const ImportPlan &plan, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem::error(QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (auto s = write(plan, file); !s)
        return s;
    if (!file.commit())
        return Problem::error(QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace chamber
