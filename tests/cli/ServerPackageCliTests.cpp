// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl server import-file PACKAGE.zip (issue 13, item 5): a county's report package taken
// into a server database like the county's own file, all or nothing; a damaged or changed
// package, a county outside the server's scope and a clerk of another county are refused with
// nothing written. [server] cases: on the PostgreSQL server of the tests (pg_virtualenv).
#include "CountyPackages.h"
#include "Database.h"
#include "TestSupport.h"
#include "ZipArchive.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

using namespace chamber;
using chamber::test::runCliDb;
using chamber::test::words;
using chamber::test::writeFile;

namespace {

test::CliRun ok(const QString &db, const QStringList &arguments)
{
    return test::cliOk(db, arguments);
}

// A server database of 南宁市 (4501), dropped at the end of the test.
struct Server
{
    QString address = test::createServerDatabase();
    QString name = address.section(QLatin1Char('/'), -1);
    Server() { ok(address, words({"server", "init", "--scope", "4501"})); }
    ~Server() { test::dropServerDatabase(address); }
    qint64 number(const QString &sql) const { return text(sql).toLongLong(); }
    QString text(const QString &sql) const
    {
        const QString connection = QStringLiteral("pkg-psql-") + name;
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setDatabaseName(name);
            REQUIRE(db.open());
            QSqlQuery q(db);
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE((q.exec(sql) && q.next()));
            value = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(connection);
        return value;
    }
    // What the server holds: chambers, members, cases and change_log lines.
    QString rows() const
    {
        return QStringLiteral("%1/%2/%3/%4")
            .arg(number(QStringLiteral("SELECT count(*) FROM chamber")))
            .arg(number(QStringLiteral("SELECT count(*) FROM member")))
            .arg(number(QStringLiteral("SELECT count(*) FROM mediation_case")))
            .arg(number(QStringLiteral("SELECT count(*) FROM change_log")));
    }
};

// 宾阳县's demo file and its report package.
struct County
{
    QTemporaryDir dir;
    test::CountyPackage made = test::makeCountyPackage(dir.path(), QStringLiteral("450126"), QStringLiteral("binyang.sqlite"),
                                                       QStringLiteral("宾阳县-2025-12-31.zip"), words({"--seed", "3"}));
    QString file = made.file;
    QString package = made.package;
};

const QStringList kStats = words({"stats", "--scope", "450126", "--format", "json", "--as-of", "2025-12-31"});

// The stats without the micro-points, which are the office's own and not taken into a server.
QByteArray withoutPoints(const QString &json)
{
    QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    REQUIRE_FALSE(o.isEmpty());
    const std::function<void(QJsonObject &)> strip = [&](QJsonObject &object) {
        object.remove(QStringLiteral("points"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it->isObject()) {
                QJsonObject inner = it->toObject();
                strip(inner);
                *it = inner;
            } else if (it->isArray()) {
                QJsonArray list = it->toArray();
                for (auto item = list.begin(); item != list.end(); ++item)
                    if (item->isObject()) {
                        QJsonObject inner = item->toObject();
                        strip(inner);
                        *item = inner;
                    }
                *it = list;
            }
        }
    };
    strip(o);
    return QJsonDocument(o).toJson();
}

QStringList importFile(const QString &path)
{
    return {QStringLiteral("server"), QStringLiteral("import-file"), path};
}

} // namespace

TEST_CASE("issue 13: a county's report package taken into a server gives the figures of the county's own file", "[server]")
{
    County county;
    Server fromPackage;
    Server fromFile;
    const auto taken = ok(fromPackage.address, importFile(county.package));
    CHECK(taken.out.contains(QStringLiteral("宾阳县 (450126)")));
    ok(fromFile.address, importFile(county.file));

    // The same records as the file itself sends: figures byte-identical to the file's path, and
    // (the micro-points aside) to the county's own file.
    const auto fileStats = ok(county.file, kStats);
    const auto packageStats = ok(fromPackage.address, kStats);
    CHECK(packageStats.out == ok(fromFile.address, kStats).out);
    CHECK(withoutPoints(packageStats.out) == withoutPoints(fileStats.out));
    CHECK(fromPackage.number(QStringLiteral("SELECT count(*) FROM chamber")) > 0);
    // Every table taken in holds the same records (by uid) either way; the stats do not count
    // every table (members, for one).
    for (const QString &table : words({"chamber", "registration_event", "party_organization", "party_instructor", "party_disclosure", "honour",
                                       "mediation_committee", "mediation_case", "mediation_case_change", "mediation_tally", "member",
                                       "service_request", "verification_item"})) {
        INFO(table.toStdString());
        const QString uids = QStringLiteral("SELECT count(*) || ' ' || coalesce(md5(string_agg(uid, ',' ORDER BY uid)), '') FROM %1").arg(table);
        CHECK(fromPackage.text(uids) == fromFile.text(uids));
        // …and the county file's own, as text: the file keeps their 16 bytes (schema version 12),
        // the server their text.
        QString fileUids;
        {
            auto file = Database::open(county.file);
            REQUIRE(file.ok());
            QSqlQuery q(file.value()->sql());
            REQUIRE(q.exec(QStringLiteral("SELECT count(*), coalesce(group_concat(u, ','), '') FROM (SELECT uid_text(uid) AS u FROM %1 ORDER BY u)").arg(table)));
            REQUIRE(q.next());
            fileUids = q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        }
        CHECK(fromFile.text(QStringLiteral("SELECT count(*) || ' ' || coalesce(string_agg(uid, ',' ORDER BY uid), '') FROM %1").arg(table)) == fileUids);
    }
    CHECK(fromPackage.number(QStringLiteral("SELECT count(*) FROM member")) > 0);
    // One change_log line names the package, its sequence and checksum.
    CHECK(fromPackage.number(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'import-file' AND detail LIKE "
                                            "'450126 宾阳县-2025-12-31.zip (宾阳县 #1 2025-12-31 sha256=%'"))
          == 1);

    // The same package again: refused, nothing doubled.
    const QString before = fromPackage.rows();
    const auto again = runCliDb(fromPackage.address, importFile(county.package));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds")));
    CHECK(fromPackage.rows() == before);
}

TEST_CASE("issue 13: a damaged or changed package is refused by server import-file, nothing written", "[server]")
{
    County county;
    Server server;
    const QString before = server.rows();
    SECTION("one byte changed in the archive")
    {
        QByteArray bad = test::readFile(county.package);
        bad[bad.size() / 2] = char(bad[bad.size() / 2] ^ 0x01);
        const QString path = county.dir.filePath(QStringLiteral("bad.zip"));
        writeFile(path, bad);
        // Which check catches the byte depends on where the middle of this archive falls (the demo's
        // uids make each archive different): the ZIP's own, the checksum, or the manifest's counts.
        // Each says the package is damaged or was changed.
        const auto run = runCliDb(server.address, importFile(path));
        CHECK(run.exitCode == 1);
        INFO(run.err.toStdString());
        CHECK(run.err.contains(QStringLiteral("damaged")));
        const auto zh = runCliDb(server.address, importFile(path), QStringLiteral("zh_CN"));
        CHECK(zh.exitCode == 1);
        INFO(zh.err.toStdString());
        CHECK(zh.err.contains(QStringLiteral("bad.zip")));
        CHECK(zh.err.contains(QStringLiteral("损坏")));
        CHECK_FALSE(zh.err.contains(QStringLiteral("damaged")));
        CHECK_FALSE(zh.err.contains(QStringLiteral("manifest says")));
    }
    SECTION("a record changed inside a well-formed archive")
    {
        auto entries = test::packageEntries(test::readFile(county.package), QStringLiteral("450126"));
        for (auto &[path, bytes] : entries)
            if (path.endsWith(QStringLiteral("/chamber.jsonl")))
                bytes.replace(QByteArrayLiteral("商会"), QByteArrayLiteral("商协"));
        const QString path = county.dir.filePath(QStringLiteral("edited.zip"));
        writeFile(path, ZipArchive::create(entries));
        const auto run = runCliDb(server.address, importFile(path));
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("checksum (SHA-256) of 450126/chamber.jsonl does not match")));
    }
    CHECK(server.rows() == before);
}

TEST_CASE("issue 13: a package of a county outside the server's scope is refused, nothing written", "[server]")
{
    QTemporaryDir dir;
    const QString package = test::guipingPackage(dir.path());
    Server server;
    const QString before = server.rows();
    const auto run = runCliDb(server.address, importFile(package));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("(450881) is outside the server database's scope")));
    CHECK(server.rows() == before);
}

TEST_CASE("issue 13: a city's forwarded package is taken county by county in one transaction, or not at all", "[server]")
{
    QTemporaryDir dir;
    const QString binyang = dir.filePath(QStringLiteral("binyang.sqlite"));
    const QString hengzhou = dir.filePath(QStringLiteral("hengzhou.sqlite"));
    ok(binyang, words({"init", "--scope", "450126"}));
    ok(binyang, words({"chamber", "add", "--township", "450126101", "--name", "宾阳县黎塘镇商会"}));
    ok(hengzhou, words({"init", "--scope", "450181"}));
    ok(hengzhou, words({"chamber", "add", "--township", "450181101", "--name", "横州市横州镇商会"}));
    ok(hengzhou, words({"chamber", "add", "--township", "450181102", "--name", "横州市百合镇商会"}));
    const QString city = dir.filePath(QStringLiteral("nanning.sqlite"));
    ok(city, words({"init", "--scope", "4501"}));
    for (const QString &county : {binyang, hengzhou}) {
        const QString package = county + QStringLiteral(".zip");
        ok(county, QStringList{QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("--out"), package});
        ok(city, QStringList{QStringLiteral("exchange"), QStringLiteral("import"), package});
    }
    const QString forwarded = dir.filePath(QStringLiteral("4501.zip"));
    ok(city, QStringList{QStringLiteral("exchange"), QStringLiteral("export"), QStringLiteral("--out"), forwarded});

    Server server;
    SECTION("both counties")
    {
        const auto run = ok(server.address, importFile(forwarded));
        CHECK(run.out.contains(QStringLiteral("宾阳县 (450126)")));
        CHECK(run.out.contains(QStringLiteral("横州市 (450181)")));
        CHECK(server.number(QStringLiteral("SELECT count(*) FROM chamber WHERE township_code LIKE '450126%'")) == 1);
        CHECK(server.number(QStringLiteral("SELECT count(*) FROM chamber WHERE township_code LIKE '450181%'")) == 2);
    }
    SECTION("one county already on the server: neither is taken")
    {
        ok(server.address, importFile(binyang));
        const QString before = server.rows();
        const auto run = runCliDb(server.address, importFile(forwarded));
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("already holds 1 chambers of 宾阳县")));
        CHECK(server.rows() == before);
        CHECK(server.number(QStringLiteral("SELECT count(*) FROM chamber WHERE township_code LIKE '450181%'")) == 0);
    }
}

TEST_CASE("issue 13: a package is written to the server as its user: a clerk of another county is refused by the server", "[server]")
{
    County county;
    Server server;
    ok(server.address, words({"server", "grant", "--user", "issue13_pkg_other", "--county", "450103", "--role", "clerk"}));
    ok(server.address, words({"server", "grant", "--user", "issue13_pkg_own", "--county", "450126", "--role", "clerk"}));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pkg-admin"));
        db.setDatabaseName(server.name);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("ALTER ROLE issue13_pkg_other PASSWORD 'other-pw'")));
        REQUIRE(q.exec(QStringLiteral("ALTER ROLE issue13_pkg_own PASSWORD 'own-pw'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pkg-admin"));
    const QString before = server.rows();
    const auto as = [&](const QString &user, const QByteArray &password) {
        const QByteArray old = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", password);
        const auto run = runCliDb(QStringLiteral("postgresql://%1@localhost/%2").arg(user, server.name), importFile(county.package));
        qputenv("PGPASSWORD", old);
        return run;
    };
    const auto other = as(QStringLiteral("issue13_pkg_other"), "other-pw");
    INFO(other.err.toStdString());
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(QStringLiteral("row-level security")));  // the server refused it, not the app
    CHECK(server.rows() == before);
    // The county's own clerk may take it in.
    const auto own = as(QStringLiteral("issue13_pkg_own"), "own-pw");
    INFO(own.err.toStdString());
    CHECK(own.exitCode == 0);
    CHECK(server.number(QStringLiteral("SELECT count(*) FROM chamber WHERE township_code LIKE '450126%'")) > 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pkg-admin"));
        db.setDatabaseName(server.name);
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP OWNED BY issue13_pkg_other, issue13_pkg_own"));
        q.exec(QStringLiteral("DROP ROLE issue13_pkg_other"));
        q.exec(QStringLiteral("DROP ROLE issue13_pkg_own"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pkg-admin"));
}
