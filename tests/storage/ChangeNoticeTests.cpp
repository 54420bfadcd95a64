// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 0009 (issue 13): from version 8 a server database gains the trigger by which
// change_log tells listeners the ids of its new lines, at commit and never before; a file gains
// nothing but its version number. The notice's lines read back as the changes they log.
#include "ChamberService.h"
#include "ChangeNotices.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace chamber;
using chamber::test::valueOf;

namespace {

QStringList column(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

// A connection that listens on the notice channel, as another desk's app does.
struct Listener
{
    std::unique_ptr<Database> db;
    QStringList payloads;
    explicit Listener(const QString &address)
    {
        auto opened = Database::open(address);
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        REQUIRE(db->sql().driver()->subscribeToNotification(ChangeNotices::channel()));
        QObject::connect(db->sql().driver(), &QSqlDriver::notification,
                         [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) { payloads.append(payload.toString()); });
    }
    // Lets the notices arrive (they come with the event loop), for at most ms.
    void wait(int ms, qsizetype until)
    {
        QDeadlineTimer deadline(ms);
        while (payloads.size() < until && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
};

} // namespace

TEST_CASE("issue 13: migration 9 makes a server's change_log announce its new lines, and a file only changes its number")
{
    QTemporaryDir dir;
    const QString path = test::onServer() ? test::createServerDatabase() : dir.filePath(QStringLiteral("v8.sqlite"));
    const QString objects = test::onServer()
                                ? QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = 'change_log'::regclass AND NOT tgisinternal ORDER BY 1")
                                : QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name");
    QStringList before;
    {
        Database::Options options;
        options.migrateTo = 8;
        auto opened = Database::open(path, options);
        REQUIRE(opened.ok());
        REQUIRE(*opened.value()->schemaVersion() == 8);
        before = column(*opened.value(), objects);
        CHECK_FALSE(before.contains(QStringLiteral("change_log_notice")));
    }
    // A file stops at 9 to show that 9 alone changed nothing in it. A server goes to the latest:
    // the program writes the log as the latest version has it (10: times in seconds), and the
    // trigger of 9 stays through every later migration.
    Database::Options nine;
    if (!test::onServer())
        nine.migrateTo = 9;
    auto opened = Database::open(path, nine);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    CHECK(*db.schemaVersion() == (test::onServer() ? Database::latestVersion() : 9));
    const QStringList after = column(db, objects);
    if (!test::onServer()) {
        CHECK(after == before);
    } else {
        CHECK(after == before + QStringList{QStringLiteral("change_log_notice")});
        REQUIRE(DivisionService(db).initialise(*DivisionCatalog::bundled().byCode(QStringLiteral("450126"))).ok());
        Listener other(path);
        Chamber c;
        c.townshipCode = QStringLiteral("450126101");
        c.name = QStringLiteral("宾阳县黎塘镇商会");
        qint64 id = 0;
        {
            Transaction tx(db);
            id = valueOf(ChamberService(db).add(c));
            other.wait(300, 1);
            CHECK(other.payloads.isEmpty());  // not before the commit
            REQUIRE(tx.commit());
        }
        other.wait(5000, 1);
        REQUIRE(other.payloads.size() == 1);
        const auto span = ChangeNotices::parse(other.payloads.first());
        REQUIRE(span.has_value());
        CHECK(span->first == span->last);  // one line: the chamber added
        const auto changes = valueOf(ChangeNotices::read(*other.db, {*span}));
        REQUIRE(changes.size() == 1);
        CHECK(changes.first().entity == QStringLiteral("chamber"));
        CHECK(changes.first().id == id);
        CHECK(changes.first().inserted);
        other.db.reset();
    }
    opened.value().reset();
    if (test::onServer())
        test::dropServerDatabase(path);
}

TEST_CASE("issue 13: the lines of a span read back as the changes they log, inserts told apart")
{
    test::TempDatabase t(QStringLiteral("450126"));
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = QStringLiteral("宾阳县黎塘镇商会");
    ChamberService chambers(*t.db);
    const qint64 id = valueOf(chambers.add(c));
    auto stored = valueOf(chambers.get(id));
    stored.president = QStringLiteral("甘明辉");
    REQUIRE(chambers.update(stored).ok());
    const QStringList lines = column(*t.db, QStringLiteral("SELECT id FROM change_log WHERE entity = 'chamber' ORDER BY id"));
    REQUIRE(lines.size() == 2);
    const ChangeNotices::Span span{lines.first().toLongLong(), lines.last().toLongLong()};
    const auto changes = valueOf(ChangeNotices::read(*t.db, {span, span}));  // a span told twice is read once
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0).id == id);
    CHECK(changes.at(0).inserted);
    CHECK(changes.at(1).action == QStringLiteral("update"));
    CHECK_FALSE(changes.at(1).inserted);
    CHECK(valueOf(ChangeNotices::read(*t.db, {{span.last + 1, span.last + 5}})).isEmpty());
}
