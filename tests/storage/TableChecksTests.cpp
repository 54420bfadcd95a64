// SPDX-License-Identifier: GPL-3.0-or-later
// A table's CHECK constraints read from its CREATE TABLE text and verified over rows written with
// SQLite's own checks off (TableChecks.h, the exchange import): every CHECK found, nothing else
// taken for one, and a row that breaks one found with the constraint it breaks.
#include "Database.h"
#include "Statement.h"
#include "TableChecks.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace chamber;

TEST_CASE("the CHECK constraints of a CREATE TABLE statement, column and table ones, and nothing in names, strings or comments")
{
    const QByteArray sql = "CREATE TABLE t (\n"
                           "    id INTEGER PRIMARY KEY,\n"
                           "    status TEXT NOT NULL CHECK (status IN ('a', 'b)', 'CHECK (x)')),\n"
                           "    \"check (no)\" TEXT, [check(no)] TEXT, `check (no)` TEXT, check_on TEXT, rechecked INTEGER,\n"
                           "    -- a comment: CHECK (no)\n"
                           "    n INTEGER check(n > (1 + 2)) /* CHECK (no) */,\n"
                           "    d TEXT CONSTRAINT valid_d CHECK  /* before */ (date(julianday(d)) = d),\n"
                           "    CHECK ((status = 'a') = (n IS NULL))\n"
                           ")";
    const QList<QByteArray> expected = {"status IN ('a', 'b)', 'CHECK (x)')", "n > (1 + 2)", "date(julianday(d)) = d",
                                        "(status = 'a') = (n IS NULL)"};
    CHECK(TableChecks::parse(sql) == expected);
    CHECK(TableChecks::parse("CREATE TABLE u (a TEXT, b INTEGER)").isEmpty());
    // Not closed: not a statement SQLite kept; nothing half read.
    CHECK(TableChecks::parse("CREATE TABLE v (a CHECK (a > 0), b CHECK (b > (0)").size() == 1);
}

TEST_CASE("the schema's record tables: their CHECKs read, and a row that breaks one is found with it", "[sqlite]")
{
    test::TempDatabase t;
    sqlite3 *handle = sqliteHandle(t.db->sql());
    REQUIRE(handle);
    TableChecks chamber;
    REQUIRE(chamber.prepare(handle, "chamber"));
    // Migration 0002's chamber has ten CHECKs, 0006 adds row_version's (counted in the files).
    CHECK(chamber.expressions().size() == 11);
    CHECK(chamber.expressions().contains("status IN ('active', 'dormant', 'dissolved')"));
    CHECK(chamber.expressions().contains("founded_on IS NULL OR date(julianday(founded_on)) = founded_on"));
    TableChecks years;  // no id column: rows by SQLite's row id
    REQUIRE(years.prepare(handle, "points_year"));
    CHECK(years.expressions().contains("status IN ('open', 'published')"));
    TableChecks none;
    CHECK_FALSE(none.prepare(handle, "no_such_table"));

    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("INSERT OR IGNORE INTO division (code, name, level) VALUES ('459999', '测试县', 3)")));
    REQUIRE(q.exec(QStringLiteral("INSERT OR IGNORE INTO division (code, name, level, parent_code) VALUES ('459999001', '测试镇', 4, '459999')")));
    const auto insert = [&](const QString &name, const QString &status, const QString &founded) {
        QSqlQuery i(t.db->sql());
        i.prepare(QStringLiteral("INSERT INTO chamber (township_code, name, status, founded_on, created_at, updated_at) "
                                 "VALUES ('459999001', ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
        i.addBindValue(name);
        i.addBindValue(status);
        i.addBindValue(founded.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(founded));
        INFO(i.lastError().text().toStdString());
        REQUIRE(i.exec());
        return i.lastInsertId().toLongLong();
    };
    const qint64 first = insert(QStringLiteral("甲商会"), QStringLiteral("active"), {});  // NULL passes, as in SQLite
    std::optional<TableChecks::Broken> broken;
    REQUIRE(chamber.firstBroken(0, broken));
    CHECK_FALSE(broken.has_value());

    REQUIRE(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    const qint64 badStatus = insert(QStringLiteral("乙商会"), QStringLiteral("asleep"), QStringLiteral("2020-01-01"));
    const qint64 badDate = insert(QStringLiteral("丙商会"), QStringLiteral("active"), QStringLiteral("2020-02-30"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
    REQUIRE(chamber.firstBroken(first, broken));
    REQUIRE(broken.has_value());
    CHECK(broken->rowid == badStatus);
    CHECK(broken->expression == "status IN ('active', 'dormant', 'dissolved')");
    REQUIRE(chamber.firstBroken(badStatus, broken));
    REQUIRE(broken.has_value());
    CHECK(broken->rowid == badDate);
    CHECK(broken->expression == "founded_on IS NULL OR date(julianday(founded_on)) = founded_on");
    REQUIRE(chamber.firstBroken(badDate, broken));
    CHECK_FALSE(broken.has_value());
}

TEST_CASE("with the foreign keys off, a row referring to what its parent table does not hold is found with its key", "[sqlite]")
{
    test::TempDatabase t;
    sqlite3 *handle = sqliteHandle(t.db->sql());
    REQUIRE(handle);
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("INSERT OR IGNORE INTO division (code, name, level) VALUES ('459999', '测试县', 3)")));
    REQUIRE(q.exec(QStringLiteral("INSERT OR IGNORE INTO division (code, name, level, parent_code) VALUES ('459999001', '测试镇', 4, '459999')")));
    TableChecks chamber;
    REQUIRE(chamber.prepare(handle, "chamber", true));
    CHECK(chamber.expressions().size() == 12);  // 11 CHECKs and township_code's key
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    const auto insert = [&](const QString &township) {
        QSqlQuery i(t.db->sql());
        i.prepare(QStringLiteral("INSERT INTO chamber (township_code, name, created_at, updated_at) VALUES (?, ?, '2026-01-01T00:00:00Z', "
                                 "'2026-01-01T00:00:00Z')"));
        i.addBindValue(township);
        i.addBindValue(QString(township + QStringLiteral("商会")));
        INFO(i.lastError().text().toStdString());
        REQUIRE(i.exec());
        return i.lastInsertId().toLongLong();
    };
    const qint64 held = insert(QStringLiteral("459999001"));
    const qint64 nowhere = insert(QStringLiteral("459999002"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    std::optional<TableChecks::Broken> broken;
    REQUIRE(chamber.firstBroken(held - 1, broken));
    REQUIRE(broken.has_value());
    CHECK(broken->rowid == nowhere);
    CHECK(broken->foreignKey);
    CHECK(broken->expression == "FOREIGN KEY (township_code) REFERENCES division (code)");
    REQUIRE(chamber.firstBroken(nowhere, broken));
    CHECK_FALSE(broken.has_value());
    // Without asking for foreign keys, only the CHECKs.
    TableChecks checksOnly;
    REQUIRE(checksOnly.prepare(handle, "chamber"));
    REQUIRE(checksOnly.firstBroken(held - 1, broken));
    CHECK_FALSE(broken.has_value());
}
