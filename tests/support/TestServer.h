// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// The test PostgreSQL server as both kinds of test reach it: the Catch suites (TestSupport.h) and
// the widget tests (tests/app/ServerFixture.h). Without Catch, so that Qt Test programs can use it.
namespace chamber::test {

// Whether this run tests PostgreSQL (CHAMBER_TEST_BACKEND=postgresql: the ctest entries labelled
// postgresql set it; scripts/test.sh runs them inside pg_virtualenv) rather than SQLite files.
bool onServer();
// Why the PostgreSQL server of the environment (PGHOST, PGPORT, PGUSER …) cannot be used; empty
// when it can.
QString serverUnavailable();
// A connection to the server's maintenance database, where test databases are made and dropped.
QSqlDatabase maintenanceDatabase();
// The exit code ctest counts as skipped (SKIP_RETURN_CODE of the postgresql entries).
constexpr int kSkipped = 77;

} // namespace chamber::test
