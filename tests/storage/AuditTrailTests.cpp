// SPDX-License-Identifier: GPL-3.0-or-later
// The write path: every write leaves its before and after, row_version guards against silent
// overwrites, and a change (insert, update, removal) can be undone.
#include "ChamberService.h"
#include "ChangeHistory.h"
#include "HonourService.h"
#include "TestSupport.h"
#include "Uid.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace chamber;
using chamber::test::hasProblem;

namespace {

Chamber lidang()
{
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = QStringLiteral("宾阳县黎塘镇商会");
    c.founded = QDate(2011, 10, 10);
    c.president = QStringLiteral("韦德明");
    c.individualMembers = 40;
    c.unitMembers = 11;
    return c;
}

struct Line
{
    qint64 id = 0;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QString actor;
    QJsonObject before;
    QJsonObject after;
    bool beforeNull = true;
    bool afterNull = true;
};

// The log's lines after a given id, oldest first.
QList<Line> linesAfter(Database &db, qint64 after)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, entity, entity_id, action, actor, old_values, new_values FROM change_log WHERE id > ? ORDER BY id"));
    q.addBindValue(after);
    REQUIRE(q.exec());
    QList<Line> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                    QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                    QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(), q.isNull(5), q.isNull(6)});
    return out;
}

qint64 lastLine(Database &db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace

TEST_CASE("every write kind leaves who, what and its values before and after in the log")
{
    qputenv("CHAMBERDESK_USER", "clerk-a");
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    const qint64 start = lastLine(*t.db);

    const auto id = chambers.add(lidang());
    REQUIRE(id.ok());
    auto lines = linesAfter(*t.db, start);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].entity == QStringLiteral("chamber"));
    CHECK(lines[0].entityId == *id);
    CHECK(lines[0].action == QStringLiteral("add"));
    CHECK(lines[0].actor == QStringLiteral("clerk-a"));
    CHECK(lines[0].beforeNull);  // an insert: new values only
    CHECK_FALSE(lines[0].afterNull);
    CHECK(lines[0].after.isEmpty());  // "{}": the values, uid included, are the record's own (version 10)
    // its values are read back from the record, as it was created, and so is its uid
    QString uid;
    const auto created = ChangeHistory(*t.db).created(*ChangeHistory(*t.db).get(lines[0].id), &uid);
    REQUIRE(created.ok());
    CHECK(uid == Uid::text(scalar(*t.db, QStringLiteral("SELECT uid FROM chamber WHERE id = ?"), {*id})));  // a file's 16 bytes as text
    CHECK(created->value(QStringLiteral("president")).toString() == QStringLiteral("韦德明"));
    CHECK(created->value(QStringLiteral("founded_on")).toString() == QStringLiteral("2011-10-10"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT row_version FROM chamber WHERE id = ?"), {*id}).toInt() == 1);

    // an update: only the changed columns, before and after; the version goes up by one
    Chamber edited = *chambers.get(*id);
    edited.president = QStringLiteral("黄志强");
    edited.premises = QStringLiteral("黎塘镇新华街1号");
    REQUIRE(chambers.update(edited, 1).ok());
    lines = linesAfter(*t.db, start);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].action == QStringLiteral("update"));
    CHECK(lines[1].before == QJsonObject{{QStringLiteral("president"), QStringLiteral("韦德明")}, {QStringLiteral("premises"), QStringLiteral("")}});
    CHECK(lines[1].after == QJsonObject{{QStringLiteral("president"), QStringLiteral("黄志强")}, {QStringLiteral("premises"), QStringLiteral("黎塘镇新华街1号")}});
    CHECK(scalar(*t.db, QStringLiteral("SELECT row_version FROM chamber WHERE id = ?"), {*id}).toInt() == 2);
    // the values the record was created with, not its present ones
    CHECK(ChangeHistory(*t.db).created(*ChangeHistory(*t.db).get(lines[0].id))->value(QStringLiteral("president")).toString() == QStringLiteral("韦德明"));

    // saving the same values again writes nothing
    REQUIRE(chambers.update(edited).ok());
    CHECK(linesAfter(*t.db, start).size() == 2);
    CHECK(scalar(*t.db, QStringLiteral("SELECT row_version FROM chamber WHERE id = ?"), {*id}).toInt() == 2);

    // a removal: the whole record, and each record removed with it
    Honour h;
    h.chamberId = *id;
    h.kind = HonourKind::RegionalFourGood;
    h.year = 2020;
    h.documentNumber = QStringLiteral("桂工商联〔2020〕8号");
    REQUIRE(HonourService(*t.db).add(h).ok());
    const qint64 beforeRemoval = lastLine(*t.db);
    REQUIRE(chambers.remove(*id).ok());
    lines = linesAfter(*t.db, beforeRemoval);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].action == QStringLiteral("remove"));
    CHECK(lines[0].afterNull);  // a removal: old values only
    CHECK(lines[0].before.value(QStringLiteral("name")).toString() == QStringLiteral("宾阳县黎塘镇商会"));
    CHECK(lines[0].before.value(QStringLiteral("president")).toString() == QStringLiteral("黄志强"));
    CHECK(lines[0].before.value(QStringLiteral("founded_on")).toString() == QStringLiteral("2011-10-10"));
    CHECK(lines[0].before.value(QStringLiteral("individual_members")).toInt() == 40);
    CHECK(lines[0].before.contains(QStringLiteral("uid")));
    CHECK(lines[1].entity == QStringLiteral("honour"));
    CHECK(lines[1].action == QStringLiteral("cascade"));
    CHECK(lines[1].before.value(QStringLiteral("document_number")).toString() == QStringLiteral("桂工商联〔2020〕8号"));
    qunsetenv("CHAMBERDESK_USER");
}

TEST_CASE("a stale save is refused, naming who saved the record and when, and nothing is lost")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const auto id = ChamberService(*t.db).add(lidang());
    REQUIRE(id.ok());
    // A second connection to the same file: another clerk's window.
    auto other = Database::open(t.path());
    REQUIRE(other.ok());
    ChamberService mine(*t.db), theirs(**other);
    const qint64 myVersion = *mine.version(*id);
    const qint64 theirVersion = *theirs.version(*id);
    REQUIRE(myVersion == theirVersion);
    Chamber myEdit = *mine.get(*id), theirEdit = *theirs.get(*id);

    qputenv("CHAMBERDESK_USER", "clerk-b");
    theirEdit.president = QStringLiteral("蓝海燕");
    REQUIRE(theirs.update(theirEdit, theirVersion).ok());

    qputenv("CHAMBERDESK_USER", "clerk-a");
    myEdit.contactPhone = QStringLiteral("0771-8201234");
    const auto refused = mine.update(myEdit, myVersion);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(hasProblem(refused.problems(), QStringLiteral("row_version")));
    CHECK(refused.firstError().contains(QStringLiteral("clerk-b")));
    CHECK(refused.firstError().contains(QDate::currentDate().toString(Qt::ISODate)));
    qunsetenv("CHAMBERDESK_USER");
    // The other clerk's change stands; the refused one wrote nothing.
    const Chamber stored = *mine.get(*id);
    CHECK(stored.president == QStringLiteral("蓝海燕"));
    CHECK(stored.contactPhone.isEmpty());
    CHECK(*mine.version(*id) == myVersion + 1);
    // Reloaded, the same edit goes through.
    Chamber reloaded = stored;
    reloaded.contactPhone = QStringLiteral("0771-8201234");
    REQUIRE(mine.update(reloaded, *mine.version(*id)).ok());
    CHECK(theirs.get(*id)->president == QStringLiteral("蓝海燕"));
    CHECK(theirs.get(*id)->contactPhone == QStringLiteral("0771-8201234"));
}

TEST_CASE("undo of an update, an insert and a removal, refused when the record changed since")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    ChangeHistory history(*t.db);
    const auto id = chambers.add(lidang());
    REQUIRE(id.ok());
    const qint64 added = lastLine(*t.db);
    Chamber edited = *chambers.get(*id);
    edited.president = QStringLiteral("黄志强");
    REQUIRE(chambers.update(edited).ok());
    const qint64 updated = lastLine(*t.db);

    // the insert cannot be undone while a later change stands
    const auto early = history.undo(added);
    REQUIRE_FALSE(early.ok());
    CHECK(early.firstError().contains(QString::number(updated)));

    // the update: the old value comes back, as a new logged change
    REQUIRE(history.undo(updated).ok());
    CHECK(chambers.get(*id)->president == QStringLiteral("韦德明"));
    const auto undoLine = history.get(lastLine(*t.db));
    CHECK(undoLine->action == QStringLiteral("undo"));
    CHECK(undoLine->detail == QString::number(updated));
    CHECK(undoLine->after.value(QStringLiteral("president")).toString() == QStringLiteral("韦德明"));
    CHECK_FALSE(history.undo(updated).ok());  // once is enough: the record changed since

    // the removal: the record comes back under its number and uid, with what went with it
    Honour h;
    h.chamberId = *id;
    h.kind = HonourKind::IntegrityPioneer;
    h.year = 2021;
    const auto honour = HonourService(*t.db).add(h);
    REQUIRE(honour.ok());
    const QString uid = Uid::text(scalar(*t.db, QStringLiteral("SELECT uid FROM chamber WHERE id = ?"), {*id}));
    REQUIRE(chambers.remove(*id).ok());
    const qint64 removed = lastLine(*t.db) - 1;  // the chamber's line, then its honour's
    CHECK(history.get(removed)->action == QStringLiteral("remove"));
    CHECK_FALSE(history.undo(removed + 1).ok());  // the honour comes back with its chamber, not alone
    REQUIRE(history.undo(removed).ok());
    const auto back = chambers.get(*id);
    REQUIRE(back.ok());
    CHECK(back->president == QStringLiteral("韦德明"));
    CHECK(back->founded == QDate(2011, 10, 10));
    CHECK(Uid::text(scalar(*t.db, QStringLiteral("SELECT uid FROM chamber WHERE id = ?"), {*id})) == uid);
    REQUIRE(HonourService(*t.db).get(*honour).ok());
    CHECK(HonourService(*t.db).get(*honour)->kind == HonourKind::IntegrityPioneer);

    // and an insert: the record goes again (its honour first, or it is refused)
    const auto insertRefused = history.undo(history.list({QStringLiteral("chamber"), *id, {}, {}, {}, {}, -1})->last().id);
    CHECK_FALSE(insertRefused.ok());
}

TEST_CASE("an undo that would break a rule is refused and writes nothing")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    const auto id = chambers.add(lidang());
    REQUIRE(id.ok());
    REQUIRE(chambers.remove(*id).ok());
    const qint64 removed = lastLine(*t.db);
    // Another chamber takes the name in the township meanwhile: putting the old one back would
    // make two of the same name.
    REQUIRE(chambers.add(lidang()).ok());
    const qint64 before = lastLine(*t.db);
    const auto refused = ChangeHistory(*t.db).undo(removed);
    REQUIRE_FALSE(refused.ok());
    CHECK(lastLine(*t.db) == before);
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM chamber")).toInt() == 1);
}

TEST_CASE("writes in one transaction leave one line per record with the net change")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    const auto id = chambers.add(lidang());
    REQUIRE(id.ok());
    const qint64 start = lastLine(*t.db);
    {
        Transaction tx(*t.db);
        Chamber c = *chambers.get(*id);
        c.president = QStringLiteral("甲");
        REQUIRE(chambers.update(c).ok());
        c.president = QStringLiteral("乙");
        c.notes = QStringLiteral("备注");
        REQUIRE(chambers.update(c).ok());
        REQUIRE(tx.commit().ok());
    }
    const auto lines = linesAfter(*t.db, start);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].before == QJsonObject{{QStringLiteral("president"), QStringLiteral("韦德明")}, {QStringLiteral("notes"), QStringLiteral("")}});
    CHECK(lines[0].after == QJsonObject{{QStringLiteral("president"), QStringLiteral("乙")}, {QStringLiteral("notes"), QStringLiteral("备注")}});
    CHECK(scalar(*t.db, QStringLiteral("SELECT row_version FROM chamber WHERE id = ?"), {*id}).toInt() == 3);
}
