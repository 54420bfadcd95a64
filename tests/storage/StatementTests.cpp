// SPDX-License-Identifier: GPL-3.0-or-later
// The write path's statements (Statement.h): on a file SQLite's own, bound and read without Qt
// SQL — they must store and read every value as Qt's driver does, and fail as loudly.
#include "Database.h"
#include "Statement.h"
#include "TestSupport.h"

#include <QDate>
#include <QSqlQuery>

using namespace chamber;

namespace {
// typeof() and quote() of every row of t, in order, as SQLite itself says them.
QStringList stored(Database &db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT typeof(v) || ' ' || quote(v) FROM t ORDER BY n")));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
} // namespace

TEST_CASE("a statement stores each kind of value as Qt's SQLite driver does", "[sqlite]")
{
    test::TempDatabase t;
    QSqlQuery create(t.db->sql());
    REQUIRE(create.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, v)")));  // no affinity: kept as bound
    const QVariantList values = {QVariant(),  QVariant(QString()), QString(QLatin1String("")), QStringLiteral("商会 it's"), 42,
                                 qint64(1) << 40, true,          1.5,                    QByteArray("ab"),                 QDate(2020, 1, 2)};
    // What SQLite holds for each (typeof and quote), written down by hand.
    const QStringList expected = {QStringLiteral("null NULL"),         QStringLiteral("null NULL"),
                                  QStringLiteral("text ''"),           QStringLiteral("text '商会 it''s'"),
                                  QStringLiteral("integer 42"),        QStringLiteral("integer 1099511627776"),
                                  QStringLiteral("integer 1"),         QStringLiteral("real 1.5"),
                                  QStringLiteral("blob X'6162'"),      QStringLiteral("text '2020-01-02'")};
    int n = 0;
    for (const auto &value : values) {
        Statement &s = t.db->statement(QStringLiteral("INSERT INTO t (n, v) VALUES (?, ?)"));
        s.addBindValue(++n);
        s.addBindValue(value);
        REQUIRE(s.exec());
        CHECK(s.numRowsAffected() == 1);
    }
    CHECK(stored(*t.db) == expected);

    // The same values through Qt's own binding land the same.
    QSqlQuery clear(t.db->sql());
    REQUIRE(clear.exec(QStringLiteral("DELETE FROM t")));
    n = 0;
    for (const auto &value : values) {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO t (n, v) VALUES (?, ?)")));
        q.addBindValue(++n);
        q.addBindValue(value);
        REQUIRE(q.exec());
    }
    CHECK(stored(*t.db) == expected);

    // And read back as Qt reads them: integers as qlonglong, reals as double, text as QString,
    // blobs as QByteArray, NULL as a null value.
    Statement &read = t.db->statement(QStringLiteral("SELECT v FROM t ORDER BY n"));
    REQUIRE(read.exec());
    QList<QVariant> got;
    while (read.next())
        got.append(read.value(0));
    REQUIRE(got.size() == values.size());
    CHECK(got.at(0).isNull());
    CHECK(read.lastError().type() == QSqlError::NoError);
    CHECK(got.at(2).typeId() == QMetaType::QString);
    CHECK(got.at(2).toString().isEmpty());
    CHECK_FALSE(got.at(2).isNull());
    CHECK(got.at(3).toString() == QStringLiteral("商会 it's"));
    CHECK(got.at(4).typeId() == QMetaType::LongLong);
    CHECK(got.at(5).toLongLong() == (qint64(1) << 40));
    CHECK(got.at(7).typeId() == QMetaType::Double);
    CHECK(got.at(8).toByteArray() == QByteArray("ab"));
    CHECK(got.at(9).toString() == QStringLiteral("2020-01-02"));
}

TEST_CASE("a statement reads its rows in order, by number and by name, and ends")
{
    test::TempDatabase t;
    QSqlQuery setup(t.db->sql());
    REQUIRE(setup.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT)")));
    for (int i = 1; i <= 3; ++i) {
        Statement &s = t.db->statement(QStringLiteral("INSERT INTO t (n, v) VALUES (?, ?) RETURNING n"));
        s.addBindValue(i * 10);
        s.addBindValue(QStringLiteral("第%1").arg(i));
        REQUIRE(s.exec());
        REQUIRE(s.next());  // RETURNING: the new row's key
        CHECK(s.value(0).toLongLong() == i * 10);
        CHECK_FALSE(s.next());
        s.finish();
    }
    Statement &q = t.db->statement(QStringLiteral("SELECT n, v FROM t WHERE n >= ? ORDER BY n"));
    q.addBindValue(20);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.columnCount() == 2);
    CHECK(q.columnName(1) == QStringLiteral("v"));
    CHECK(q.value(0).toLongLong() == 20);
    CHECK(q.value(1).toString() == QStringLiteral("第2"));
    CHECK_FALSE(q.isNull(1));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 30);
    CHECK_FALSE(q.next());
    CHECK(q.lastError().type() == QSqlError::NoError);
    CHECK_FALSE(q.value(0).isValid());  // past the end: no row to read
    q.finish();

    // Asked again, the same text gives the same statement, reset and with nothing bound.
    Statement &again = t.db->statement(QStringLiteral("SELECT n, v FROM t WHERE n >= ? ORDER BY n"));
    CHECK(&again == &q);
    again.addBindValue(30);
    REQUIRE(again.exec());
    REQUIRE(again.next());
    CHECK(again.value(0).toLongLong() == 30);
    again.finish();
}

TEST_CASE("a statement that fails says why and can run again")
{
    test::TempDatabase t;
    QSqlQuery setup(t.db->sql());
    REQUIRE(setup.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT UNIQUE)")));
    Statement &s = t.db->statement(QStringLiteral("INSERT INTO t (n, v) VALUES (?, ?)"));
    s.addBindValue(1);
    s.addBindValue(QStringLiteral("a"));
    REQUIRE(s.exec());
    s.addBindValue(2);
    s.addBindValue(QStringLiteral("a"));  // the same v: refused by the UNIQUE constraint
    CHECK_FALSE(s.exec());
    CHECK(s.lastError().isValid());
    CHECK_FALSE(s.lastError().text().isEmpty());
    s.addBindValue(3);
    s.addBindValue(QStringLiteral("b"));
    CHECK(s.exec());
    CHECK(s.lastError().type() == QSqlError::NoError);

    // Fewer values than the statement has places: refused, never run with a stale value.
    Statement &short_ = t.db->statement(QStringLiteral("INSERT INTO t (n, v) VALUES (?, ?)"));
    short_.addBindValue(4);
    CHECK_FALSE(short_.exec());
    CHECK(short_.lastError().isValid());
    QSqlQuery count(t.db->sql());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM t")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 2);
}

TEST_CASE("a statement whose SQL does not parse is refused and not kept")
{
    test::TempDatabase t;
    Statement &bad = t.db->statement(QStringLiteral("SELEC nothing"));
    CHECK_FALSE(bad.isValid());
    CHECK_FALSE(bad.exec());
    CHECK(bad.lastError().isValid());
    Statement &again = t.db->statement(QStringLiteral("SELEC nothing"));
    CHECK_FALSE(again.isValid());
    CHECK_FALSE(again.next());
}

TEST_CASE("the SQLite statement's error code says when another writer holds the file", "[sqlite]")
{
    test::TempDatabase t(QStringLiteral("450126"));
    Database::Options options;
    options.busyTimeoutMs = 50;
    auto other = Database::open(t.path(), options);
    REQUIRE(other.ok());
    Transaction holder(*t.db);
    REQUIRE(holder.active());
    Transaction refused(**other);  // BEGIN IMMEDIATE through the statement: SQLITE_BUSY after the timeout
    CHECK_FALSE(refused.active());
    CHECK(refused.error().contains(QStringLiteral("Another import or another user is writing")));
}

TEST_CASE("an insert gives the key of its new row on either backend")
{
    test::TempDatabase t;
    QSqlQuery setup(t.db->sql());
    REQUIRE(setup.exec(t.db->isServer() ? QStringLiteral("CREATE TABLE t (n BIGSERIAL PRIMARY KEY, v TEXT)")
                                        : QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT)")));
    const QString insert = QStringLiteral("INSERT INTO t (v) VALUES (?)") + t.db->returning(QStringLiteral("n"));
    QList<qint64> keys;
    for (const char *v : {"a", "b", "c"}) {
        Statement &s = t.db->statement(insert);
        s.addBindValue(QString::fromLatin1(v));
        REQUIRE(s.exec());
        const auto key = s.insertedKey();
        s.finish();
        REQUIRE(key);
        keys.append(*key);
    }
    // The keys the table gave, read back by their values.
    QSqlQuery read(t.db->sql());
    REQUIRE(read.exec(QStringLiteral("SELECT n FROM t ORDER BY v")));
    QList<qint64> stored;
    while (read.next())
        stored.append(read.value(0).toLongLong());
    CHECK(keys == stored);
    CHECK(keys.size() == 3);
    CHECK(keys.at(0) < keys.at(1));
}
