// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberService.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace chamber;

namespace {
int count(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

TEST_CASE("pragmas: foreign keys on, WAL journal", "[sqlite]")
{
    test::TempDatabase t;
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
}

TEST_CASE("a transaction not committed leaves nothing behind - nested ones are savepoints")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const int before = count(*t.db, QStringLiteral("change_log"));
    {
        Transaction tx(*t.db);
        REQUIRE(tx.active());
        REQUIRE(t.db->log(QStringLiteral("test"), 1, QStringLiteral("x")).ok());
        // no commit
    }
    CHECK(count(*t.db, QStringLiteral("change_log")) == before);

    {
        Transaction outer(*t.db);
        REQUIRE(t.db->log(QStringLiteral("test"), 1, QStringLiteral("outer")).ok());
        {
            Transaction inner(*t.db);
            REQUIRE(inner.active());
            REQUIRE(t.db->log(QStringLiteral("test"), 2, QStringLiteral("inner, rolled back")).ok());
        }
        {
            Transaction inner(*t.db);
            REQUIRE(t.db->log(QStringLiteral("test"), 3, QStringLiteral("inner, kept")).ok());
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(count(*t.db, QStringLiteral("change_log")) == before + 2);
}

TEST_CASE("a whole-only transaction keeps every part or none")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const int before = count(*t.db, QStringLiteral("change_log"));
    {
        Transaction whole(*t.db, Transaction::Parts::WholeOnly);
        REQUIRE(whole.active());
        for (int i = 1; i <= 3; ++i) {
            Transaction part(*t.db);
            REQUIRE(part.active());
            REQUIRE(t.db->log(QStringLiteral("test"), i, QStringLiteral("part")).ok());
            REQUIRE(part.commit().ok());
        }
        REQUIRE(whole.commit().ok());
    }
    CHECK(count(*t.db, QStringLiteral("change_log")) == before + 3);

    // A part not committed (a service call that failed) fails the whole: its commit refuses, and
    // the parts committed before it are gone with the rest.
    {
        Transaction whole(*t.db, Transaction::Parts::WholeOnly);
        {
            Transaction kept(*t.db);
            REQUIRE(t.db->log(QStringLiteral("test"), 4, QStringLiteral("committed part")).ok());
            REQUIRE(kept.commit().ok());
        }
        {
            Transaction failed(*t.db);
            REQUIRE(t.db->log(QStringLiteral("test"), 5, QStringLiteral("failed part")).ok());
        }
        {
            Transaction later(*t.db);
            REQUIRE(later.active());
            REQUIRE(later.commit().ok());
        }
        const Status committed = whole.commit();
        CHECK_FALSE(committed.ok());
    }
    CHECK(count(*t.db, QStringLiteral("change_log")) == before + 3);

    // The next transaction is an ordinary one again: its failed savepoint undoes only itself.
    {
        Transaction outer(*t.db);
        {
            Transaction inner(*t.db);
            REQUIRE(t.db->log(QStringLiteral("test"), 6, QStringLiteral("rolled back")).ok());
        }
        REQUIRE(t.db->log(QStringLiteral("test"), 7, QStringLiteral("kept")).ok());
        REQUIRE(outer.commit().ok());
    }
    CHECK(count(*t.db, QStringLiteral("change_log")) == before + 4);
}

TEST_CASE("the schema's own checks back the service's")
{
    test::TempDatabase t(QStringLiteral("450126"));
    QSqlQuery q(t.db->sql());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO chamber (township_code, name, individual_members, created_at, updated_at) "
                                      "VALUES ('450126101', 'x', -1, '', '')")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO chamber (township_code, name, founded_on, created_at, updated_at) "
                                      "VALUES ('450126101', 'x', '2019-02-30', '', '')")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO chamber (township_code, name, created_at, updated_at) VALUES ('999', 'x', '', '')")));
}

TEST_CASE("backup is a consistent, complete copy", "[sqlite]")
{
    test::TempDatabase t(QStringLiteral("450126"));
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = QStringLiteral("宾阳县黎塘镇商会");
    REQUIRE(ChamberService(*t.db).add(c).ok());
    const QString target = t.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(t.db->backupTo(target).ok());
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".partial")));
    auto copy = Database::open(target);
    REQUIRE(copy.ok());
    CHECK(*ChamberService(*copy.value()).count() == 1);
    CHECK(copy.value()->check().isEmpty());
    // A folder as target is refused.
    CHECK_FALSE(t.db->backupTo(t.dir.path()).ok());
}
