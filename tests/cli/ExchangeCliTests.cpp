// SPDX-License-Identifier: GPL-3.0-or-later
// Report packages through the real chamberctl: two demo counties of 南宁市 report to a city
// database (issue 12, docs/exchange.md).
#include "CountyPackages.h"
#include "Database.h"
#include "ExchangePackage.h"
#include "ExchangeStore.h"
#include "TestSupport.h"
#include "ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/types.h>

using namespace chamber;
using chamber::test::runCliDb;
using chamber::test::words;
using chamber::test::writeFile;
using json = nlohmann::json;

namespace {

test::CliRun ok(const QString &db, const QStringList &args, const QString &lang = QStringLiteral("en"))
{
    return test::cliOk(db, args, lang);
}

// 宾阳县 (450126) and 横州市 (450181) made by `demo`, each exported once as of 2025-12-31. Made
// once for the whole test run (demo takes a while); each test copies what it changes.
struct Counties
{
    QTemporaryDir dir;
    test::CountyPackage binyangMade = test::makeCountyPackage(dir.path(), QStringLiteral("450126"), QStringLiteral("binyang.sqlite"),
                                                              QStringLiteral("450126-1.zip"), words({"--quiet"}));
    test::CountyPackage hengzhouMade = test::makeCountyPackage(dir.path(), QStringLiteral("450181"), QStringLiteral("hengzhou.sqlite"),
                                                               QStringLiteral("450181-1.zip"), words({"--quiet"}));
    QString binyang = binyangMade.file;
    QString hengzhou = hengzhouMade.file;
    QString binyang1 = binyangMade.package;
    QString hengzhou1 = hengzhouMade.package;

    static Counties &get()
    {
        static Counties counties;
        return counties;
    }
    // A copy of a county's file, to change there.
    QString copyOf(const QString &db, const QTemporaryDir &into) const
    {
        const QString path = into.filePath(QFileInfo(db).fileName());
        REQUIRE(QFile::copy(db, path));
        return path;
    }
};

// A 南宁市 database, optionally with both counties' first packages taken in.
struct City
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("nanning.sqlite"));

    explicit City(bool withPackages = true)
    {
        ok(db, words({"init", "--scope", "4501"}));
        if (withPackages)
            ok(db, words({"exchange", "import"}) << Counties::get().binyang1 << Counties::get().hengzhou1);
    }
    QByteArray bytes() const { return test::readFile(db); }
    // Refused (exit 1), the file unchanged byte for byte; returns what was said.
    QString refused(const QStringList &args, const QString &lang = QStringLiteral("en")) const
    {
        const QByteArray before = bytes();
        const auto r = runCliDb(db, args, lang);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(bytes() == before);
        return r.out + r.err;
    }
};

json statsOf(const QString &db, const QString &scope, const QString &asOf, const QString &by = {})
{
    QStringList args = words({"stats", "--format", "json", "--scope"}) << scope << QStringLiteral("--as-of") << asOf;
    if (!by.isEmpty())
        args << QStringLiteral("--by") << by;
    return json::parse(ok(db, args).out.toStdString());
}

// The figures of a unit or of a whole stats object, without what names it.
json figures(json o)
{
    for (const char *key : {"units", "units_level", "scope", "code", "name", "level", "schema", "as_of", "settings"})
        o.erase(key);
    return o;
}

// Record numbers (ids) are each file's own row numbers; everything else must agree.
json withoutIds(const json &o)
{
    if (o.is_object()) {
        json out = json::object();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != "id" && it.key() != "chamber_id" && it.key() != "rule_id" && it.key() != "category_id")
                out[it.key()] = withoutIds(it.value());
        return out;
    }
    if (o.is_array()) {
        json out = json::array();
        for (const auto &v : o)
            out.push_back(withoutIds(v));
        return out;
    }
    return o;
}

QByteArray scoring(const QString &db, const QString &county, int year, const QString &format, const QTemporaryDir &dir)
{
    const QString out = dir.filePath(QStringLiteral("report-%1-%2.%3").arg(county).arg(year).arg(format));
    QFile::remove(out);
    ok(db, words({"report", "scoring", "--date", "2026-01-10", "--format"}) << format << QStringLiteral("--year") << QString::number(year)
                                                                             << QStringLiteral("--county") << county << QStringLiteral("--out") << out);
    return test::readFile(out);
}

QList<std::pair<QString, QByteArray>> entriesOf(const QByteArray &package, const QString &county)
{
    return test::packageEntries(package, county);
}

QString scalar(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {db, sql});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("two counties taken into the city: the same figures and scoring reports as in their own files")
{
    const Counties &counties = Counties::get();
    City city;
    QTemporaryDir out;
    for (const QString &asOf : {QStringLiteral("2024-06-30"), QStringLiteral("2025-12-31"), QStringLiteral("2026-11-30")}) {
        const json region = statsOf(city.db, QStringLiteral("4501"), asOf, QStringLiteral("county"));
        for (const auto &[code, db] : {std::pair{QStringLiteral("450126"), counties.binyang}, std::pair{QStringLiteral("450181"), counties.hengzhou}}) {
            INFO(code.toStdString() << " as of " << asOf.toStdString());
            const json own = statsOf(db, code, asOf);
            // The county's scope in the city's file: the same JSON, township by township.
            CHECK(statsOf(city.db, code, asOf) == own);
            // The county as one unit of the city.
            bool found = false;
            for (const auto &unit : region["units"])
                if (unit["code"] == code.toStdString()) {
                    found = true;
                    CHECK(figures(unit) == figures(own));
                }
            CHECK(found);
        }
    }
    // Years published (2024, 2025) and a draft (2026): the same report in both places.
    for (const auto &[code, db] : {std::pair{QStringLiteral("450126"), counties.binyang}, std::pair{QStringLiteral("450181"), counties.hengzhou}})
        for (int year : {2024, 2025, 2026}) {
            INFO(code.toStdString() << " " << year);
            const json own = json::parse(scoring(db, code, year, QStringLiteral("json"), out).toStdString());
            const json above = json::parse(scoring(city.db, code, year, QStringLiteral("json"), out).toStdString());
            CHECK(withoutIds(above) == withoutIds(own));
            CHECK(above["chambers"].size() == own["chambers"].size());
            CHECK_FALSE(own["chambers"].empty());
        }
}

TEST_CASE("exchange status names every county of the city, reported or not")
{
    City city;
    const json status = json::parse(ok(city.db, words({"exchange", "status", "--format", "json"})).out.toStdString());
    CHECK(status["counties_total"] == 12);  // 南宁市's districts and counties in the bundled divisions
    CHECK(status["counties_reported"] == 2);
    for (const auto &c : status["counties"]) {
        const bool reported = c["code"] == "450126" || c["code"] == "450181";
        CHECK(c["reported"] == reported);
        if (reported) {
            CHECK(c["sequence"] == 1);
            CHECK(c["as_of"] == "2025-12-31");
        }
    }
    const auto table = ok(city.db, words({"exchange", "status"}), QStringLiteral("zh_CN")).out;
    CHECK(table.contains(QStringLiteral("未报送")));
    CHECK(table.contains(QStringLiteral("已报送：2/12")));
    // The stats at city scope say which counties the figures cover; a county's stats do not.
    const json stats = statsOf(city.db, QStringLiteral("4501"), QStringLiteral("2025-12-31"));
    REQUIRE(stats.contains("reporting"));
    CHECK(stats["reporting"]["counties"] == 12);
    CHECK(stats["reporting"]["reported"] == 2);
    CHECK(stats["reporting"]["missing"] == 10);
    CHECK(stats["reporting"]["kept_here"] == 0);
    for (const auto &c : stats["reporting"]["by_county"])
        if (c["code"] == "450181") {
            CHECK(c["standing"] == "reported");
            CHECK(c["as_of"] == "2025-12-31");
        } else if (c["code"] == "450102") {
            CHECK(c["standing"] == "missing");
        }
    CHECK_FALSE(statsOf(city.db, QStringLiteral("450126"), QStringLiteral("2025-12-31")).contains("reporting"));

    // The table says it too: a county that has not reported is marked in its row and named under
    // the table, never shown as a plain zero (issue 12). 兴宁区 (450102) has not reported.
    const QString byCounty = ok(city.db, words({"stats", "--scope", "4501", "--by", "county", "--as-of", "2025-12-31"}), QStringLiteral("zh_CN")).out;
    const auto line = [&](const QString &code) {
        for (const auto &l : byCounty.split(QLatin1Char('\n')))
            if (l.startsWith(code))
                return l;
        return QString();
    };
    CHECK(line(QStringLiteral("450102")).contains(QStringLiteral("兴宁区（未报送）")));
    CHECK_FALSE(line(QStringLiteral("450126")).contains(QStringLiteral("未报送")));
    CHECK(byCounty.contains(QStringLiteral("已报送 2/12 个县（市、区）")));
    const auto named = QRegularExpression(QStringLiteral("尚未报送，不在以上数字中（未知，不是零）：(\\S+)")).match(byCounty);
    REQUIRE(named.hasMatch());
    const QStringList missing = named.captured(1).split(QStringLiteral("、"));
    CHECK(missing.size() == 10);
    CHECK(missing.contains(QStringLiteral("兴宁区")));
    CHECK_FALSE(missing.contains(QStringLiteral("宾阳县")));
    CHECK_FALSE(missing.contains(QStringLiteral("横州市")));
}

TEST_CASE("a package taken twice, an older one, a changed byte, another city's county, a newer schema: refused, nothing changes")
{
    const Counties &counties = Counties::get();
    City city;
    QTemporaryDir dir;

    SECTION("the same package again")
    {
        const QString said = city.refused(words({"exchange", "import"}) << counties.binyang1);
        CHECK(said.contains(QStringLiteral("not newer than the one held (#1")));
    }
    SECTION("an older package than the one held")
    {
        const QString db = counties.copyOf(counties.binyang, dir);
        const QString second = dir.filePath(QStringLiteral("450126-2.zip"));
        ok(db, words({"exchange", "export", "--as-of", "2026-03-31", "--out"}) << second);
        ok(city.db, words({"exchange", "import"}) << second);
        const QString said = city.refused(words({"exchange", "import"}) << counties.binyang1);
        CHECK(said.contains(QStringLiteral("package #1 is not newer than the one held (#2")));
    }
    SECTION("one byte changed anywhere in the file")
    {
        const QByteArray good = test::readFile(counties.binyang1);
        for (qsizetype at : {qsizetype(40), good.size() / 3, good.size() / 2, good.size() - 30}) {
            QByteArray bad = good;
            bad[at] = char(bad[at] ^ 0x01);
            const QString path = dir.filePath(QStringLiteral("bad-%1.zip").arg(at));
            writeFile(path, bad);
            INFO("byte " << at);
            city.refused(words({"exchange", "import"}) << path);
        }
    }
    SECTION("a manifest changed or broken: the package is said to be damaged or changed")
    {
        City empty(false);
        auto entries = entriesOf(test::readFile(counties.hengzhou1), QStringLiteral("450181"));
        json manifest = json::parse(entries[0].second.toStdString());
        manifest["sections"][0]["files"]["chamber"]["records"] = manifest["sections"][0]["files"]["chamber"]["records"].get<int>() + 1;
        entries[0].second = QByteArray::fromStdString(manifest.dump(2));
        const QString counted = dir.filePath(QStringLiteral("counted.zip"));
        writeFile(counted, ZipArchive::create(entries));
        QString said = empty.refused(words({"exchange", "import"}) << counted);
        CHECK(said.contains(QStringLiteral("counted.zip is damaged or was changed: 450181/chamber.jsonl holds")));
        CHECK(empty.refused(words({"exchange", "import"}) << counted, QStringLiteral("zh_CN")).contains(QStringLiteral("已损坏或被改动")));
        entries[0].second = "{\"format\": \"chamberdesk-exch";
        const QString broken = dir.filePath(QStringLiteral("broken.zip"));
        writeFile(broken, ZipArchive::create(entries));
        said = empty.refused(words({"exchange", "import"}) << broken);
        CHECK(said.contains(QStringLiteral("broken.zip is damaged or was changed, or is not a ChamberDesk report package")));
        CHECK(empty.refused(words({"exchange", "import"}) << broken, QStringLiteral("zh_CN")).contains(QStringLiteral("已损坏或被改动")));
    }
    SECTION("a record changed inside a well-formed archive: the checksum catches it")
    {
        auto entries = entriesOf(test::readFile(counties.hengzhou1), QStringLiteral("450181"));
        for (auto &[path, bytes] : entries)
            if (path.endsWith(QStringLiteral("/chamber.jsonl")))
                bytes.replace(QByteArrayLiteral("商会"), QByteArrayLiteral("商协"));
        const QString path = dir.filePath(QStringLiteral("edited.zip"));
        writeFile(path, ZipArchive::create(entries));
        City empty(false);
        const QString said = empty.refused(words({"exchange", "import"}) << path);
        CHECK(said.contains(QStringLiteral("checksum (SHA-256) of 450181/chamber.jsonl does not match")));
    }
    SECTION("a record that breaks a rule of the schema, in a package whose checksums are right")
    {
        // The import writes with SQLite's own CHECKs off and checks each kind's rows afterwards
        // (TableChecks.h): a row breaking one is still refused, its line and the rule named.
        const auto forged = [&](const QString &kind, int line, const QRegularExpression &field, const QString &value) {
            const auto read = ExchangeFormat::read(test::readFile(counties.binyang1), QStringLiteral("450126-1.zip"), Database::latestVersion());
            REQUIRE(read.ok());
            ExchangePackage package = *read;
            QList<QByteArray> &lines = package.sections[0].lines[kind];
            REQUIRE(lines.size() > line);
            QString text = QString::fromUtf8(lines[line]);
            REQUIRE(text.contains(field));
            lines[line] = text.replace(field, value).toUtf8();
            const QString path = dir.filePath(QStringLiteral("forged-%1.zip").arg(kind));
            writeFile(path, ExchangeFormat::write(package));
            return path;
        };
        City empty(false);
        const QString chamber = forged(QStringLiteral("chamber"), 2, QRegularExpression(QStringLiteral("\"status\":\"[a-z]+\"")),
                                       QStringLiteral("\"status\":\"asleep\""));
        QString said = empty.refused(words({"exchange", "import"}) << chamber);
        CHECK(said.contains(QStringLiteral("chamber, line 3")));
        CHECK(said.contains(QStringLiteral("CHECK (status IN ('active', 'dormant', 'dissolved'))")));
        said = empty.refused(words({"exchange", "import"}) << chamber, QStringLiteral("zh_CN"));
        CHECK(said.contains(QStringLiteral("第 3 行")));
        CHECK(said.contains(QStringLiteral("违反数据库的规则 CHECK (status IN ('active', 'dormant', 'dissolved'))")));
        // A date that does not exist, in a kind further down.
        said = empty.refused(words({"exchange", "import"})
                             << forged(QStringLiteral("registration_event"), 1, QRegularExpression(QStringLiteral("\"effective_on\":\"[0-9-]+\"")),
                                       QStringLiteral("\"effective_on\":\"2025-02-30\"")));
        CHECK(said.contains(QStringLiteral("registration_event, line 2")));
        CHECK(said.contains(QStringLiteral("date(julianday(effective_on)) = effective_on")));
        // A kind whose table has no id column: its rows found by SQLite's row id.
        said = empty.refused(words({"exchange", "import"})
                             << forged(QStringLiteral("points_year"), 0, QRegularExpression(QStringLiteral("\"status\":\"[a-z]+\"")),
                                       QStringLiteral("\"status\":\"closed\"")));
        CHECK(said.contains(QStringLiteral("points_year, line 1")));
        CHECK(said.contains(QStringLiteral("status IN ('open', 'published')")));
        CHECK(scalar(empty.db, QStringLiteral("SELECT count(*) FROM exchange_origin")) == QStringLiteral("0"));
    }
    SECTION("a record referring to what the database does not hold, or a uid twice: refused whether or not the origin was held")
    {
        // A first package is written with the foreign keys off and checked by the store
        // (ExchangeForeignKeysOff); a later one of a held origin with them on. Both refuse.
        const auto forged = [&](int sequence, const QString &kind, int line, const QRegularExpression &field, const QString &value) {
            const auto read = ExchangeFormat::read(test::readFile(counties.binyang1), QStringLiteral("450126-1.zip"), Database::latestVersion());
            REQUIRE(read.ok());
            ExchangePackage package = *read;
            package.sections[0].sequence = sequence;
            QList<QByteArray> &lines = package.sections[0].lines[kind];
            REQUIRE(lines.size() > line);
            QString text = QString::fromUtf8(lines[line]);
            const auto match = field.match(text);
            REQUIRE(match.hasMatch());
            text.replace(match.capturedStart(), match.capturedLength(), value);
            lines[line] = text.toUtf8();
            const QString path = dir.filePath(QStringLiteral("forged-%1-%2.zip").arg(kind).arg(sequence));
            writeFile(path, ExchangeFormat::write(package));
            return path;
        };
        const QRegularExpression township(QStringLiteral("\"township_code\":\"[0-9]+\""));
        const QString nowhere = QStringLiteral("\"township_code\":\"450126999\"");
        City empty(false);
        QString said = empty.refused(words({"exchange", "import"}) << forged(1, QStringLiteral("chamber"), 4, township, nowhere));
        CHECK(said.contains(QStringLiteral("chamber, line 5")));
        CHECK(said.contains(QStringLiteral("FOREIGN KEY (township_code) REFERENCES division (code)")));
        // A uid twice among the members, in the middle of a statement of several rows: its line.
        const QString memberUid = QString::fromUtf8(ExchangeFormat::read(test::readFile(counties.binyang1), QStringLiteral("x.zip"), Database::latestVersion())
                                                        ->sections[0].lines[QStringLiteral("member")][0]);
        const auto uid = QRegularExpression(QStringLiteral("\"uid\":\"[0-9a-f-]+\"")).match(memberUid);
        REQUIRE(uid.hasMatch());
        said = empty.refused(words({"exchange", "import"})
                             << forged(1, QStringLiteral("member"), 9, QRegularExpression(QStringLiteral("\"uid\":\"[0-9a-f-]+\"")), uid.captured(0)));
        CHECK(said.contains(QStringLiteral("member, line 10")));
        CHECK(said.contains(QStringLiteral("UNIQUE")));
        // The origin held: written with the foreign keys on, refused by SQLite's own check.
        said = city.refused(words({"exchange", "import"}) << forged(2, QStringLiteral("chamber"), 4, township, nowhere));
        CHECK(said.contains(QStringLiteral("chamber, line 5")));
        CHECK(said.contains(QStringLiteral("FOREIGN KEY")));
    }
    SECTION("a county of another city")
    {
        QTemporaryDir other;
        const QString package = test::guipingPackage(other.path());
        const QString said = city.refused(words({"exchange", "import"}) << package);
        CHECK(said.contains(QStringLiteral("(450881) is not a county of 南宁市")));
    }
    SECTION("a package of a newer schema")
    {
        auto entries = entriesOf(test::readFile(counties.binyang1), QStringLiteral("450126"));
        const int newer = Database::latestVersion() + 1;
        json manifest = json::parse(entries[0].second.toStdString());
        manifest["schema_version"] = newer;
        manifest["sections"][0]["schema_version"] = newer;
        entries[0].second = QByteArray::fromStdString(manifest.dump(2));
        const QString path = dir.filePath(QStringLiteral("newer.zip"));
        writeFile(path, ZipArchive::create(entries));
        const QString said = city.refused(words({"exchange", "import"}) << path);
        CHECK(said.contains(QStringLiteral("schema version %1").arg(newer)));
        const QString zh = city.refused(words({"exchange", "import"}) << path, QStringLiteral("zh_CN"));
        CHECK(zh.contains(QString::number(newer)));
    }
    SECTION("a county database takes in no packages")
    {
        const QString db = counties.copyOf(counties.hengzhou, dir);
        const QByteArray before = test::readFile(db);
        const auto r = runCliDb(db, words({"exchange", "import"}) << counties.binyang1, QStringLiteral("zh_CN"));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("横州市")));
        CHECK(test::readFile(db) == before);
    }
}

TEST_CASE("an edit and a removal at the county show up above after the next package, and only they")
{
    const Counties &counties = Counties::get();
    City city;
    QTemporaryDir dir;
    const QString db = counties.copyOf(counties.binyang, dir);
    // A file keeps uids as 16 bytes (schema version 12): the sqlite3 shell compares their hex.
    const QString chamberUid = scalar(db, QStringLiteral("SELECT lower(hex(uid)) FROM chamber ORDER BY id LIMIT 1"));
    const QString chamberId = scalar(db, QStringLiteral("SELECT id FROM chamber ORDER BY id LIMIT 1"));
    const QString memberUid = scalar(db, QStringLiteral("SELECT lower(hex(uid)) FROM member ORDER BY id LIMIT 1"));
    const QString memberId = scalar(db, QStringLiteral("SELECT id FROM member ORDER BY id LIMIT 1"));
    ok(db, words({"chamber", "edit"}) << chamberId << QStringLiteral("--president") << QStringLiteral("覃新会长"));
    ok(db, words({"member", "remove"}) << memberId);
    const QString second = dir.filePath(QStringLiteral("450126-2.zip"));
    ok(db, words({"exchange", "export", "--as-of", "2026-03-31", "--out"}) << second);

    const auto plan = ok(city.db, words({"exchange", "import"}) << second);
    // The plan: one chamber changed, one member removed, everything else unchanged.
    CHECK(plan.out.contains(QRegularExpression(QStringLiteral("chamber\\s+0\\s+1\\s+0\\s+13"))));
    CHECK(plan.out.contains(QRegularExpression(QStringLiteral("member\\s+0\\s+0\\s+1\\s+111"))));
    CHECK(scalar(city.db, QStringLiteral("SELECT president FROM chamber WHERE lower(hex(uid)) = '%1'").arg(chamberUid)) == QStringLiteral("覃新会长"));
    CHECK(scalar(city.db, QStringLiteral("SELECT count(*) FROM member WHERE lower(hex(uid)) = '%1'").arg(memberUid)) == QStringLiteral("0"));
    // Every other record of both counties as before.
    CHECK(scalar(city.db, QStringLiteral("SELECT count(*) FROM member WHERE origin = '450126'")) == QStringLiteral("111"));
    CHECK(scalar(city.db, QStringLiteral("SELECT count(*) FROM member WHERE origin = '450181'"))
          == scalar(counties.hengzhou, QStringLiteral("SELECT count(*) FROM member")));
    CHECK(scalar(city.db, QStringLiteral("SELECT sequence || ' ' || as_of FROM exchange_origin WHERE code = '450126'")) == QStringLiteral("2 2026-03-31"));

    // The import made a copy of the city's file first (issues 12 and 15) and said where; restoring
    // it puts the first package's president and member back.
    const QString before = scalar(counties.binyang, QStringLiteral("SELECT president FROM chamber WHERE lower(hex(uid)) = '%1'").arg(chamberUid));
    REQUIRE(before != QStringLiteral("覃新会长"));
    const auto said = QRegularExpression(QStringLiteral("before the import: (\\S+) ")).match(plan.out);
    REQUIRE(said.hasMatch());
    const QString backup = said.captured(1);
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(city.db + QStringLiteral(".backups")).absoluteFilePath());
    ok(city.db, words({"backup", "restore"}) << backup);
    CHECK(scalar(city.db, QStringLiteral("SELECT president FROM chamber WHERE lower(hex(uid)) = '%1'").arg(chamberUid)) == before);
    CHECK(scalar(city.db, QStringLiteral("SELECT count(*) FROM member WHERE lower(hex(uid)) = '%1'").arg(memberUid)) == QStringLiteral("1"));
    CHECK(scalar(city.db, QStringLiteral("SELECT sequence FROM exchange_origin WHERE code = '450126'")) == QStringLiteral("1"));
}

TEST_CASE("received records are read-only above: the services refuse, naming the county and its as-of date")
{
    City city;
    const QString chamberId = scalar(city.db, QStringLiteral("SELECT id FROM chamber WHERE origin = '450126' ORDER BY id LIMIT 1"));
    const QString memberId = scalar(city.db, QStringLiteral("SELECT id FROM member WHERE origin = '450126' ORDER BY id LIMIT 1"));
    const QString zh = city.refused(words({"chamber", "edit"}) << chamberId << QStringLiteral("--president") << QStringLiteral("张三"),
                                    QStringLiteral("zh_CN"));
    CHECK(zh.contains(QStringLiteral("由宾阳县报送，数据截至 2025-12-31")));
    CHECK(city.refused(words({"member", "remove"}) << memberId).contains(QStringLiteral("Reported by 宾阳县, data as of 2025-12-31")));
    CHECK(city.refused(words({"chamber", "remove", "--yes"}) << chamberId).contains(QStringLiteral("宾阳县")));
    CHECK(city.refused(words({"member", "add", "--chamber"}) << chamberId << QStringLiteral("--name") << QStringLiteral("新会员有限公司")
                                                             << QStringLiteral("--kind") << QStringLiteral("enterprise"))
              .contains(QStringLiteral("宾阳县")));
}

TEST_CASE("SIGKILL in the middle of an import leaves the previous packages intact")
{
    const Counties &counties = Counties::get();
    QTemporaryDir dir;
    // Second packages of both counties, with a change each, to be taken in over the first ones.
    QStringList seconds;
    for (const auto &[code, source] : {std::pair{QStringLiteral("450126"), counties.binyang}, std::pair{QStringLiteral("450181"), counties.hengzhou}}) {
        const QString db = counties.copyOf(source, dir);
        const QString id = scalar(db, QStringLiteral("SELECT id FROM chamber ORDER BY id LIMIT 1"));
        ok(db, words({"chamber", "edit"}) << id << QStringLiteral("--president") << QStringLiteral("改过的会长"));
        seconds << dir.filePath(code + QStringLiteral("-2.zip"));
        ok(db, words({"exchange", "export", "--as-of", "2026-03-31", "--out"}) << seconds.last());
    }
    int killed = 0;
    for (int attempt = 0; attempt < 8 && killed < 3; ++attempt) {
        City city;
        const QString before = scalar(city.db, QStringLiteral("SELECT group_concat(code || '#' || sequence) FROM exchange_origin"));
        const QString rows = scalar(city.db, QStringLiteral("SELECT (SELECT count(*) FROM chamber) || '/' || (SELECT count(*) FROM points_entry) || '/' || "
                                                             "(SELECT count(*) FROM member) || '/' || (SELECT count(*) FROM chamber WHERE president = '改过的会长')"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHAMBERDESK_LANG"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CHAMBERCTL), QStringList{QStringLiteral("--db"), city.db, QStringLiteral("exchange"), QStringLiteral("import")} + seconds);
        REQUIRE(process.waitForStarted());
        // The plan is printed, then "Taking the packages in…" as the one transaction starts: kill there.
        QByteArray said;
        while (!said.contains("Taking the packages in") && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            said += process.readAllStandardOutput();
        }
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(30000);
        if (process.exitStatus() != QProcess::CrashExit)
            continue;  // it finished before the signal came: try again
        ++killed;
        // As it was: the first packages, their rows, and a sound file.
        CHECK(scalar(city.db, QStringLiteral("SELECT group_concat(code || '#' || sequence) FROM exchange_origin")) == before);
        CHECK(scalar(city.db, QStringLiteral("SELECT (SELECT count(*) FROM chamber) || '/' || (SELECT count(*) FROM points_entry) || '/' || "
                                             "(SELECT count(*) FROM member) || '/' || (SELECT count(*) FROM chamber WHERE president = '改过的会长')"))
              == rows);
        CHECK(scalar(city.db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        // And the import, run again, goes through.
        ok(city.db, words({"exchange", "import"}) << seconds);
        CHECK(scalar(city.db, QStringLiteral("SELECT count(*) FROM chamber WHERE president = '改过的会长'")) == QStringLiteral("2"));
    }
    CHECK(killed > 0);
}

TEST_CASE("a city forwards its counties' packages to the region, and the newest per county wins")
{
    const Counties &counties = Counties::get();
    City city;
    QTemporaryDir dir;
    const QString forwarded = dir.filePath(QStringLiteral("4501.zip"));
    ok(city.db, words({"exchange", "export", "--out"}) << forwarded);
    // The county's newer package, sent straight to the region.
    const QString db = counties.copyOf(counties.binyang, dir);
    const QString second = dir.filePath(QStringLiteral("450126-2.zip"));
    ok(db, words({"exchange", "export", "--as-of", "2026-03-31", "--out"}) << second);

    const QString region = dir.filePath(QStringLiteral("region.sqlite"));
    ok(region, words({"init", "--scope", "45"}));
    const auto r = ok(region, words({"exchange", "import"}) << second << forwarded);
    CHECK(r.err.contains(QStringLiteral("superseded by #2")));
    CHECK(scalar(region, QStringLiteral("SELECT group_concat(code || '#' || sequence || '@' || forwarded_by, ' ') FROM exchange_origin ORDER BY code"))
          == QStringLiteral("450126#2@ 450181#1@4501"));
    // The forwarded section is the county's own package, byte for byte: the same checksum.
    CHECK(scalar(region, QStringLiteral("SELECT sha256 FROM exchange_origin WHERE code = '450181'"))
          == scalar(city.db, QStringLiteral("SELECT sha256 FROM exchange_origin WHERE code = '450181'")));
    CHECK(statsOf(region, QStringLiteral("450181"), QStringLiteral("2025-12-31")) == statsOf(counties.hengzhou, QStringLiteral("450181"), QStringLiteral("2025-12-31")));
}

TEST_CASE("a city database that keeps a county's records itself reports them for that county")
{
    QTemporaryDir dir;
    const QString city = dir.filePath(QStringLiteral("city.sqlite"));
    ok(city, words({"init", "--scope", "4501"}));
    ok(city, words({"chamber", "add", "--township", "450126100", "--name", "宾阳县宾州镇商会"}));
    ok(city, words({"chamber", "add", "--township", "450126101", "--name", "宾阳县黎塘镇商会"}));
    ok(city, words({"chamber", "add", "--township", "450181100", "--name", "横州市横州镇商会"}));
    const QString package = dir.filePath(QStringLiteral("450126.zip"));
    ok(city, words({"exchange", "export", "--county", "450126", "--as-of", "2025-12-31", "--out"}) << package);
    const QString region = dir.filePath(QStringLiteral("region.sqlite"));
    ok(region, words({"init", "--scope", "45"}));
    ok(region, words({"exchange", "import"}) << package);
    CHECK(scalar(region, QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM chamber WHERE origin = '450126' ORDER BY name)"))
          == QStringLiteral("宾阳县宾州镇商会 宾阳县黎塘镇商会"));
    CHECK(statsOf(region, QStringLiteral("450126"), QStringLiteral("2025-12-31")) == statsOf(city, QStringLiteral("450126"), QStringLiteral("2025-12-31")));
    // A county it keeps nothing of: refused.
    CHECK(runCliDb(city, words({"exchange", "export", "--county", "450123", "--out"}) << dir.filePath(QStringLiteral("x.zip"))).exitCode == 1);
}
