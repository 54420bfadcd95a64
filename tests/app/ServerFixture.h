// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestServer.h"

#include <QString>
#include <QStringList>

namespace chamber::test {

// The widget tests that need a PostgreSQL server (issue 13) run when onServer() (TestServer.h);
// pg_virtualenv's PGHOST, PGUSER and PGPASSWORD name a superuser.

// A database of its own on the test server, set up as chamberctl server init --scope 4501 sets one
// up (row-level security, the scope 南宁市), with these chambers, written by the superuser:
//   宾阳县黎塘镇商会 450126101 (宾阳县)   新竹街道商会 450103001 (青秀区)
// Logins made with login() are dropped with it.
struct ServerDatabase
{
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    QString name;
    QString address;  // postgresql:///name: the environment's user and password
    qint64 litang = 0;
    qint64 xinzhu = 0;
    // A user granted a role ("clerk" of a county, "official" of a scope) with a password, and the
    // address that opens the database as that user on localhost (its password not in it).
    QString login(const QString &user, const QString &role, const QString &scope, const QString &password);

private:
    QStringList m_users;
};

} // namespace chamber::test
