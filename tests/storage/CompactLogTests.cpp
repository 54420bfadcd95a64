// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 0010 (issue 16, a leaner file): change_log keeps its times as whole seconds since 1970
// UTC, and an insert's line keeps no values (the uid it repeated is the record's own). Checked from
// version 9 lines written by hand, on a file and on a server; what history shows stays the same.
#include "ChamberService.h"
#include "ChangeHistory.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "TestSql.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace chamber;
using chamber::test::column;
using chamber::test::exec;
using chamber::test::valueOf;

TEST_CASE("issue 16: migration 10 keeps the log's times as seconds and an insert's line without the uid it repeated")
{
    QTemporaryDir dir;
    const bool server = test::onServer();
    const QString path = server ? test::createServerDatabase() : dir.filePath(QStringLiteral("v9.sqlite"));
    qint64 chamberId = 0;
    QString uid;
    {
        Database::Options nine;
        nine.migrateTo = 9;
        auto opened = Database::open(path, nine);
        REQUIRE(opened.ok());
        Database &db = *opened.value();
        REQUIRE(*db.schemaVersion() == 9);
        REQUIRE(DivisionService(db).initialise(*DivisionCatalog::bundled().byCode(QStringLiteral("450126"))).ok());
        Chamber c;
        c.townshipCode = QStringLiteral("450126101");
        c.name = QStringLiteral("宾阳县黎塘镇商会");
        c.president = QStringLiteral("甘明辉");
        chamberId = valueOf(ChamberService(db).add(c));
        uid = column(db, QStringLiteral("SELECT uid FROM chamber WHERE id = ?"), {chamberId}).value(0).toString();
        REQUIRE(uid.size() == 36);
        // The log as version 9 wrote it: ISO 8601 times, an insert's line with the uid alone.
        exec(db, QStringLiteral("DELETE FROM change_log"));
        const QString line = QStringLiteral("INSERT INTO change_log (at, actor, entity, entity_id, action, detail, old_values, new_values) "
                                            "VALUES (?, ?, ?, ?, ?, '', ?, ?)");
        exec(db, line, {QStringLiteral("2026-11-30T08:15:00Z"), QStringLiteral("录入员"), QStringLiteral("chamber"), chamberId, QStringLiteral("add"),
                        QVariant(), QStringLiteral("{\"uid\":\"%1\"}").arg(uid)});
        exec(db, line, {QStringLiteral("2026-12-01T09:30:00Z"), QStringLiteral("录入员"), QStringLiteral("chamber"), chamberId,
                        QStringLiteral("update"), QStringLiteral("{\"president\":\"甘明\"}"), QStringLiteral("{\"president\":\"甘明辉\"}")});
        // A server takes only times (the program never wrote another); a file keeps any text.
        if (!server)
            exec(db, line, {QStringLiteral("上周"), QStringLiteral("录入员"), QStringLiteral("import"), 1, QStringLiteral("import"), QVariant(), QVariant()});
    }
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    REQUIRE(*db.schemaVersion() == Database::latestVersion());  // 10 and on

    // 2026-11-30T08:15:00Z and 2026-12-01T09:30:00Z as seconds since 1970 (date -u -d … +%s).
    const QVariantList at = column(db, QStringLiteral("SELECT at FROM change_log ORDER BY id"));
    REQUIRE(at.size() == (server ? 2 : 3));
    CHECK(at[0].toLongLong() == 1796026500);
    CHECK(at[1].toLongLong() == 1796117400);
    if (!server) {
        CHECK(at[2].toString() == QStringLiteral("上周"));
        CHECK(column(db, QStringLiteral("SELECT typeof(at) FROM change_log ORDER BY id"))
              == QVariantList{QStringLiteral("integer"), QStringLiteral("integer"), QStringLiteral("text")});
        // The insert's line no longer repeats the uid; the update keeps its values.
        CHECK(column(db, QStringLiteral("SELECT new_values FROM change_log WHERE action = 'add'")).value(0).toString() == QStringLiteral("{}"));
        // Its index came back with the rebuilt table (version 11 adds the span lines' own).
        CHECK(column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'change_log' ORDER BY name"))
              == QVariantList{QStringLiteral("change_log_entity"), QStringLiteral("change_log_span")});
    }
    CHECK(column(db, QStringLiteral("SELECT new_values FROM change_log WHERE action = 'update'")).value(0).toString() == QStringLiteral("{\"president\":\"甘明辉\"}"));

    // History reads them as before: the insert as created (its later change's old value put back),
    // with the record's uid; the times as they were.
    ChangeHistory history(db);
    ChangeQuery query;
    query.entity = QStringLiteral("chamber");
    query.entityId = chamberId;
    const auto lines = valueOf(history.list(query));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].action == QStringLiteral("update"));
    CHECK(lines[0].at == QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
    CHECK(lines[1].isInsert());
    CHECK_FALSE(lines[1].isRemoval());
    CHECK(lines[1].at == QDateTime(QDate(2026, 11, 30), QTime(8, 15), Qt::UTC));
    QString createdUid;
    const auto created = valueOf(history.created(lines[1], &createdUid));
    CHECK(created.value(QStringLiteral("president")).toString() == QStringLiteral("甘明"));
    CHECK(createdUid == uid);
    if (!server) {
        const auto mark = valueOf(history.get(column(db, QStringLiteral("SELECT id FROM change_log WHERE entity = 'import'")).value(0).toLongLong()));
        CHECK_FALSE(mark.at.isValid());  // "上周" is no time: shown as unknown, never as 1970
    }

    // A write now: its time in seconds, its insert line with no values.
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    Chamber other;
    other.townshipCode = QStringLiteral("450126102");
    other.name = QStringLiteral("宾阳县大桥镇商会");
    const qint64 otherId = valueOf(ChamberService(db).add(other));
    const qint64 afterWrite = QDateTime::currentSecsSinceEpoch();
    const QVariantList written = column(db, QStringLiteral("SELECT at FROM change_log WHERE entity = 'chamber' AND entity_id = ?"), {otherId});
    REQUIRE(written.size() == 1);
    CHECK(written[0].toLongLong() >= before);
    CHECK(written[0].toLongLong() <= afterWrite);
    CHECK(column(db, QStringLiteral("SELECT new_values FROM change_log WHERE entity = 'chamber' AND entity_id = ?"), {otherId}).value(0).toString()
          == QStringLiteral("{}"));
    CHECK(column(db, QStringLiteral("SELECT old_values IS NULL FROM change_log WHERE entity = 'chamber' AND entity_id = ?"), {otherId}).value(0).toBool());

    // "Since a date" compares seconds: 2026-12-02 (local midnight) is after both hand-written lines
    // in any time zone, 2026-11-29 before them.
    ChangeQuery since;
    since.entity = QStringLiteral("chamber");
    since.since = QDate(2026, 12, 2);
    const auto recent = valueOf(history.list(since));
    CHECK(recent.size() == 1);
    CHECK(recent.value(0).entityId == otherId);
    since.since = QDate(2026, 11, 29);
    CHECK(valueOf(history.list(since)).size() == 3);

    opened.value().reset();
    if (server)
        test::dropServerDatabase(path);
}
