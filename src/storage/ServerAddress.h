// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace chamber {

// A PostgreSQL server database named the way libpq names it:
// postgresql://user@host:port/dbname?sslmode=… . Read from the --db argument; what is left out
// (host, port, user, password) libpq takes from PGHOST, PGPORT, PGUSER, PGPASSWORD and ~/.pgpass.
// The password is never shown: display() leaves it out, so it appears in no message.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    QString host;      // empty: PGHOST or the local socket
    int port = 0;      // 0: PGPORT or 5432
    QString user;      // empty: PGUSER or the login name
    QString password;  // empty: PGPASSWORD or ~/.pgpass
    QString database;
    QList<std::pair<QString, QString>> options;  // sslmode, connect_timeout … as libpq keywords

    // Whether a --db argument names a server (postgresql:// or postgres://) rather than a file.
    static bool isServer(const QString &argument);
    // The address, or a problem that says what is wrong with it.
    static Result<ServerAddress> parse(const QString &argument);
    // postgresql://user@host:port/dbname?… without the password.
    QString display() const;
    // The same with the password (if one was given): what Database::open takes from a dialog that
    // asked for it. Never shown, never stored.
    QString withPassword() const;
    // Whether libpq has a password for this address without asking: one in it, PGPASSWORD, or a
    // matching line of the password file (PGPASSFILE or ~/.pgpass, which libpq reads only when no
    // one but its owner may read it). ServerPassword.cpp.
    bool passwordSupplied() const;
    // "key=value;…" for QSqlDatabase::setConnectOptions (QPSQL passes them to libpq).
    QString connectOptions() const;
};

// Says in the user's words why a connection to a server failed, from libpq's message.
QString describeServerFailure(const ServerAddress &address, const QString &driverMessage);

} // namespace chamber
