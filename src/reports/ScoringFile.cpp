// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringFile.h"

#include "CsvWriter.h"
#include "ScoringCsv.h"
#include "ScoringJson.h"
#include "ScoringPdf.h"
#include "ScoringReport.h"
#include "ScoringXlsx.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

namespace chamber {

QStringList ScoringFile::formats()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")};
}

Status ScoringFile::write(const ScoringReport &report, const QString &format, const QString &path)
{
    if (!formats().contains(format))
        return Problem::error(QStringLiteral("format"), tr("Unknown report format %1; the formats are %2.")
                                                            .arg(format, formats().join(QStringLiteral(", "))));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem::error(QStringLiteral("out"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QString error;
    bool written = false;
    if (format == QStringLiteral("json"))
        written = writeScoringJson(report, file);
    else if (format == QStringLiteral("csv"))
        written = writeScoringCsv(report, file);
    else if (format == QStringLiteral("xlsx"))
        written = writeScoringXlsx(report, file, &error);
    else
        written = writeScoringPdf(report, file, &error);
    if (!written || !file.commit()) {
        file.cancelWriting();
        return Problem::error(QStringLiteral("out"), tr("Cannot write %1: %2")
                                                         .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error));
    }
    return Done{};
}

Status ScoringFile::write(const QList<ScoringReport> &reports, const Division &scope, int year, const QString &format, const QString &path)
{
    if (reports.size() == 1)
        return write(reports.first(), format, path);
    if (!formats().contains(format))
        return Problem::error(QStringLiteral("format"), tr("Unknown report format %1; the formats are %2.")
                                                            .arg(format, formats().join(QStringLiteral(", "))));
    if (format == QStringLiteral("xlsx"))
        return Problem::error(QStringLiteral("format"), tr("A workbook holds one county's report; for the %n counties of %1, write JSON, CSV or PDF, "
                                                           "or name one county.", nullptr, int(reports.size()))
                                                            .arg(scope.name));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem::error(QStringLiteral("out"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QString error;
    bool written = true;
    if (format == QStringLiteral("json")) {
        nlohmann::json all;
        all["schema"] = kScoringReportsSchema;
        all["year"] = year;
        all["scope"] = {{"code", scope.code.toStdString()}, {"name", scope.name.toStdString()}};
        all["counties"] = reports.size();
        qsizetype chambers = 0;
        all["reports"] = nlohmann::json::array();
        for (const auto &r : reports) {
            chambers += r.rows.size();
            all["reports"].push_back(scoringReportToJson(r));
        }
        all["chambers"] = chambers;
        const QByteArray bytes = QByteArray::fromStdString(all.dump(2)) + '\n';
        written = file.write(bytes) == bytes.size();
    } else if (format == QStringLiteral("csv")) {
        // Each county's table as its own CSV gives it, after a line with its title; one BOM.
        for (qsizetype i = 0; i < reports.size() && written; ++i) {
            QBuffer table;
            table.open(QIODevice::WriteOnly);
            written = writeScoringCsv(reports[i], table);
            QByteArray bytes = table.data();
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes.remove(0, 3);
            const QByteArray head = (i == 0 ? QByteArray("\xEF\xBB\xBF") : QByteArray("\r\n")) + CsvWriter::escape(reports[i].title).toUtf8() + "\r\n";
            written = written && file.write(head) == head.size() && file.write(bytes) == bytes.size();
        }
    } else {
        written = writeScoringPdf(reports, ScoringReports::titleFor(scope.name, year, reports.first().language), file, &error);
    }
    if (!written || !file.commit()) {
        file.cancelWriting();
        return Problem::error(QStringLiteral("out"), tr("Cannot write %1: %2")
                                                         .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error));
    }
    return Done{};
}

} // namespace chamber
