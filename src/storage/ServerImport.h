// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace chamber {

// Takes a county's database file into a shared server database under its county (issue 13,
// `chamberctl server import-file`), all or nothing: the chambers and every record that belongs to
// them, each record keeping its uid and getting a number of the server's, every row written
// through the write path (so logged like any). The file is read from a copy (migrated there if it
// is of an older version): it is never changed. Refused, with nothing written, when the file is
// not one county's, the county is outside the server's scope or already has chambers there, or a
// record came to the file from another office. The micro-points are the office's own (its rules,
// years and publications) and are not taken; the summary says so.
class ServerImport
{
    Q_DECLARE_TR_FUNCTIONS(ServerImport)
public:
    struct Summary
    {
        QString countyCode;
        QString countyName;
        QList<std::pair<QString, qsizetype>> rows;  // table, rows taken, in the order written
    };

    // One county's file to take in: where it is, and the name it goes by in messages and in the
    // change_log line (the county's file name, or a report package's name, sequence and checksum).
    struct Source
    {
        QString path;
        QString name;
    };

    explicit ServerImport(Database &server) : m_server(server) {}
    Result<Summary> importFile(const QString &file);
    // Several counties' files (a city's forwarded report package, one file per county) in one
    // transaction: every file is checked before anything is written, and one refused refuses all.
    Result<QList<Summary>> importFiles(const QList<Source> &sources);
    // The tables taken in, parents before children (the micro-points are not among them).
    static QStringList tableNames();

private:
    Result<Summary> write(Database &county, const Division &scope, const QString &file);

    Database &m_server;
};

} // namespace chamber
