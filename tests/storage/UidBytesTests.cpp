// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 0012 (issue 16, a smaller file): a file keeps every record's uid as its 16 bytes (RFC
// 4122 order), and shows it as the usual text everywhere. Checked from a file of the version before
// (built by the runner's migrateTo) holding a published year, records received in a package and a
// uid that is no well-formed text; and a new record on a file and on a server.
#include "ChamberService.h"
#include "ChangeHistory.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "ExchangeGuard.h"
#include "MemberService.h"
#include "PointsService.h"
#include "RecordWrite.h"
#include "TestSql.h"
#include "TestSupport.h"
#include "Uid.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

using namespace chamber;
using chamber::test::column;
using chamber::test::exec;
using chamber::test::valueOf;

namespace {

// The error a statement fails with (the test stops if it succeeds).
QString refusal(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE_FALSE(q.exec(sql));
    return q.lastError().text();
}

// The record tables: those with a uid column (as the exchange finds them).
QStringList recordTables(Database &db)
{
    QStringList out;
    for (const auto &v : column(db, QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
                                                   "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'uid') ORDER BY m.name")))
        out.append(v.toString());
    return out;
}

// Every row of a table by rowid: its uid as stored, and the rest of its columns as text.
struct Row
{
    QVariant uid;
    QStringList rest;
};
QMap<qint64, Row> rowsOf(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT rowid AS row_number, * FROM %1").arg(table)));
    QMap<qint64, Row> out;
    while (q.next()) {
        Row row;
        const QSqlRecord r = q.record();
        for (int i = 1; i < r.count(); ++i) {
            if (r.fieldName(i) == QStringLiteral("uid"))
                row.uid = q.value(i);
            else
                row.rest.append(r.fieldName(i) + QLatin1Char('=') + (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString()));
        }
        out.insert(q.value(0).toLongLong(), row);
    }
    return out;
}

// The version a file is at just before 12 (11 once the change log's spans are in, else 10).
int versionBefore12()
{
    const QList<int> versions = Database::versions();
    const qsizetype at = versions.indexOf(12);
    REQUIRE(at > 0);
    return versions[at - 1];
}

constexpr auto kMalformed = "{ABCDEF01-2345-4678-9ABC-DEF012345678}";  // braces and upper case: no uid ChamberDesk wrote
constexpr auto kUpperCase = "ABCDEF01-2345-4678-9ABC-DEF012345678";

} // namespace

TEST_CASE("a uid's 16 bytes are its RFC 4122 bytes and only well-formed lower-case text converts")
{
    // RFC 4122 byte order: the text's hex digits in their order, hyphens left out (by hand).
    const QByteArray bytes = QByteArray::fromHex("67c8770b44f1410aab9af9b5446f13ee");
    CHECK(Uid::bytes(QStringLiteral("67c8770b-44f1-410a-ab9a-f9b5446f13ee")) == bytes);
    CHECK(QUuid(QStringLiteral("67c8770b-44f1-410a-ab9a-f9b5446f13ee")).toRfc4122() == bytes);  // what the brief names
    CHECK(Uid::text(QVariant(bytes)) == QStringLiteral("67c8770b-44f1-410a-ab9a-f9b5446f13ee"));
    CHECK(Uid::text(QVariant(QByteArray::fromHex("00000000000000000000000000000000"))) == QStringLiteral("00000000-0000-0000-0000-000000000000"));
    CHECK(Uid::text(QVariant(QByteArray::fromHex("ffffffffffffffffffffffffffffffff"))) == QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff"));
    // Text that would not come back as it was from the bytes stays text.
    CHECK(Uid::bytes(QString::fromLatin1(kUpperCase)).isNull());
    CHECK(Uid::bytes(QString::fromLatin1(kMalformed)).isNull());
    CHECK(Uid::bytes(QStringLiteral("67c8770b44f1410aab9af9b5446f13ee")).isNull());    // no hyphens
    CHECK(Uid::bytes(QStringLiteral("67c8770b-44f1-410a-ab9a-f9b5446f13e")).isNull());  // 35 characters
    CHECK(Uid::bytes(QStringLiteral("67c8770b-44f1-410a-ab9a-f9b5446f13eg")).isNull());  // not hex
    CHECK(Uid::bytes(QStringLiteral("67c8770b-44f1-410a-ab9af-9b5446f13ee")).isNull());  // a hyphen out of place
    CHECK(Uid::bytes(QStringLiteral("商会商会商会商会-商会商-商会商-商会商-商会商会商会商会商会商")).isNull());
    // Text read back as text; other bytes as the text they were.
    CHECK(Uid::text(QVariant(QString::fromLatin1(kMalformed))) == QString::fromLatin1(kMalformed));
    CHECK(Uid::text(QVariant(QByteArray("legacy"))) == QStringLiteral("legacy"));
}

TEST_CASE("issue 16: migration 12 keeps every uid as its 16 bytes — a published year's and received records' too", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.sqlite"));
    const int before12 = versionBefore12();
    QHash<QString, QMap<qint64, Row>> before;
    QMap<QString, QString> triggersBefore;
    qint64 lines = 0, ownChamber = 0, receivedChamber = 0, publishedEntry = 0;
    {
        Database::Options old;
        old.migrateTo = before12;
        auto opened = Database::open(path, old);
        REQUIRE(opened.ok());
        Database &db = *opened.value();
        REQUIRE(*db.schemaVersion() == before12);
        REQUIRE_FALSE(db.uidBytes());
        REQUIRE(DivisionService(db).initialise(*DivisionCatalog::bundled().byCode(QStringLiteral("4501"))).ok());
        // Own records, written by the services as that version wrote them: text uids.
        Chamber c;
        c.townshipCode = QStringLiteral("450126101");
        c.name = QStringLiteral("宾阳县黎塘镇商会");
        c.president = QStringLiteral("甘明辉");
        ownChamber = valueOf(ChamberService(db).add(c));
        c.townshipCode = QStringLiteral("450126100");
        c.name = QStringLiteral("宾阳县宾州镇商会");
        const qint64 binzhou = valueOf(ChamberService(db).add(c));
        Member m;
        m.chamberId = ownChamber;
        m.name = QStringLiteral("宾阳县黎塘建材有限公司");
        valueOf(MemberService(db).add(m));
        // A published year with an approved entry: its rows are frozen by the triggers.
        PointsService points(db);
        REQUIRE(points.startYear(2025).ok());
        PointsRule rule;
        rule.year = 2025;
        rule.categoryId = valueOf(points.categories()).first().id;
        rule.description = QStringLiteral("为会员办实事");
        rule.pointsTenths = 50;
        const qint64 ruleId = valueOf(points.addRule(rule));
        PointsEntry entry;
        entry.chamberId = ownChamber;
        entry.ruleId = ruleId;
        entry.date = QDate(2025, 6, 1);
        entry.enteredBy = QStringLiteral("黄丽");
        publishedEntry = valueOf(points.addEntry(entry));
        REQUIRE(points.submitEntry(publishedEntry).ok());
        REQUIRE(points.approveEntry(publishedEntry).ok());
        REQUIRE(points.publish(2025, QDate(2026, 1, 10), QByteArrayLiteral("{\"report\":\"2025\"}")).ok());
        REQUIRE(column(db, QStringLiteral("SELECT status FROM points_year WHERE year = 2025")).value(0).toString() == QStringLiteral("published"));
        // Records received in 横州市's package (written as the exchange import writes them).
        exec(db, QStringLiteral("INSERT INTO exchange_origin (code, name, sequence, made_at, as_of, schema_version, counts, sha256, file_name, "
                                "received_at, received_by) VALUES ('450181', '横州市', 1, '2026-01-05T08:00:00Z', '2025-12-31', 10, '{}', ?, "
                                "'450181.zip', '2026-01-06T09:00:00Z', '审核员')"),
             {QString(64, QLatin1Char('a'))});
        {
            ExchangeWriter writer;
            const QString at = QStringLiteral("2025-11-20T08:00:00Z");
            exec(db, QStringLiteral("INSERT INTO chamber (township_code, name, origin, uid, created_at, updated_at) VALUES ('450181100', "
                                    "'横州市横州镇商会', '450181', '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', ?, ?)"),
                 {at, at});
            receivedChamber = column(db, QStringLiteral("SELECT id FROM chamber WHERE origin = '450181'")).value(0).toLongLong();
            // Its member's uid is one no ChamberDesk wrote (upper case): kept as it is.
            exec(db, QStringLiteral("INSERT INTO member (chamber_id, name, kind, origin, created_at, updated_at, uid) VALUES (?, "
                                    "'横州市茉莉花茶业有限公司', 'enterprise', '450181', ?, ?, ?)"),
                 {receivedChamber, at, at, QString::fromLatin1(kUpperCase)});
            exec(db, QStringLiteral("INSERT INTO points_year (year, status, origin, created_at) VALUES (2025, 'published', '450181', ?)"), {at});
        }
        // A uid no ChamberDesk wrote (an older tool's, by hand): kept as it is.
        exec(db, QStringLiteral("UPDATE chamber SET uid = ? WHERE id = ?"), {QString::fromLatin1(kMalformed), binzhou});

        for (const QString &table : recordTables(db)) {
            before.insert(table, rowsOf(db, table));
            for (const auto &row : before.value(table))
                REQUIRE(row.uid.typeId() == QMetaType::QString);  // text before
        }
        for (const auto &name : column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            triggersBefore.insert(name.toString(),
                                  column(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), {name}).value(0).toString());
        lines = column(db, QStringLiteral("SELECT count(*) FROM change_log")).value(0).toLongLong();
        // The frozen year and the received rows refuse an update, which the migration must get past.
        CHECK(refusal(db, QStringLiteral("UPDATE points_entry SET uid = uid WHERE id = %1").arg(publishedEntry)).contains(QStringLiteral("frozen")));
        CHECK(refusal(db, QStringLiteral("UPDATE chamber SET uid = uid WHERE id = %1").arg(receivedChamber)).contains(QStringLiteral("横州市")));
    }

    auto opened = Database::open(path);
    INFO(test::describe(opened.problems()).toStdString());
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    REQUIRE(*db.schemaVersion() == Database::latestVersion());
    REQUIRE(db.uidBytes());
    CHECK(db.check().isEmpty());

    // Every uid is its 16 bytes and reads back as the text it was; the two malformed stay text;
    // nothing else of any row changed.
    const QStringList tables = recordTables(db);
    REQUIRE(tables.size() == 21);
    int converted = 0;
    for (const QString &table : tables) {
        INFO(table.toStdString());
        const auto after = rowsOf(db, table);
        REQUIRE(after.keys() == before.value(table).keys());
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const Row &was = before.value(table).value(it.key());
            const QString text = was.uid.toString();
            CHECK(it->rest == was.rest);
            if (text == QString::fromLatin1(kMalformed) || text == QString::fromLatin1(kUpperCase)) {
                CHECK(it->uid.typeId() == QMetaType::QString);
                CHECK(it->uid.toString() == text);
                continue;
            }
            CHECK(it->uid.typeId() == QMetaType::QByteArray);
            CHECK(it->uid.toByteArray().size() == 16);
            CHECK(Uid::text(it->uid) == text);
            CHECK(column(db, QStringLiteral("SELECT uid_text(uid) FROM %1 WHERE rowid = ?").arg(table), {it.key()}).value(0).toString() == text);
            ++converted;
        }
    }
    // Every record but the two whose uids are no well-formed text.
    int records = 0;
    for (const auto &rows : std::as_const(before))
        records += int(rows.size());
    CHECK(converted == records - 2);
    CHECK(records >= 16);  // 3 chambers, 2 members, 2 years, a rule, an entry, a publication, the seed categories
    CHECK(column(db, QStringLiteral("SELECT count(*) FROM chamber WHERE typeof(uid) = 'blob' AND length(uid) = 16")).value(0).toInt() == 2);
    // The triggers are back with their very text, and they still refuse.
    QMap<QString, QString> triggersAfter;
    for (const auto &name : column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        triggersAfter.insert(name.toString(),
                             column(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), {name}).value(0).toString());
    CHECK(triggersAfter == triggersBefore);
    CHECK(refusal(db, QStringLiteral("UPDATE points_entry SET quantity = 2 WHERE id = %1").arg(publishedEntry)).contains(QStringLiteral("frozen")));
    CHECK(refusal(db, QStringLiteral("UPDATE chamber SET name = '改名' WHERE id = %1").arg(receivedChamber)).contains(QStringLiteral("横州市")));
    CHECK(column(db, QStringLiteral("SELECT count(*) FROM change_log")).value(0).toLongLong() == lines);  // the migration logs nothing

    // Read as text wherever a uid is read: a record's row, its creation in the history; looked up by its bytes.
    const QString ownUid = before.value(QStringLiteral("chamber")).value(ownChamber).uid.toString();
    CHECK(valueOf(RecordWrite::row(db, QStringLiteral("chamber"), ownChamber))->value(QStringLiteral("uid")).toString() == ownUid);
    ChangeHistory history(db);
    ChangeQuery query;
    query.entity = QStringLiteral("chamber");
    query.entityId = ownChamber;
    const auto changes = valueOf(history.list(query));
    REQUIRE_FALSE(changes.isEmpty());
    QString createdUid;
    REQUIRE(history.created(changes.last(), &createdUid).ok());
    CHECK(createdUid == ownUid);
    CHECK(column(db, QStringLiteral("SELECT id FROM chamber WHERE uid = ?"), {Uid::stored(db, ownUid)}) == QVariantList{ownChamber});
    CHECK(column(db, QStringLiteral("SELECT id FROM chamber WHERE uid = ?"), {Uid::stored(db, QString::fromLatin1(kMalformed))}).size() == 1);
}

TEST_CASE("a new record's uid is 16 bytes in a file and text on a server and stays when removed and put back")
{
    test::TempDatabase t;
    Database &db = *t.db;
    REQUIRE(DivisionService(db).initialise(*DivisionCatalog::bundled().byCode(QStringLiteral("450126"))).ok());
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = QStringLiteral("宾阳县黎塘镇商会");
    const qint64 id = valueOf(ChamberService(db).add(c));
    const QVariant stored = column(db, QStringLiteral("SELECT uid FROM chamber WHERE id = ?"), {id}).value(0);
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    if (db.isServer()) {
        CHECK_FALSE(db.uidBytes());
        CHECK(uuid.match(stored.toString()).hasMatch());
    } else {
        CHECK(db.uidBytes());
        CHECK(stored.typeId() == QMetaType::QByteArray);
        CHECK(stored.toByteArray().size() == 16);
    }
    const QString text = Uid::text(stored);
    CHECK(uuid.match(text).hasMatch());

    // Removed: the removal's line keeps the text; put back, the record has its uid as before.
    REQUIRE(ChamberService(db).remove(id).ok());
    const QString image = column(db, QStringLiteral("SELECT old_values FROM change_log WHERE entity = 'chamber' AND action = 'remove'")).value(0).toString();
    CHECK(image.contains(QStringLiteral("\"uid\":\"%1\"").arg(text)));
    const qint64 removal = column(db, QStringLiteral("SELECT id FROM change_log WHERE entity = 'chamber' AND action = 'remove'")).value(0).toLongLong();
    REQUIRE(ChangeHistory(db).undo(removal).ok());
    const QVariant back = column(db, QStringLiteral("SELECT uid FROM chamber WHERE id = ?"), {id}).value(0);
    CHECK(back.typeId() == stored.typeId());
    CHECK(Uid::text(back) == text);
}
