// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace chamber {

// A report package turned back into county files (issue 13, `chamberctl server import-file
// PACKAGE.zip`): the package read and checked as `exchange import` checks it (format, schema
// version, record counts, SHA-256), then each county section written into a new SQLite file of
// that county, its records as the county's own, so that a server takes it in like the county's
// own file. Only the kinds given are written (the server takes no micro-points).
class ExchangeCountyFiles
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCountyFiles)
public:
    struct CountyFile
    {
        QString code;   // the county
        QString name;
        QString path;   // the SQLite file written
        QString label;  // the package, its county, sequence, as-of date and checksum, for messages and the log
    };

    // Writes one file per section into folder (which the caller keeps and removes). Nothing is
    // written when the package is refused.
    static Result<QList<CountyFile>> write(const QString &package, const QString &folder, const QStringList &kinds);
    // Whether a file is a ZIP archive (a package) rather than a database.
    static bool looksLikePackage(const QString &file);
};

} // namespace chamber
