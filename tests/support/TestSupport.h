// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "TestServer.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

// Lets Catch2 print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace chamber::test {

// onServer(), serverUnavailable(), kSkipped: TestServer.h.
// A new empty database on the server (C collation, as server init wants) and its address; dropped
// with dropServerDatabase.
QString createServerDatabase();
void dropServerDatabase(const QString &address);

// A fresh database migrated to the latest schema: a file in a temporary folder, or on a
// PostgreSQL run a database of its own on the server, dropped at the end.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit TempDatabase(const QString &scope = {});
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;
    // The file, or the server address: what Database::open and chamberctl --db take.
    QString path() const { return m_path; }

private:
    QString m_path;
};

QByteArray readFile(const QString &path);
// Messages of all problems joined, for REQUIRE diagnostics.
QString describe(const Problems &problems);
// The value of a read that must succeed (the test stops with the read's error otherwise), by
// value: a loop over it keeps it alive, where a loop over *read() would outlive the Result.
template<typename T>
T valueOf(Result<T> result)
{
    INFO(describe(result.problems()).toStdString());
    REQUIRE(result.ok());
    return std::move(result.value());
}
// Whether any problem has this field and severity.
bool hasProblem(const Problems &problems, const QString &field, Problem::Severity severity = Problem::Severity::Error);

} // namespace chamber::test
