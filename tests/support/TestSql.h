// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Raw SQL for tests that look at what a migration or the write path left in the database: a
// statement that fails stops the test, with the statement and its error.
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

namespace chamber::test {

// Runs a statement; one that fails stops the test with the statement and its error.
inline QSqlQuery run(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    REQUIRE(q.prepare(sql));
    for (const auto &b : binds)
        q.addBindValue(b);
    const bool done = q.exec();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(done);
    return q;
}

inline void exec(Database &db, const QString &sql, const QVariantList &binds = {})
{
    run(db, sql, binds);
}

// The first column of every row.
inline QVariantList column(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = run(db, sql, binds);
    QVariantList out;
    while (q.next())
        out.append(q.value(0));
    return out;
}

// The first column of the one row it must give.
inline QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    const QVariantList values = column(db, sql, binds);
    INFO(sql.toStdString());
    REQUIRE(values.size() == 1);
    return values.first();
}

} // namespace chamber::test
