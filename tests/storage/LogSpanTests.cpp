// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 0011 (issue 16, a leaner file): the records of one kind that one transaction adds with
// consecutive ids share one change_log line in a file (entity_id the first, entity_last_id the
// last). Every reader gives such a line as one change per record: history by record and by
// chamber, the import log, "last saved", undo of one record, an import's undo. A server writes a
// line per record, and the same checks hold there.
#include "ChamberService.h"
#include "ChangeHistory.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "ImportLogService.h"
#include "MemberService.h"
#include "RecordRow.h"
#include "RecordSql.h"
#include "RecordWrite.h"
#include "TestSql.h"
#include "TestSupport.h"
#include "Uid.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace chamber;
using chamber::test::scalar;
using chamber::test::valueOf;

namespace {

Chamber chamberNamed(const QString &township, const QString &name)
{
    Chamber c;
    c.townshipCode = township;
    c.name = name;
    c.president = QStringLiteral("韦德明");
    return c;
}

Member person(qint64 chamberId, const QString &name)
{
    Member m;
    m.chamberId = chamberId;
    m.kind = MemberKind::Individual;
    m.name = name;
    return m;
}

qint64 lastLine(Database &db)
{
    return scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).toLongLong();
}

// The log's lines about records of a kind after a line, as (first, last) record, oldest first.
QList<std::pair<qint64, qint64>> linesOf(Database &db, const QString &entity, qint64 after)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.prepare(QStringLiteral("SELECT entity_id, coalesce(entity_last_id, entity_id) FROM change_log WHERE entity = ? AND id > ? ORDER BY id")));
    q.addBindValue(entity);
    q.addBindValue(after);
    REQUIRE(q.exec());
    QList<std::pair<qint64, qint64>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

QList<qint64> idsOf(const QList<Change> &changes, const QString &entity)
{
    QList<qint64> out;
    for (const Change &c : changes)
        if (c.entity == entity)
            out.append(c.entityId);
    return out;
}

ImportLogEntry importEntry()
{
    ImportLogEntry e;
    e.fileName = QStringLiteral("黎塘镇台账.csv");
    e.fileSha256 = QString(64, QLatin1Char('a'));
    e.updatePolicy = QStringLiteral("overwrite");
    e.records = 2;
    e.created = 2;
    return e;
}

} // namespace

TEST_CASE("issue 16: records one transaction adds in a row share a line, and every reader gives each of them")
{
    qputenv("CHAMBERDESK_USER", "录入员");
    test::TempDatabase t(QStringLiteral("450126"));
    Database &db = *t.db;
    ChamberService chambers(db);
    MemberService members(db);
    const qint64 start = lastLine(db);
    qint64 lidang = 0, xinqiao = 0, importId = 0;
    QList<qint64> m;  // the members, in the order they were added
    QList<ChangeEvent> heard;
    db.setChangeListener([&](const QList<ChangeEvent> &changes) { heard += changes; });
    {
        Transaction tx(db);
        REQUIRE(ImportLogService(db).markStart(QString(64, QLatin1Char('a'))).ok());
        lidang = valueOf(chambers.add(chamberNamed(QStringLiteral("450126101"), QStringLiteral("宾阳县黎塘镇商会"))));
        xinqiao = valueOf(chambers.add(chamberNamed(QStringLiteral("450126102"), QStringLiteral("宾阳县新桥镇商会"))));
        // Two chambers' members mixed: their ids follow each other all the same.
        m.append(valueOf(members.add(person(lidang, QStringLiteral("甲")))));
        m.append(valueOf(members.add(person(lidang, QStringLiteral("乙")))));
        m.append(valueOf(members.add(person(xinqiao, QStringLiteral("丙")))));
        m.append(valueOf(members.add(person(xinqiao, QStringLiteral("丁")))));
        m.append(valueOf(members.add(person(lidang, QStringLiteral("戊")))));
        importId = valueOf(ImportLogService(db).record(importEntry()));
        REQUIRE(tx.commit().ok());
    }
    db.setChangeListener({});
    for (int i = 1; i < m.size(); ++i)
        REQUIRE(m[i] == m[i - 1] + 1);

    SECTION("a file keeps one line for the five members, a server one each")
    {
        const auto lines = linesOf(db, QStringLiteral("member"), start);
        if (db.isServer()) {
            REQUIRE(lines.size() == 5);
            CHECK(lines.first() == std::pair{m[0], m[0]});
        } else {
            REQUIRE(lines.size() == 1);
            CHECK(lines.first() == std::pair{m[0], m[4]});
            CHECK(linesOf(db, QStringLiteral("chamber"), start) == QList<std::pair<qint64, qint64>>{{lidang, xinqiao}});
        }
        // The listener still hears of every record, in the order they were added.
        QList<qint64> heardMembers;
        for (const ChangeEvent &e : heard)
            if (e.entity == QStringLiteral("member")) {
                CHECK(e.inserted);
                heardMembers.append(e.id);
            }
        CHECK(heardMembers == m);
    }

    ChangeHistory history(db);
    SECTION("history by record finds the line that covers it, as an insert of that record alone")
    {
        ChangeQuery q;
        q.entity = QStringLiteral("member");
        q.entityId = m[2];
        const auto changes = valueOf(history.list(q));
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].entityId == m[2]);
        CHECK(changes[0].isInsert());
        CHECK(changes[0].actor == QStringLiteral("录入员"));
        QString uid;
        const auto created = valueOf(history.created(changes[0], &uid));
        CHECK(created.value(QStringLiteral("name")).toString() == QStringLiteral("丙"));
        CHECK(uid == Uid::text(scalar(db, QStringLiteral("SELECT uid FROM member WHERE id = ?"), {m[2]})));
        CHECK(uid.size() == 36);
        CHECK(RecordWrite::lastSaved(db, QStringLiteral("member"), m[3]).startsWith(QStringLiteral("录入员")));
    }

    SECTION("a chamber's history holds its own members only, newest first")
    {
        ChangeQuery q;
        q.chamberId = lidang;
        q.limit = -1;
        const auto changes = valueOf(history.list(q));
        CHECK(idsOf(changes, QStringLiteral("member")) == QList<qint64>{m[4], m[1], m[0]});
        CHECK(idsOf(changes, QStringLiteral("chamber")) == QList<qint64>{lidang});
        q.chamberId = xinqiao;
        const auto other = valueOf(history.list(q));
        CHECK(idsOf(other, QStringLiteral("member")) == QList<qint64>{m[3], m[2]});
        CHECK(idsOf(other, QStringLiteral("chamber")) == QList<qint64>{xinqiao});
        // The whole log, newest first, and a limit counted in changes.
        ChangeQuery all;
        all.entity = QStringLiteral("member");
        all.limit = 2;
        CHECK(idsOf(valueOf(history.list(all)), QStringLiteral("member")) == QList<qint64>{m[4], m[3]});
    }

    SECTION("the import log lists each record the import added")
    {
        const auto changes = valueOf(ImportLogService(db).changes(importId));
        QList<qint64> added;
        for (const auto &c : changes)
            if (c.entity == QStringLiteral("member"))
                added.append(c.entityId);
        CHECK(added == m);
    }

    SECTION("undo takes back one record of the line, never the whole line by mistake")
    {
        const qint64 line = valueOf(history.list([&] {
                                        ChangeQuery q;
                                        q.entity = QStringLiteral("member");
                                        q.entityId = m[2];
                                        return q;
                                    }()))
                                .first()
                                .id;
        const auto refused = history.undo(line, m[4] + 100);
        REQUIRE_FALSE(refused.ok());
        if (!db.isServer()) {
            const auto whole = history.undo(line);
            REQUIRE_FALSE(whole.ok());
            CHECK(test::describe(whole.problems()).contains(QStringLiteral("--record")));
            CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM member")).toInt() == 5);
        }
        REQUIRE(history.undo(line, m[2]).ok());
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM member WHERE id = ?"), {m[2]}).toInt() == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM member")).toInt() == 4);
        // Its history: the insert and the undo; undone once only.
        ChangeQuery q;
        q.entity = QStringLiteral("member");
        q.entityId = m[2];
        const auto changes = valueOf(history.list(q));
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].action == QStringLiteral("undo"));
        CHECK(changes[1].isInsert());
        CHECK_FALSE(history.undo(line, m[2]).ok());
        // The import cannot be undone now: a record of it changed since.
        CHECK_FALSE(history.undoImport(importId).ok());
    }

    SECTION("the import's undo takes back every record of the line")
    {
        REQUIRE(valueOf(history.undoImport(importId)) == 7);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM member")).toInt() == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM chamber")).toInt() == 0);
    }
}

TEST_CASE("issue 16: an import's undo takes children before parents when a parent kind's line starts anew")
{
    test::TempDatabase t(QStringLiteral("450126"));
    Database &db = *t.db;
    ChamberService chambers(db);
    MemberService members(db);
    const qint64 start = lastLine(db);
    qint64 importId = 0, second = 0;
    {
        Transaction tx(db);
        REQUIRE(ImportLogService(db).markStart(QString(64, QLatin1Char('a'))).ok());
        const qint64 first = valueOf(chambers.add(chamberNamed(QStringLiteral("450126101"), QStringLiteral("宾阳县黎塘镇商会"))));
        REQUIRE(members.add(person(first, QStringLiteral("甲"))).ok());
        // A chamber written with another detail: its line cannot join the first chamber's, so it
        // starts one after the member's line; the second chamber's member must not join that.
        Chamber c = chamberNamed(QStringLiteral("450126102"), QStringLiteral("宾阳县新桥镇商会"));
        second = valueOf(sql::insert(db, QStringLiteral("chamber"), sql::storedValues(c), QStringLiteral("add"), QStringLiteral("第 3 行")));
        REQUIRE(members.add(person(second, QStringLiteral("乙"))).ok());
        importId = valueOf(ImportLogService(db).record(importEntry()));
        REQUIRE(tx.commit().ok());
    }
    // In the log's order every member comes after its chamber.
    QSqlQuery q(db.sql());
    REQUIRE(q.prepare(QStringLiteral("SELECT entity, entity_id FROM change_log WHERE id > ? AND entity IN ('chamber', 'member') ORDER BY id")));
    q.addBindValue(start);
    REQUIRE(q.exec());
    QStringList order;
    while (q.next())
        order.append(q.value(0).toString());
    CHECK(order == QStringList{QStringLiteral("chamber"), QStringLiteral("member"), QStringLiteral("chamber"), QStringLiteral("member")});
    ChangeHistory history(db);
    const auto undone = history.undoImport(importId);
    INFO(test::describe(undone.problems()).toStdString());
    REQUIRE(undone.ok());
    CHECK(undone.value() == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM chamber")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM member")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM chamber WHERE id = ?"), {second}).toInt() == 0);
}

TEST_CASE("issue 16: migration 11 adds the span column and leaves the lines written before as they were")
{
    QTemporaryDir dir;
    const bool server = test::onServer();
    const QString path = server ? test::createServerDatabase() : dir.filePath(QStringLiteral("v10.sqlite"));
    qint64 lidang = 0, linesBefore = 0;
    {
        Database::Options ten;
        ten.migrateTo = 10;
        auto opened = Database::open(path, ten);
        REQUIRE(opened.ok());
        Database &db = *opened.value();
        REQUIRE(*db.schemaVersion() == 10);
        REQUIRE(DivisionService(db).initialise(*DivisionCatalog::bundled().byCode(QStringLiteral("450126"))).ok());
        // Each in a transaction of its own: the program of this build writes a version 11 log.
        lidang = valueOf(ChamberService(db).add(chamberNamed(QStringLiteral("450126101"), QStringLiteral("宾阳县黎塘镇商会"))));
        REQUIRE(MemberService(db).add(person(lidang, QStringLiteral("甲"))).ok());
        REQUIRE(MemberService(db).add(person(lidang, QStringLiteral("乙"))).ok());
        linesBefore = scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'member'")).toLongLong();
        REQUIRE(linesBefore == 2);  // version 10: a line each
    }
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    CHECK(*db.schemaVersion() == Database::latestVersion());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'member' AND entity_last_id IS NULL")).toLongLong() == linesBefore);
    if (!server)
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_index_list('change_log') WHERE name = 'change_log_span' AND partial = 1")).toInt() == 1);
    ChangeQuery q;
    q.chamberId = lidang;
    CHECK(idsOf(valueOf(ChangeHistory(db).list(q)), QStringLiteral("member")).size() == 2);
    // Written from now on: a file joins the next two members' lines, a server does not.
    {
        Transaction tx(db);
        REQUIRE(MemberService(db).add(person(lidang, QStringLiteral("丙"))).ok());
        REQUIRE(MemberService(db).add(person(lidang, QStringLiteral("丁"))).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'member'")).toLongLong() == linesBefore + (server ? 2 : 1));
    CHECK(idsOf(valueOf(ChangeHistory(db).list(q)), QStringLiteral("member")).size() == 4);
    if (server) {
        opened.value().reset();
        test::dropServerDatabase(path);
    }
}
