// SPDX-License-Identifier: GPL-3.0-or-later
// The annual scoring report of the hand-made year of ScoringFixture.h, in every form but PDF
// (ScoringPdfTests.cpp): expected figures are the hand counts written there. The forms are read
// in English, where their words are the sources; the report's language has tests of its own.
// This program installs no translator: the application's language here is English.
#include "ChamberService.h"
#include "PointsService.h"
#include "ScoringCsv.h"
#include "ScoringFixture.h"
#include "ScoringJson.h"
#include "ScoringReport.h"
#include "ScoringXlsx.h"
#include "Stats.h"
#include "StatsWriters.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QProcess>
#include <QSqlQuery>

using namespace chamber;
using nlohmann::json;

namespace {

const QDate kIssued(2026, 1, 20);

struct Year
{
    test::TempDatabase t{QStringLiteral("450126")};
    test::ScoringIds ids = test::fillScoringFixture(*t.db);

    ScoringReport report(ReportLanguage language = ReportLanguage::English) const
    {
        auto r = ScoringReports(*t.db).report(2025, {}, kIssued, language);
        INFO(test::describe(r.problems()));
        REQUIRE(r.ok());
        return r.value();
    }
};

template<typename Writer>
QByteArray bytesOf(const ScoringReport &report, Writer write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(write(report, buffer));
    return bytes;
}

QByteArray jsonBytes(const ScoringReport &r)
{
    return bytesOf(r, [](const ScoringReport &x, QIODevice &d) { return writeScoringJson(x, d); });
}
QByteArray csvBytes(const ScoringReport &r)
{
    return bytesOf(r, [](const ScoringReport &x, QIODevice &d) { return writeScoringCsv(x, d); });
}
QByteArray xlsxBytes(const ScoringReport &r)
{
    return bytesOf(r, [](const ScoringReport &x, QIODevice &d) { return writeScoringXlsx(x, d); });
}

// The workbook as openpyxl reads it.
json readBack(const QByteArray &xlsx)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(xlsx);
    f.close();
    QProcess python;
    python.start(QStringLiteral(CHAMBER_PYTHON), {QStringLiteral(CHAMBER_SOURCE_DIR "/tests/reports/read_xlsx.py"), path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return json::parse(python.readAllStandardOutput().toStdString());
}

const json &cell(const json &sheet, const std::string &ref)
{
    for (const auto &c : sheet["cells"])
        if (c["ref"] == ref)
            return c;
    FAIL("no cell " << ref);
    return sheet;
}

} // namespace

TEST_CASE("the scoring report of the hand-made year")
{
    Year year;
    const ScoringReport r = year.report();
    CHECK(r.title.contains(QStringLiteral("宾阳县")));
    CHECK(r.title.contains(QStringLiteral("2025")));
    CHECK(r.countyPath == QStringLiteral("广西壮族自治区南宁市宾阳县"));
    CHECK_FALSE(r.published);
    REQUIRE(r.categories.size() == 3);
    CHECK(r.categories[0].name == QStringLiteral("服务会员"));
    CHECK(r.categories[0].capTenths == 150);
    CHECK(r.categories[1].name == QStringLiteral("诚信守法"));
    CHECK(r.categories[2].name == QStringLiteral("党建引领"));
    REQUIRE(r.rules.size() == 3);
    CHECK(r.rules[0].number == QStringLiteral("1.1"));
    CHECK(r.rules[1].number == QStringLiteral("2.1"));
    CHECK(r.rules[2].number == QStringLiteral("3.1"));

    REQUIRE(r.rows.size() == 4);
    const qint64 ids[] = {year.ids.a, year.ids.b, year.ids.c, year.ids.d};
    const qint64 totals[] = {350, 200, 200, 50};
    const std::optional<int> ranks[] = {1, 2, 2, std::nullopt};
    const Grade grades[] = {Grade::Excellent, Grade::Good, Grade::Good, Grade::Vetoed};
    for (int i = 0; i < 4; ++i) {
        CHECK(r.rows[i].card.chamberId == ids[i]);
        CHECK(r.rows[i].card.totalTenths == totals[i]);
        CHECK(r.rows[i].card.rank == ranks[i]);
        CHECK(r.rows[i].card.grade == grades[i]);
    }
    CHECK(r.rows[0].registeredSince == QDate(2016, 9, 1));
    CHECK(r.rows[1].card.categories[1].deductedTenths == -30);
    CHECK(r.rows[1].card.categories[1].subtotalTenths == 0);

    const ScoringReportFoot foot = r.foot();
    CHECK(foot.chambers == 4);
    CHECK(foot.categoryTotalsTenths == QList<qint64>{400, 0, 400});
    CHECK(foot.categoryAveragesHundredths == QList<qint64>{1000, 0, 1000});
    CHECK(foot.totalTenths == 800);
    CHECK(foot.averageHundredths == 2000);
    CHECK(foot.grades.value(Grade::Excellent) == 1);
    CHECK(foot.grades.value(Grade::Good) == 2);
    CHECK(foot.grades.value(Grade::Vetoed) == 1);
    CHECK(foot.vetoed == 1);
    CHECK(foot.awardEligible == 3);
}

TEST_CASE("issue 15: the scoring report is a read error when whose points the county keeps cannot be read")
{
    Year y;
    REQUIRE(ScoringReports(*y.t.db).report(2025, {}, kIssued, ReportLanguage::English).ok());
    QSqlQuery q(y.t.db->sql());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE exchange_origin RENAME TO exchange_origin_damaged")));
    // Taken as "this database's own", the county's report would be built from the local rules.
    for (const auto &made : {ScoringReports(*y.t.db).report(2025, {}, kIssued, ReportLanguage::English),
                             ScoringReports(*y.t.db).report(2025, QStringLiteral("450126"), kIssued, ReportLanguage::English)}) {
        REQUIRE_FALSE(made.ok());
        CHECK(readFailed(made.problems()));
        CHECK(made.firstError().contains(QStringLiteral("chamberctl backup restore")));
    }
}

TEST_CASE("scoring report JSON: the documented schema, and read back unchanged")
{
    Year year;
    const ScoringReport r = year.report();
    const QByteArray bytes = jsonBytes(r);
    CHECK(bytes.endsWith('\n'));
    const json j = json::parse(bytes.toStdString());
    CHECK(j["schema"] == "chamberdesk.scoring-report/1");
    CHECK(j["year"] == 2025);
    CHECK(j["county"]["code"] == "450126");
    CHECK(j["county"]["name"] == "宾阳县");
    CHECK(j["status"] == "draft");
    CHECK(j["issue_date"] == "2026-01-20");
    CHECK(j["settings"]["grade_thresholds"]["excellent"] == 30.0);
    CHECK(j["settings"]["grade_thresholds"]["pass"] == 10.0);
    CHECK(j["settings"]["award_requires_registered_year"] == false);
    CHECK(j["settings"]["deduction_floor"] == "category");
    CHECK(j["categories"][0]["cap"] == 15.0);
    CHECK(j["categories"][1]["cap"].is_null());
    CHECK(j["rules"][1]["points"] == -3.0);
    CHECK(j["rules"][0]["year_cap"] == 20.0);
    CHECK(j["rules"][0]["category"] == "服务会员");
    const json &a = j["chambers"][0];
    CHECK(a["name"] == "宾阳县宾州镇商会");
    CHECK(a["township"]["name"] == "宾州镇");
    CHECK(a["registered_since"] == "2016-09-01");
    CHECK(a["categories"][0]["earned"] == 20.0);
    CHECK(a["categories"][0]["earned_counted"] == 15.0);
    CHECK(a["categories"][0]["subtotal"] == 15.0);
    CHECK(a["rules"][0]["entries"] == 1);
    CHECK(a["rules"][0]["quantity"] == 4);
    CHECK(a["total"] == 35.0);
    CHECK(a["rank"] == 1);
    CHECK(a["grade"] == "excellent");
    CHECK(a["award_eligible"] == true);
    CHECK(j["chambers"][1]["categories"][1]["deducted"] == -3.0);
    CHECK(j["chambers"][1]["categories"][1]["subtotal"] == 0.0);
    const json &d = j["chambers"][3];
    CHECK(d["rank"].is_null());
    CHECK(d["grade"] == "vetoed");
    CHECK(d["vetoed"] == true);
    CHECK(d["total"] == 5.0);
    CHECK(d["vetoes"][0]["reason"] == "列入严重失信主体名单");
    CHECK(d["ineligible_reasons"] == json::array({"vetoed", "below_pass"}));  // 5.0 is below the pass mark 10.0 too
    CHECK(j["foot"]["total"] == 80.0);
    CHECK(j["foot"]["average"] == 20.0);
    CHECK(j["foot"]["categories"][0]["total"] == 40.0);
    CHECK(j["foot"]["grades"]["good"] == 2);
    CHECK(j["foot"]["award_eligible"] == 3);

    const auto back = scoringReportFromJson(j);
    REQUIRE(back.ok());
    CHECK(*back == r);
    CHECK(jsonBytes(*back) == bytes);
}

TEST_CASE("scoring report CSV: BOM, CRLF, neutralised formula cells, the foot")
{
    Year year;
    const QByteArray bytes = csvBytes(year.report());
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == 7);  // header, 4 chambers, sum, average
    CHECK(bytes.count('\n') == 7);    // no bare line feed
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines[0] == QStringLiteral("Number,Rank,Chamber,Township,服务会员,诚信守法,党建引领,Total,Grade,Veto,Award eligible,Notes"));
    CHECK(lines[1] == QStringLiteral("%1,1,宾阳县宾州镇商会,宾州镇,15.0,0.0,20.0,35.0,excellent,no,yes,").arg(year.ids.a));
    CHECK(lines[2] == QStringLiteral("%1,2,宾阳县黎塘镇商会,黎塘镇,10.0,0.0,10.0,20.0,good,no,yes,").arg(year.ids.b));
    // The chamber named like a formula is neutralised with an apostrophe; the veto is noted.
    CHECK(lines[4].startsWith(QStringLiteral("%1,,'=SUM(A1)新桥商会,新桥镇,5.0,0.0,0.0,5.0,vetoed,yes,no,").arg(year.ids.d)));
    CHECK(lines[4].contains(QStringLiteral("2025-09-01")));
    CHECK(lines[4].contains(QStringLiteral("列入严重失信主体名单")));
    CHECK(lines[5].startsWith(QStringLiteral(",,Sum,,40.0,0.0,40.0,80.0,,1,3,")));
    CHECK(lines[6] == QStringLiteral(",,Average,,10.00,0.00,10.00,20.00,,,,"));
}

TEST_CASE("scoring report XLSX read back by openpyxl: Chinese text, numbers as numbers, frozen header, the foot")
{
    Year year;
    const ScoringReport r = year.report();
    const QByteArray bytes = xlsxBytes(r);
    CHECK(xlsxBytes(r) == bytes);  // the same report gives the same bytes
    const json book = readBack(bytes);
    REQUIRE(book["sheets"].size() == 2);
    const json &scores = book["sheets"][0];
    CHECK(scores["title"] == "Scores");
    CHECK(book["sheets"][1]["title"] == "How points are earned");
    CHECK(scores["freeze"] == "C4");  // the title, subtitle and header rows, rank and chamber
    CHECK(scores["landscape"] == true);
    CHECK(cell(scores, "A1")["value"] == r.title.toStdString());
    CHECK(std::find(scores["merged"].begin(), scores["merged"].end(), "A1:K1") != scores["merged"].end());
    CHECK(QString::fromStdString(cell(scores, "A2")["value"]).contains(QStringLiteral("2026-01-20")));
    CHECK(cell(scores, "B3")["value"] == "Chamber");
    CHECK(cell(scores, "D3")["value"] == "服务会员\n≤ 15.0");
    CHECK(cell(scores, "A4")["value"] == 1);
    CHECK(cell(scores, "B4")["value"] == "宾阳县宾州镇商会");
    CHECK(cell(scores, "D4")["value"] == 15);
    CHECK(cell(scores, "G4")["value"] == 35);
    CHECK(cell(scores, "G4")["type"] != "str");
    CHECK(cell(scores, "G4")["format"] == "0.0");
    CHECK(cell(scores, "H4")["value"] == "excellent");
    // The formula-like name is text, never a formula.
    CHECK(cell(scores, "B7")["value"] == "=SUM(A1)新桥商会");
    CHECK(cell(scores, "B7")["type"] == "str");
    CHECK(cell(scores, "H7")["value"] == "vetoed");
    CHECK(cell(scores, "I7")["value"] == "yes");
    CHECK(cell(scores, "J7")["value"] == "no");
    CHECK(cell(scores, "B8")["value"] == "Sum");
    CHECK(cell(scores, "G8")["value"] == 80);
    // The totals row as in the CSV and the PDF: one vetoed, three eligible, the grade counts.
    CHECK(cell(scores, "I8")["value"] == 1);
    CHECK(cell(scores, "J8")["value"] == 3);
    CHECK(cell(scores, "K8")["value"] == "4 chamber(s): excellent 1, good 2, pass 0, fail 0, vetoed 1; eligible for awards: 3.");
    CHECK(cell(scores, "B9")["value"] == "Average");
    CHECK(cell(scores, "G9")["value"] == 20);
    CHECK(cell(scores, "G9")["format"] == "0.00");
    // Wide enough for eight Chinese characters (two width units each).
    CHECK(scores["widths"]["B"].get<double>() >= 16);
    const json &rules = book["sheets"][1];
    CHECK(cell(rules, "C2")["value"] == "为会员办实事");
    CHECK(cell(rules, "D3")["value"] == -3);
    CHECK(book["properties"]["created"] == "2026-01-20T00:00:00");
}

TEST_CASE("a published report is produced again identically, whatever changes afterwards")
{
    Year year;
    Database &db = *year.t.db;
    ScoringReports reports(db);
    REQUIRE(reports.publish(2025, kIssued).ok());
    const ScoringReport published = year.report();
    CHECK(published.published);
    CHECK(published.fingerprint == PointsService(db).currentPublication(2025).value()->sha256);
    const QByteArray json1 = jsonBytes(published), csv1 = csvBytes(published), xlsx1 = xlsxBytes(published);
    CHECK(json::parse(json1.toStdString())["status"] == "published");

    // Records outside the frozen points change: a chamber renamed, a new one founded in 2025.
    Chamber a = *ChamberService(db).get(year.ids.a);
    a.name = QStringLiteral("宾阳县宾州镇商会（更名）");
    REQUIRE(ChamberService(db).update(a).ok());
    Chamber late;
    late.townshipCode = QStringLiteral("450126103");
    late.name = QStringLiteral("宾阳县思陇镇商会");
    late.founded = QDate(2025, 3, 1);
    REQUIRE(ChamberService(db).add(late).ok());

    // Asked for another date of issue, the published one still holds.
    const auto again = ScoringReports(db).report(2025, QStringLiteral("450126"), QDate(2026, 6, 1));
    REQUIRE(again.ok());
    CHECK(jsonBytes(*again) == json1);
    CHECK(csvBytes(*again) == csv1);
    CHECK(xlsxBytes(*again) == xlsx1);

    // Reopened, the report is the live one again: the new name, the new chamber, a draft.
    REQUIRE(PointsService(db).reopen(2025, QStringLiteral("更正名称")).ok());
    const ScoringReport live = year.report();
    CHECK_FALSE(live.published);
    CHECK(live.rows.size() == 5);
    CHECK(live.rows[0].chamberName == QStringLiteral("宾阳县宾州镇商会（更名）"));
}

TEST_CASE("a published report is kept per county: each part checked against the header, the header against the fingerprint")
{
    Year year;
    Database &db = *year.t.db;
    const ScoringReport draft = year.report();
    REQUIRE(ScoringReports(db).publish(2025, kIssued, ReportLanguage::English).ok());
    const auto publication = PointsService(db).currentPublication(2025);
    const QList<QByteArray> lines = publication.value()->snapshot.split('\n');
    REQUIRE(lines.size() == 2);
    // The fingerprint is the header's SHA-256, and the header holds the part's.
    CHECK(publication.value()->sha256 == QString::fromLatin1(QCryptographicHash::hash(lines[0], QCryptographicHash::Sha256).toHex()));
    CHECK(json::parse(lines[0].toStdString())["parts"][0]["sha256"]
          == QCryptographicHash::hash(lines[1], QCryptographicHash::Sha256).toHex().toStdString());
    const auto published = ScoringReports(db).report(2025, QStringLiteral("450126"), std::nullopt);
    REQUIRE(published.ok());
    CHECK(published->rows == draft.rows);

    // Altered as someone with the sqlite3 shell would: the append-only trigger dropped first.
    REQUIRE(QSqlQuery(db.sql()).exec(QStringLiteral("DROP TRIGGER points_publication_no_update")));
    auto tamper = [&](const QByteArray &snapshot) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("UPDATE points_publication SET snapshot = ? WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(snapshot));
        q.addBindValue(publication.value()->id);
        REQUIRE(q.exec());
    };
    const QString altered = QStringLiteral("does not match its fingerprint");
    // A chamber's name changed in its county's part: the part no longer fits the header.
    tamper(lines[0] + '\n' + QByteArray(lines[1]).replace("宾州镇", "宾州街"));
    auto report = ScoringReports(db).report(2025, QStringLiteral("450126"), std::nullopt);
    REQUIRE_FALSE(report.ok());
    CHECK(report.firstError().contains(altered));
    // The header changed (its date of issue): it no longer fits the fingerprint.
    tamper(QByteArray(lines[0]).replace("2026-01-20", "2026-01-21") + '\n' + lines[1]);
    report = ScoringReports(db).report(2025, QStringLiteral("450126"), std::nullopt);
    REQUIRE_FALSE(report.ok());
    CHECK(report.firstError().contains(altered));
    // A part taken away.
    tamper(lines[0]);
    CHECK_FALSE(ScoringReports(db).report(2025, QStringLiteral("450126"), std::nullopt).ok());
}

TEST_CASE("a report published as one snapshot (before it was kept per county) is still read and checked")
{
    Year year;
    Database &db = *year.t.db;
    ScoringReport draft = year.report();
    draft.published = true;
    draft.settings.published = true;
    json snapshot;
    snapshot["schema"] = "chamberdesk.scoring-publication/1";
    snapshot["year"] = 2025;
    snapshot["issue_date"] = "2026-01-20";
    snapshot["language"] = "en";
    snapshot["reports"] = json::array({scoringReportToJson(draft)});
    const QByteArray text = QByteArray::fromStdString(snapshot.dump());
    REQUIRE(PointsService(db).publish(2025, kIssued, text).ok());
    // One line: the fingerprint is the SHA-256 of all of it, as it always was.
    CHECK(PointsService(db).currentPublication(2025).value()->sha256
          == QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));
    const auto published = ScoringReports(db).report(2025, QStringLiteral("450126"), std::nullopt);
    REQUIRE(published.ok());
    CHECK(published->published);
    CHECK(published->rows == draft.rows);
    CHECK(*ScoringReports(db).publishedLanguage(2025) == ReportLanguage::English);
}

TEST_CASE("a scoring report is Chinese unless asked otherwise, whatever the application's language")
{
    Year year;
    REQUIRE(QCoreApplication::translate("ScoringLabels", "Rank") == QStringLiteral("Rank"));  // English here
    const ScoringReport r = ScoringReports(*year.t.db).report(2025, {}, kIssued).value();
    CHECK(r.language == ReportLanguage::Chinese);
    CHECK(r.title == QStringLiteral("宾阳县2025年度乡镇（街道）商会“微积分”考评结果"));
    CHECK(json::parse(jsonBytes(r).toStdString())["language"] == "zh_CN");
    const QStringList lines = QString::fromUtf8(csvBytes(r).mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines[0] == QStringLiteral("编号,排名,商会,乡镇（街道）,服务会员,诚信守法,党建引领,总分,等次,一票否决,评优资格,说明"));
    CHECK(lines[1] == QStringLiteral("%1,1,宾阳县宾州镇商会,宾州镇,15.0,0.0,20.0,35.0,优秀,否,是,").arg(year.ids.a));
    CHECK(lines[5].startsWith(QStringLiteral(",,合计,,40.0,0.0,40.0,80.0,,1,3,共 4 个商会：优秀 1 个、良好 2 个")));
    const json book = readBack(xlsxBytes(r));
    CHECK(book["sheets"][0]["title"] == "评分结果");
    CHECK(cell(book["sheets"][0], "A3")["value"] == "排名");

    const ScoringReport english = year.report(ReportLanguage::English);
    CHECK(english.title == QStringLiteral("Micro-points scores of the township chambers of commerce of 宾阳县, 2025"));
    CHECK(json::parse(jsonBytes(english).toStdString())["language"] == "en");
    CHECK(*scoringReportFromJson(json::parse(jsonBytes(english).toStdString())) == english);
}

TEST_CASE("a published year keeps the language it was published in")
{
    Year year;
    ScoringReports reports(*year.t.db);
    REQUIRE(reports.publish(2025, kIssued, ReportLanguage::English).ok());
    // Asked in Chinese (the default), the published report is still the English one it froze.
    const ScoringReport published = reports.report(2025, {}, std::nullopt).value();
    CHECK(published.published);
    CHECK(published.language == ReportLanguage::English);
    CHECK(published.title == QStringLiteral("Micro-points scores of the township chambers of commerce of 宾阳县, 2025"));
    CHECK(QString::fromUtf8(csvBytes(published)).contains(QStringLiteral("Award eligible")));
    // Kept in parts: a header line with the language, then each county's report on a line of its own.
    const QList<QByteArray> lines = PointsService(*year.t.db).currentPublication(2025).value()->snapshot.split('\n');
    REQUIRE(lines.size() == 2);
    const json header = json::parse(lines[0].toStdString());
    CHECK(header["schema"] == "chamberdesk.scoring-publication/2");
    CHECK(header["language"] == "en");
    REQUIRE(header["parts"].size() == 1);
    CHECK(header["parts"][0]["county"] == "450126");
    CHECK(json::parse(lines[1].toStdString())["language"] == "en");

    // Reopened and published again without a language: Chinese.
    REQUIRE(PointsService(*year.t.db).reopen(2025, QStringLiteral("更正")).ok());
    REQUIRE(reports.publish(2025, kIssued).ok());
    const ScoringReport chinese = reports.report(2025, {}, std::nullopt, ReportLanguage::English).value();
    CHECK(chinese.language == ReportLanguage::Chinese);
    CHECK(chinese.title == QStringLiteral("宾阳县2025年度乡镇（街道）商会“微积分”考评结果"));
}

TEST_CASE("a report written before its language was recorded is read in the language of its title")
{
    Year year;
    json j = json::parse(jsonBytes(year.report(ReportLanguage::Chinese)).toStdString());
    j.erase("language");
    CHECK(scoringReportFromJson(j)->language == ReportLanguage::Chinese);
    j["title"] = "Micro-points scores of the township chambers of commerce of 宾阳县, 2025";
    CHECK(scoringReportFromJson(j)->language == ReportLanguage::English);
}

TEST_CASE("stats carry the points figures of the stats date's year")
{
    Year year;
    Database &db = *year.t.db;
    auto figures = [&](const QDate &asOf) {
        auto stats = StatsService(db).compute({}, std::nullopt, asOf);
        REQUIRE(stats.ok());
        return stats.value();
    };
    const Stats open = figures(QDate(2025, 12, 31));
    const UnitStats &total = open.total;
    CHECK(total.counts.value(QStringLiteral("points.year")) == 2025);
    CHECK(total.counts.value(QStringLiteral("points.published")) == 0);
    CHECK(total.counts.value(QStringLiteral("points.scored")) == 4);
    CHECK(total.values.value(QStringLiteral("points.average")) == 20.0);  // 80.0 / 4
    CHECK(total.counts.value(QStringLiteral("points.grades.excellent")) == 1);
    CHECK(total.counts.value(QStringLiteral("points.grades.good")) == 2);
    CHECK(total.counts.value(QStringLiteral("points.grades.fail")) == 0);
    CHECK(total.counts.value(QStringLiteral("points.vetoed")) == 1);
    CHECK(total.counts.value(QStringLiteral("points.award_eligible")) == 3);
    for (const auto &unit : open.units)
        if (unit.unit.name == QStringLiteral("宾州镇")) {
            CHECK(unit.counts.value(QStringLiteral("points.scored")) == 1);
            CHECK(unit.values.value(QStringLiteral("points.average")) == 35.0);
        }
    const json j = statsToJson(open);
    CHECK(j["points"]["grades"]["good"] == 2);
    CHECK(j["points"]["average"] == 20.0);

    REQUIRE(ScoringReports(db).publish(2025, kIssued).ok());
    const Stats published = figures(QDate(2025, 12, 31));
    CHECK(published.total.counts.value(QStringLiteral("points.published")) == 1);
    CHECK(published.total.counts.value(QStringLiteral("points.scored")) == 4);
    CHECK(published.total.values.value(QStringLiteral("points.average")) == 20.0);

    // A year not started: nothing scored and no average.
    const Stats before = figures(QDate(2024, 12, 31));
    CHECK(before.total.counts.value(QStringLiteral("points.scored")) == 0);
    CHECK_FALSE(before.total.values.contains(QStringLiteral("points.average")));
}

TEST_CASE("graded chambers never outnumber the chambers they are counted among")
{
    // Chamber A (宾州镇, 35.0, 优秀) is dissolved in mid-2025: the year's report keeps its row — it
    // existed in the year — but the figures as of the year end count the chambers existing then,
    // and so do their grades (the dashboard showed 1,115 graded against 1,111 chambers).
    Year year;
    Database &db = *year.t.db;
    auto found = ChamberService(db).get(year.ids.a);
    REQUIRE(found.ok());
    Chamber a = found.value();
    a.status = ChamberStatus::Dissolved;
    a.dissolved = QDate(2025, 6, 30);
    REQUIRE(ChamberService(db).update(a).ok());
    CHECK(year.report().rows.size() == 4);

    auto stats = StatsService(db).compute({}, std::nullopt, QDate(2025, 12, 31));
    REQUIRE(stats.ok());
    auto check = [](const UnitStats &unit) {
        qint64 graded = 0;
        for (auto g : Points::allGrades())
            graded += unit.counts.value(QStringLiteral("points.grades.") + Points::gradeKey(g));
        INFO(unit.unit.name.toStdString());
        CHECK(unit.counts.value(QStringLiteral("points.scored")) <= unit.chambers);
        CHECK(graded == unit.counts.value(QStringLiteral("points.scored")));
    };
    const UnitStats &total = stats->total;
    check(total);
    for (const auto &unit : stats->units)
        check(unit);
    // Hand-counted: B 20.0 良好, C 20.0 良好, D 5.0 否决 — A is gone.
    CHECK(total.counts.value(QStringLiteral("points.scored")) == 3);
    CHECK(total.counts.value(QStringLiteral("points.grades.excellent")) == 0);
    CHECK(total.counts.value(QStringLiteral("points.grades.good")) == 2);
    CHECK(total.counts.value(QStringLiteral("points.grades.vetoed")) == 1);
    CHECK(total.values.value(QStringLiteral("points.average")) == 15.0);  // 45.0 / 3

    // Published, the figures come from the report's rows — the same chambers are counted.
    REQUIRE(ScoringReports(db).publish(2025, kIssued).ok());
    auto published = StatsService(db).compute({}, std::nullopt, QDate(2025, 12, 31));
    REQUIRE(published.ok());
    check(published->total);
    CHECK(published->total.counts.value(QStringLiteral("points.scored")) == 3);
}
