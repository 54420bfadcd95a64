// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringFile.h"

#include "ScoringCsv.h"
#include "ScoringJson.h"
#include "ScoringPdf.h"
#include "ScoringReport.h"
#include "ScoringXlsx.h"

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

} // namespace chamber
