// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 (schema version 12): a file keeps every record's uid as its 16 bytes, whatever wrote the
// record — the demo, a ledger import, a report package taken in, an undo putting a removal back —
// and report packages keep the format they had: text uids, byte for byte as before. A package
// written by ChamberDesk before the change (fixtures/450881-v10.zip: 桂平市, schema version 10) is
// taken in and forwarded unchanged.
#include "CountyPackages.h"
#include "Database.h"
#include "TestSupport.h"
#include "Uid.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace chamber;
using chamber::test::words;

namespace {

test::CliRun ok(const QString &db, const QStringList &arguments)
{
    return test::cliOk(db, arguments);
}

QVariantList column(const QString &path, const QString &sql)
{
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    QSqlQuery q(opened.value()->sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QVariantList out;
    while (q.next())
        out.append(q.value(0));
    return out;
}

QString scalar(const QString &path, const QString &sql)
{
    return column(path, sql).value(0).toString();
}

QStringList recordTables(const QString &path)
{
    QStringList out;
    for (const auto &v : column(path, QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
                                                     "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'uid') ORDER BY m.name")))
        out.append(v.toString());
    return out;
}

// Every uid of every record table is 16 bytes; returns how many records there are.
qint64 checkAllBytes(const QString &path)
{
    const QStringList tables = recordTables(path);
    REQUIRE(tables.size() == 21);
    qint64 records = 0;
    for (const QString &table : tables) {
        INFO(path.toStdString() << ": " << table.toStdString());
        CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM %1 WHERE NOT (typeof(uid) = 'blob' AND length(uid) = 16)").arg(table)) == QStringLiteral("0"));
        records += scalar(path, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }
    return records;
}

// A table's uids as text, sorted (of one origin).
QStringList uidsOf(const QString &path, const QString &table, const QString &origin)
{
    QStringList out;
    for (const auto &v : column(path, QStringLiteral("SELECT uid_text(uid) FROM %1 WHERE origin = '%2' ORDER BY 1").arg(table, origin)))
        out.append(v.toString());
    return out;
}

// The uids a package's lines of a kind carry, and the uids they refer to, sorted; every one well-formed text.
QStringList uidsInLines(const QByteArray &lines, QStringList *references = nullptr)
{
    static const QRegularExpression field(QStringLiteral("\"([a-z_]*uid)\":\"([^\"]*)\""));
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QStringList out;
    for (const QByteArray &line : lines.split('\n')) {
        if (line.isEmpty())
            continue;
        int own = 0;
        for (auto it = field.globalMatch(QString::fromUtf8(line)); it.hasNext();) {
            const auto m = it.next();
            INFO(line.toStdString());
            CHECK(uuid.match(m.captured(2)).hasMatch());
            if (m.captured(1) == QStringLiteral("uid")) {
                out.append(m.captured(2));
                ++own;
            } else if (references) {
                references->append(m.captured(2));
            }
        }
        CHECK(own == 1);
    }
    out.sort();
    return out;
}

QByteArray entry(const QList<std::pair<QString, QByteArray>> &entries, const QString &path)
{
    for (const auto &[name, bytes] : entries)
        if (name == path)
            return bytes;
    FAIL("no entry " << path.toStdString());
    return {};
}

} // namespace

TEST_CASE("issue 16: every uid of a file is 16 bytes after the demo and a ledger and an undo and packages taken in — the packages keep text uids")
{
    QTemporaryDir dir;
    const QString county = dir.filePath(QStringLiteral("county.sqlite"));
    ok(county, words({"demo", "--scope", "450126", "--quiet"}));
    ok(county, words({"import", "ledger", "--update", "fill_empty", CHAMBER_SHARED_DIR "/samples/binyang-ledger-2025.gb18030.csv"}));
    REQUIRE(scalar(county, QStringLiteral("SELECT count(*) FROM import_log")) == QStringLiteral("1"));

    // A mediation case removed with its history, and a member; both put back by undoing the
    // removals: every record comes back under its uid.
    const auto uidsWith = [&](const QString &table, const QString &where) {
        QStringList out;
        for (const auto &v : column(county, QStringLiteral("SELECT uid_text(uid) FROM %1 WHERE %2 ORDER BY 1").arg(table, where)))
            out.append(v.toString());
        return out;
    };
    const QString caseId = scalar(county, QStringLiteral("SELECT case_id FROM mediation_case_change GROUP BY case_id ORDER BY count(*) DESC, case_id LIMIT 1"));
    const QString memberId = scalar(county, QStringLiteral("SELECT min(id) FROM member"));
    REQUIRE_FALSE(caseId.isEmpty());
    REQUIRE_FALSE(memberId.isEmpty());
    const QString theCase = QStringLiteral("id = %1").arg(caseId), itsChanges = QStringLiteral("case_id = %1").arg(caseId);
    const QString theMember = QStringLiteral("id = %1").arg(memberId);
    const QStringList caseUid = uidsWith(QStringLiteral("mediation_case"), theCase);
    const QStringList changeUids = uidsWith(QStringLiteral("mediation_case_change"), itsChanges);
    const QStringList memberUid = uidsWith(QStringLiteral("member"), theMember);
    REQUIRE(caseUid.size() == 1);
    REQUIRE_FALSE(changeUids.isEmpty());
    REQUIRE(memberUid.size() == 1);
    ok(county, words({"mediation", "case", "remove", "--yes"}) << caseId);
    ok(county, words({"member", "remove"}) << memberId);
    CHECK(uidsWith(QStringLiteral("mediation_case_change"), itsChanges).isEmpty());
    CHECK(uidsWith(QStringLiteral("member"), theMember).isEmpty());
    const QString caseRemoval = scalar(county, QStringLiteral("SELECT max(id) FROM change_log WHERE entity = 'mediation_case' AND action = 'remove'"));
    const QString memberRemoval = scalar(county, QStringLiteral("SELECT max(id) FROM change_log WHERE entity = 'member' AND action = 'remove'"));
    // The removals' lines keep the uids as text.
    CHECK(scalar(county, QStringLiteral("SELECT json_extract(old_values, '$.uid') FROM change_log WHERE id = %1").arg(caseRemoval)) == caseUid.first());
    CHECK(scalar(county, QStringLiteral("SELECT json_extract(old_values, '$.uid') FROM change_log WHERE id = %1").arg(memberRemoval)) == memberUid.first());
    ok(county, words({"history", "undo"}) << memberRemoval);
    ok(county, words({"history", "undo"}) << caseRemoval);
    CHECK(uidsWith(QStringLiteral("mediation_case"), theCase) == caseUid);
    CHECK(uidsWith(QStringLiteral("mediation_case_change"), itsChanges) == changeUids);
    CHECK(uidsWith(QStringLiteral("member"), theMember) == memberUid);
    // history --format json names a record's uid as text.
    const auto history = ok(county, words({"history", "--entity", "member", "--id"}) << memberId << QStringLiteral("--format")
                                                                                     << QStringLiteral("json"));
    CHECK(history.out.contains(QRegularExpression(QStringLiteral("\"uid\": ?\"%1\"").arg(memberUid.first()))));

    const qint64 countyRecords = checkAllBytes(county);
    CHECK(countyRecords > 1000);

    // The county's package: text uids on every line, references too.
    const QString package = dir.filePath(QStringLiteral("450126.zip"));
    ok(county, words({"exchange", "export", "--as-of", "2025-12-31", "--out"}) << package);
    const auto countyEntries = test::packageEntries(test::readFile(package), QStringLiteral("450126"));

    // A region takes in the county's package and 桂平市's package of version 10.
    const QString oldPackage = QStringLiteral(CHAMBER_CLI_FIXTURE_DIR "/450881-v10.zip");
    const auto oldEntries = test::packageEntries(test::readFile(oldPackage), QStringLiteral("450881"));
    CHECK(entry(oldEntries, QStringLiteral("manifest.json")).contains("\"schema_version\": 10"));
    const QString region = dir.filePath(QStringLiteral("region.sqlite"));
    ok(region, words({"init", "--scope", "45"}));
    ok(region, words({"exchange", "import"}) << package << oldPackage);
    CHECK(checkAllBytes(region) > countyRecords);

    // The same records by uid, compared as text: the county's file against the region's rows of
    // 宾阳县, and the old package's lines against the region's rows of 桂平市.
    for (const QString &kind : recordTables(county)) {
        INFO(kind.toStdString());
        const QString path = QStringLiteral("%2/%1.jsonl").arg(kind);
        QStringList references;
        const QStringList inPackage = uidsInLines(entry(countyEntries, path.arg(QStringLiteral("450126"))), &references);
        CHECK(inPackage == uidsOf(county, kind, QString()));
        CHECK(uidsOf(region, kind, QStringLiteral("450126")) == inPackage);
        CHECK(uidsInLines(entry(oldEntries, path.arg(QStringLiteral("450881")))) == uidsOf(region, kind, QStringLiteral("450881")));
    }
    // 桂平市's chambers by the uids its old file gave them (read from that file when it was made).
    CHECK(scalar(region, QStringLiteral("SELECT name FROM chamber WHERE uid = uid_blob('6fe69b43-54db-479f-872c-ad7d32f468f8')"))
          == QStringLiteral("桂平市木乐镇商会"));
    CHECK(scalar(region, QStringLiteral("SELECT name FROM chamber WHERE uid = uid_blob('51f0c60d-ae7f-46e0-9b1d-a99844c6c920')"))
          == QStringLiteral("桂平市江口镇商会"));
    CHECK(scalar(region, QStringLiteral("SELECT count(*) FROM member m JOIN chamber c ON c.id = m.chamber_id WHERE c.uid = "
                                        "uid_blob('6fe69b43-54db-479f-872c-ad7d32f468f8')"))
          == QStringLiteral("2"));

    // Forwarded upward, both sections are the packages' own lines, byte for byte: the format is
    // what it was, and what an older ChamberDesk reads.
    const QString forwarded = dir.filePath(QStringLiteral("45.zip"));
    ok(region, words({"exchange", "export", "--out"}) << forwarded);
    const QByteArray forwardedBytes = test::readFile(forwarded);
    const auto again450126 = test::packageEntries(forwardedBytes, QStringLiteral("450126"));
    const auto again450881 = test::packageEntries(forwardedBytes, QStringLiteral("450881"));
    for (qsizetype i = 1; i < countyEntries.size(); ++i) {  // the kinds' lines (the manifest differs: it is the region's)
        INFO(countyEntries[i].first.toStdString());
        CHECK(again450126[i].second == countyEntries[i].second);
    }
    for (qsizetype i = 1; i < oldEntries.size(); ++i) {
        INFO(oldEntries[i].first.toStdString());
        CHECK(again450881[i].second == oldEntries[i].second);
    }
}
