// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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

    explicit ServerImport(Database &server) : m_server(server) {}
    Result<Summary> importFile(const QString &file);

private:
    Database &m_server;
};

} // namespace chamber
