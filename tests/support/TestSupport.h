// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

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

// A temporary folder with a fresh database file in it, migrated to the latest schema.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit TempDatabase(const QString &scope = {});
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
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
