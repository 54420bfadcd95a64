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

QList<RejectsWriter::ReportLine> RejectsWriter::report(const ImportPlan &plan)
{
    QList<ReportLine> lines;
    for (const auto &row : plan.rows) {
        const QString chamber = row.record.chamber.name.trimmed().isEmpty() ? tr("(no name)") : row.record.chamber.name.trimmed();
        if (row.action == RowAction::Refuse) {
            QStringList why;
            for (const auto &p : row.problems())
                if (p.isError())
                    why.append(describe(p));
            lines.append({row.record.row, chamber, tr("refused"), QString(), QString(), why.join(QStringLiteral("；"))});
            continue;
        }
        if (row.action == RowAction::Skip)
            continue;
        for (const auto &p : row.problems())
            if (p.toVerify())
                lines.append({row.record.row, chamber,
                              p.verify == ImportProblem::Verify::HeldBack ? tr("held back, to verify") : tr("taken in, to verify"),
                              p.header.isEmpty() ? fieldLabel(p.problem.field) : p.header, p.value,
                              p.expected.isEmpty() ? p.problem.message : p.problem.message + QLatin1Char(' ') + tr("Expected: %1.").arg(p.expected)});
    }
    return lines;
}

Status RejectsWriter::writeReport(const ImportPlan &plan, QIODevice &out)
{
    CsvWriter csv(out);
    csv.writeRow({tr("Row"), tr("Chamber"), tr("Outcome"), tr("Column"), tr("Value found"), tr("Why")});
    for (const auto &l : report(plan))
        csv.writeRow({QString::number(l.row), l.chamber, l.outcome, l.field, l.value, l.reason});
    if (!csv.ok())
        return Problem::error(QStringLiteral("file"), tr("The list could not be written."));
    return success();
}

Status RejectsWriter::writeReport(const ImportPlan &plan, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem::error(QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (auto s = writeReport(plan, file); !s)
        return s;
    if (!file.commit())
        return Problem::error(QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace chamber
