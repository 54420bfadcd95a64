// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the automatic backups beside a database — made before a migration and once a day,
// rotated, restored all or nothing with a copy first; no .partial left by a killed run.
#include "Backups.h"
#include "ChamberService.h"
#include "DatabaseHealth.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace chamber;

namespace {

int chamberCount(Database &db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM chamber"));
    return q.next() ? q.value(0).toInt() : -1;
}

qint64 addChamber(Database &db, const QString &name)
{
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = name;
    auto added = ChamberService(db).add(c);
    REQUIRE(added.ok());
    return added.value();
}

Backups::Entry entry(const QString &when)
{
    Backups::Entry e;
    e.made = QDateTime::fromString(when, QStringLiteral("yyyy-MM-dd HH:mm"));
    REQUIRE(e.made.isValid());
    return e;
}

} // namespace

TEST_CASE("issue 15: rotation keeps the newest few, one a day for 7 days and one a week for 4 weeks", "[sqlite]")
{
    // Newest first: two today (Wed 2025-06-04), one on each of the 9 days before, and 3 in May.
    QList<Backups::Entry> entries = {entry(QStringLiteral("2025-06-04 15:00")), entry(QStringLiteral("2025-06-04 09:00"))};
    for (int d = 1; d <= 9; ++d)
        entries.append(entry(QDate(2025, 6, 4).addDays(-d).toString(Qt::ISODate) + QStringLiteral(" 12:00")));
    entries.append(entry(QStringLiteral("2025-05-20 12:00")));  // Tue, week 21
    entries.append(entry(QStringLiteral("2025-05-13 12:00")));  // Tue, week 20
    entries.append(entry(QStringLiteral("2025-05-06 12:00")));  // Tue, week 19
    Backups::Policy policy;
    policy.recent = 3;
    policy.daily = 7;
    policy.weekly = 4;
    // By hand. Index: 0 06-04, 1 06-04, 2 06-03, 3 06-02, 4 06-01, 5 05-31, 6 05-30, 7 05-29,
    // 8 05-28, 9 05-27, 10 05-26, 11 05-20, 12 05-13, 13 05-06.
    // Recent 3: 0, 1, 2. Seven days: 06-04 → 0, 06-03 → 2, 06-02 → 3, 06-01 → 4, 05-31 → 5,
    // 05-30 → 6, 05-29 → 7. Four ISO weeks: 23 (from Mon 06-02) → 0, 22 (05-26 … 06-01) → 4,
    // 21 → 11, 20 → 12; week 19 (05-06) is the fifth and goes, as do 8, 9, 10.
    CHECK(Backups::kept(entries, policy) == QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 11, 12});
}

TEST_CASE("issue 15: a migration makes its backup in the folder beside the file", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.migrateTo = Database::latestVersion() - 1;
        REQUIRE(Database::open(path, options).ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const auto list = Backups(path).list();
    REQUIRE(list.size() == 1);
    CHECK(list.first().reason == Backups::Reason::Migration);
    CHECK(list.first().path == db.value()->preMigrationBackup());
}

TEST_CASE("issue 15: the daily backup is made once a day when a file is opened", "[sqlite]")
{
    test::TempDatabase t(QStringLiteral("450126"));
    Backups backups(t.path());
    const QDateTime morning(QDate(2025, 6, 4), QTime(9, 0));
    auto first = backups.makeDailyIfDue(*t.db, morning);
    REQUIRE(first.ok());
    CHECK(first->has_value());
    auto again = backups.makeDailyIfDue(*t.db, morning.addSecs(3600));
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value());
    auto tomorrow = backups.makeDailyIfDue(*t.db, morning.addDays(1));
    REQUIRE(tomorrow.ok());
    CHECK(tomorrow->has_value());
    CHECK(backups.list().size() == 2);
}

TEST_CASE("issue 15: restore makes a backup first and puts the copy back whole", "[sqlite]")
{
    test::TempDatabase t(QStringLiteral("450126"));
    addChamber(*t.db, QStringLiteral("黎塘镇商会"));
    Backups backups(t.path());
    auto copy = backups.make(*t.db, Backups::Reason::Manual);
    REQUIRE(copy.ok());
    addChamber(*t.db, QStringLiteral("宾州镇商会"));
    REQUIRE(chamberCount(*t.db) == 2);
    auto before = backups.restore(*t.db, *copy, QDateTime::currentDateTime().addSecs(1));
    INFO(test::describe(before.problems()).toStdString());
    REQUIRE(before.ok());
    CHECK(chamberCount(*t.db) == 1);
    // The content replaced is in the copy made first: both chambers.
    {
        auto replaced = Database::open(*before);
        REQUIRE(replaced.ok());
        CHECK(chamberCount(*replaced.value()) == 2);
    }
    CHECK(backups.list().first().reason == Backups::Reason::Restore);
}

TEST_CASE("issue 15: restoring a file that is not a sound ChamberDesk database changes nothing", "[sqlite]")
{
    test::TempDatabase t(QStringLiteral("450126"));
    addChamber(*t.db, QStringLiteral("黎塘镇商会"));
    const QString junk = t.dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    Backups backups(t.path());
    auto restored = backups.restore(*t.db, junk);
    REQUIRE_FALSE(restored.ok());
    CHECK(chamberCount(*t.db) == 1);
    CHECK(backups.list().isEmpty());  // refused before the copy was made
}

TEST_CASE("issue 15: a .partial left by an interrupted backup is removed on the next run", "[sqlite]")
{
    test::TempDatabase t(QStringLiteral("450126"));
    Backups backups(t.path());
    REQUIRE(QDir().mkpath(backups.folder()));
    const QString stale = backups.folder() + QStringLiteral("/test.sqlite-20250604-090000-000-daily.sqlite.partial");
    // A killed copy leaves SQLite's rollback journal beside it too (bench/kill-bench.sh found it).
    const QString journal = stale + QStringLiteral("-journal");
    for (const QString &path : {stale, journal}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\0'));
        REQUIRE(f.flush());  // else the write at close would make it new again
        REQUIRE(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    REQUIRE(backups.make(*t.db, Backups::Reason::Manual).ok());
    CHECK_FALSE(QFile::exists(stale));
    CHECK_FALSE(QFile::exists(journal));
    CHECK(QDir(backups.folder()).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty());
}

namespace {
// Overwrites the root page of the chamber table with junk, the file closed: SQLite still opens it
// (the header and schema are whole) but its quick check fails — the "8 flipped bits in the chamber
// page" of issue 15, made certain.
void damageChamberTable(const QString &path)
{
    int rootPage = 0;
    int pageSize = 0;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'chamber'")));
        REQUIRE(q.next());
        rootPage = q.value(0).toInt();
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.next());
        pageSize = q.value(0).toInt();
    }
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));  // checkpointed on close: the page is in the file
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(qint64(rootPage - 1) * pageSize));
    REQUIRE(f.write(QByteArray(pageSize, '\xA5')) == pageSize);
}
} // namespace

TEST_CASE("issue 15: a damaged file fails the quick check on opening, in words, and a backup is put in its place with the damaged "
          "file kept", "[sqlite]")
{
    test::TempDatabase t(QStringLiteral("450126"));
    addChamber(*t.db, QStringLiteral("黎塘镇商会"));
    Backups backups(t.path());
    REQUIRE(DatabaseHealth::quickCheck(*t.db).ok());  // a sound file passes
    const auto copy = backups.make(*t.db, Backups::Reason::Daily);
    REQUIRE(copy.ok());
    addChamber(*t.db, QStringLiteral("宾州镇商会"));
    t.db.reset();
    damageChamberTable(t.path());
    const QByteArray damaged = test::readFile(t.path());

    {
        auto reopened = Database::open(t.path());
        REQUIRE(reopened.ok());  // what made the damage invisible: the file opens
        const Status check = DatabaseHealth::quickCheck(*reopened.value());
        REQUIRE_FALSE(check.ok());
        CHECK(check.problems().first().field == DatabaseHealth::damagedField());
        CHECK(check.firstError().contains(t.path()));
    }
    // A backup that is itself not sound is refused, and nothing moves.
    const QString junk = t.dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    REQUIRE_FALSE(backups.replaceDamaged(junk).ok());
    CHECK(test::readFile(t.path()) == damaged);

    const auto aside = backups.replaceDamaged(*copy);
    INFO(test::describe(aside.problems()).toStdString());
    REQUIRE(aside.ok());
    CHECK(test::readFile(*aside) == damaged);  // kept, byte for byte
    CHECK(aside->endsWith(QStringLiteral("-damaged.sqlite")));
    CHECK(backups.list().size() == 1);  // the damaged file is no backup: never listed, never rotated away
    auto restored = Database::open(t.path());
    REQUIRE(restored.ok());
    CHECK(DatabaseHealth::quickCheck(*restored.value()).ok());
    CHECK(chamberCount(*restored.value()) == 1);  // the backup's content
}
