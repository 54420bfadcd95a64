// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's tiles, gap lists and exports, against the hand-counted county of
// DashboardFixture.h (expected values are counted from the fixture's dates, not from a run).
#include "ChamberService.h"
#include "DashboardFixture.h"
#include "DashboardService.h"
#include "PointsService.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QSqlQuery>

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace chamber;

namespace {
const DashboardTile &tile(const DashboardData &data, const char *key)
{
    for (const auto &t : data.tiles)
        if (t.key == QLatin1String(key))
            return t;
    FAIL("no tile " << key);
    return data.tiles.first();
}

bool hasTile(const DashboardData &data, const QString &key)
{
    return std::any_of(data.tiles.cbegin(), data.tiles.cend(), [&](const DashboardTile &t) { return t.key == key; });
}

QStringList names(const QList<ChamberRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out.append(r.chamber.name);
    return out;
}

QStringList townshipNames(const QList<TownshipInfo> &townships)
{
    QStringList out;
    for (const auto &t : townships)
        out.append(t.division.name);
    return out;
}

qint64 statusCount(const DashboardData &data, const char *status)
{
    return data.stats.total.counts.value(QStringLiteral("registration_status.") + QLatin1String(status), -1);
}

const QString kBinzhou = QStringLiteral("宾阳县宾州镇商会");
const QString kLitang = QStringLiteral("宾阳县黎塘镇商会");
const QString kXinxu = QStringLiteral("宾阳县新圩镇商会");
const QString kGantang = QStringLiteral("宾阳县甘棠镇商会");
const QString kZouxu = QStringLiteral("宾阳县邹圩镇商会");
const QString kFarm = QStringLiteral("廖平农场商会");
const QString kBinzhouSecond = QStringLiteral("宾阳县宾州镇个体私营企业商会");

QStringList overdue(const Gaps &gaps)
{
    QStringList out;
    for (const auto &c : gaps.casesOpenPastLimit)
        out.append(QStringLiteral("%1 %2 %3").arg(c.chamberName, c.mediationCase.number).arg(c.daysOpen));
    return out;
}
} // namespace

TEST_CASE("dashboard figures of the hand-counted county as of three dates")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillDashboardFixture(*t.db);
    DashboardService service(*t.db);

    SECTION("2025-12-31 against 2024-12-31: nothing changed in the year")
    {
        const auto d = service.load({}, QDate(2025, 12, 31));
        REQUIRE(d.ok());
        CHECK(d->yearEarlier.asOf == QDate(2024, 12, 31));
        const auto &coverage = tile(*d, "coverage");
        CHECK(coverage.now.rate == Rate{3, 16});  // 宾州 黎塘 甘棠
        CHECK(coverage.yearEarlier->rate == Rate{3, 16});
        CHECK(coverage.valueText() == QStringLiteral("18.75%"));
        CHECK(coverage.baseText() == QStringLiteral("3/16"));
        CHECK(coverage.changeText() == QStringLiteral("±0.00 pp"));
        CHECK(tile(*d, "registration").now.rate == Rate{2, 6});  // A C of A B C E F G
        CHECK(tile(*d, "chambers").now.count == 6);
        CHECK(tile(*d, "chambers").changeText() == QStringLiteral("±0"));
        // A, C registered; B applied; E, F never; G deregistered.
        CHECK(statusCount(*d, "registered") == 2);
        CHECK(statusCount(*d, "applied") == 1);
        CHECK(statusCount(*d, "preparing") == 0);
        CHECK(statusCount(*d, "not_registered") == 2);
        CHECK(statusCount(*d, "deregistered") == 1);
        CHECK(names(d->gaps.readyToRegister) == QStringList{kLitang});
        CHECK(d->gaps.readyToRegister.first().registration == RegistrationStatus::Applied);
        // 16 townships less 宾州 黎塘 甘棠; 新圩 is gone, 邹圩's chamber dormant; the farm never counts.
        const QStringList missing = townshipNames(d->gaps.townshipsWithoutChamber);
        CHECK(missing.size() == 13);
        CHECK(missing.contains(QStringLiteral("新圩镇")));
        CHECK(missing.contains(QStringLiteral("邹圩镇")));
        CHECK_FALSE(missing.contains(QStringLiteral("宾州镇")));
        CHECK_FALSE(missing.contains(QStringLiteral("廖平农场")));
        CHECK(names(d->gaps.withoutParty) == QStringList{kBinzhouSecond, kLitang, kZouxu, kFarm});
        CHECK(overdue(d->gaps) == QStringList{kBinzhou + QStringLiteral(" 2025-001 121")});
        CHECK(d->gaps.casesOpenPastLimit.first().status == CaseStatus::Mediating);
    }
    SECTION("2021-12-31 against 2020-12-31: C registered in December")
    {
        const auto d = service.load({}, QDate(2021, 12, 31));
        REQUIRE(d.ok());
        const auto &registration = tile(*d, "registration");
        CHECK(registration.now.rate == Rate{3, 6});           // A C G of A B C D F G
        CHECK(registration.yearEarlier->rate == Rate{2, 6});  // A G
        CHECK(registration.changeText() == QStringLiteral("+16.67 pp"));  // 50.00% − 33.33%
        CHECK(tile(*d, "coverage").now.rate == Rate{4, 16});  // 宾州 黎塘 甘棠 新圩
        CHECK(tile(*d, "chambers").now.count == 6);
        CHECK(statusCount(*d, "registered") == 3);
        CHECK(statusCount(*d, "preparing") == 1);  // B
        CHECK(statusCount(*d, "not_registered") == 2);  // D F
        CHECK(statusCount(*d, "deregistered") == 0);
        CHECK(names(d->gaps.readyToRegister) == QStringList{kLitang, kXinxu});
        CHECK(d->gaps.townshipsWithoutChamber.size() == 12);
        CHECK(names(d->gaps.withoutParty) == QStringList{kBinzhouSecond, kLitang, kGantang, kFarm});
        CHECK(overdue(d->gaps) == QStringList{kGantang + QStringLiteral(" 2021-001 91")});
    }
    SECTION("2014-01-01 against 2013-01-01: C founded on 25 December 2013")
    {
        const auto d = service.load({}, QDate(2014, 1, 1));
        REQUIRE(d.ok());
        const auto &chambers = tile(*d, "chambers");
        CHECK(chambers.now.count == 4);          // A B C D
        CHECK(chambers.yearEarlier->count == 3);  // A B D
        CHECK(chambers.changeText() == QStringLiteral("+1"));
        CHECK(tile(*d, "coverage").changeText() == QStringLiteral("+6.25 pp"));  // 4/16 against 3/16
        CHECK(tile(*d, "registration").now.rate == Rate{0, 4});
        CHECK(statusCount(*d, "not_registered") == 4);  // A B C D: B prepares only from 2015-03-01
        CHECK(statusCount(*d, "preparing") == 0);
        CHECK(names(d->gaps.readyToRegister) == QStringList{kBinzhou, kLitang, kXinxu});
        CHECK(d->gaps.townshipsWithoutChamber.size() == 12);
        CHECK(names(d->gaps.withoutParty) == QStringList{kBinzhou, kLitang, kGantang});
        CHECK(d->gaps.casesOpenPastLimit.isEmpty());
    }
}

TEST_CASE("gap list of townships is the complement of the coverage numerator")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillDashboardFixture(*t.db);
    for (const QDate date : {QDate(2014, 1, 1), QDate(2021, 12, 31), QDate(2025, 12, 31)}) {
        const auto d = DashboardService(*t.db).load({}, date);
        REQUIRE(d.ok());
        CHECK(d->gaps.townshipsWithoutChamber.size() == d->stats.total.coverage.denominator - d->stats.total.coverage.numerator);
        qint64 statuses = 0;
        for (auto it = d->stats.total.counts.cbegin(); it != d->stats.total.counts.cend(); ++it)
            if (it.key().startsWith(QStringLiteral("registration_status.")))
                statuses += it.value();
        CHECK(statuses == d->stats.total.chambers);
    }
}

TEST_CASE("tiles of areas this build has no figures for are absent, not zero")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillDashboardFixture(*t.db);
    const auto d = DashboardService(*t.db).load({}, QDate(2025, 12, 31));
    REQUIRE(d.ok());
    for (const auto &key : DashboardFigures::knownKeys()) {
        const bool given = key == QStringLiteral("coverage") || key == QStringLiteral("registration")
                           || key == QStringLiteral("chambers") || d->stats.total.counts.contains(key)
                           || d->stats.total.rates.contains(key) || d->stats.total.values.contains(key)
                           || std::any_of(d->stats.total.counts.keyBegin(), d->stats.total.counts.keyEnd(),
                                          [&](const QString &k) { return k.startsWith(key.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.')); });
        INFO(key.toStdString());
        CHECK(hasTile(*d, key) == given);
    }
}

TEST_CASE("drill-down: a township's dashboard and the breadcrumb back up")
{
    test::TempDatabase t(QStringLiteral("45"));
    test::fillDashboardFixture(*t.db);
    DashboardService service(*t.db);
    const auto region = service.load({}, QDate(2025, 12, 31));
    REQUIRE(region.ok());
    CHECK(region->path.size() == 1);
    CHECK(region->stats.units.size() == 14);  // cities
    const auto township = service.load(QStringLiteral("450126100"), QDate(2025, 12, 31));
    REQUIRE(township.ok());
    REQUIRE(township->path.size() == 4);
    CHECK(township->path[1].name == QStringLiteral("南宁市"));
    CHECK(township->path[2].name == QStringLiteral("宾阳县"));
    CHECK(township->path[3].name == QStringLiteral("宾州镇"));
    CHECK(township->stats.units.isEmpty());
    CHECK(tile(*township, "registration").now.rate == Rate{1, 2});  // A registered, G deregistered
    CHECK(names(township->gaps.readyToRegister).isEmpty());
    // A unit's tiles from the county's data equal the township's own dashboard.
    const auto county = service.load(QStringLiteral("450126"), QDate(2025, 12, 31));
    REQUIRE(county.ok());
    const auto unit = DashboardService::unitTiles(*county, QStringLiteral("450126100"));
    REQUIRE(unit.size() == township->tiles.size());
    for (qsizetype i = 0; i < unit.size(); ++i) {
        CHECK(unit[i].key == township->tiles[i].key);
        CHECK(unit[i].valueText() == township->tiles[i].valueText());
        CHECK(unit[i].changeText() == township->tiles[i].changeText());
    }
}

TEST_CASE("the dashboard exports the stats contract")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillDashboardFixture(*t.db);
    const auto d = DashboardService(*t.db).load({}, QDate(2021, 12, 31));
    REQUIRE(d.ok());
    QByteArray json;
    QBuffer jsonBuffer(&json);
    jsonBuffer.open(QIODevice::WriteOnly);
    REQUIRE(DashboardService::writeJson(*d, jsonBuffer));
    const auto j = nlohmann::json::parse(json.toStdString());
    CHECK(j["schema"] == "chamberdesk.stats/1");
    CHECK(j["as_of"] == "2021-12-31");
    CHECK(j["registration"]["numerator"] == 3);
    CHECK(j["registration_status"]["preparing"] == 1);
    QByteArray csv;
    QBuffer csvBuffer(&csv);
    csvBuffer.open(QIODevice::WriteOnly);
    REQUIRE(DashboardService::writeCsv(*d, csvBuffer));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("registration_status.registered"));
}

namespace {
// A started year with one rule and one entry of the first chamber, approved or left a draft.
void yearWithEntry(Database &db, int year, bool approved)
{
    PointsService points(db);
    REQUIRE(points.startYear(year).ok());
    PointsRule rule;
    rule.year = year;
    rule.categoryId = points.categories()->first().id;
    rule.description = QStringLiteral("为会员解决融资难题，每件");
    rule.pointsTenths = 50;
    const auto ruleId = points.addRule(rule);
    REQUIRE(ruleId.ok());
    PointsEntry entry;
    entry.chamberId = ChamberService(db).all()->first().id;
    entry.ruleId = ruleId.value();
    entry.date = QDate(year, 2, 1);
    const auto entryId = points.addEntry(entry);
    INFO(test::describe(entryId.problems()).toStdString());
    REQUIRE(entryId.ok());
    if (approved) {
        REQUIRE(points.submitEntry(entryId.value()).ok());
        REQUIRE(points.approveEntry(entryId.value()).ok());
    }
}
} // namespace

TEST_CASE("the dashboard opens at the end of the last year while a new year has no score yet, early in the year")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillDashboardFixture(*t.db);
    const DashboardService service(*t.db);
    // No points at all: today, whatever the month.
    CHECK(service.defaultAsOf(QDate(2025, 1, 5))->date == QDate(2025, 1, 5));
    CHECK(service.defaultAsOf(QDate(2025, 1, 5))->reason.isEmpty());

    yearWithEntry(*t.db, 2024, true);
    // January to March of 2025 with 2024 scored and 2025 not: the end of 2024, and why.
    for (const QDate today : {QDate(2025, 1, 1), QDate(2025, 2, 14), QDate(2025, 3, 31)}) {
        const DefaultAsOf start = service.defaultAsOf(today).value();
        CHECK(start.date == QDate(2024, 12, 31));
        CHECK(start.reason.contains(QStringLiteral("2024")));
        CHECK(start.reason.contains(QStringLiteral("2025")));
    }
    // From April, today (coverage and the rest are then well into the year).
    CHECK(service.defaultAsOf(QDate(2025, 4, 1))->date == QDate(2025, 4, 1));
    // The average is what the default is for: at the end of 2024 it is there.
    const auto atDefault = service.load({}, QDate(2024, 12, 31));
    REQUIRE(atDefault.ok());
    CHECK(tile(*atDefault, "points.average").now.value.has_value());

    // A draft of 2025 is no score yet; an approved entry is.
    yearWithEntry(*t.db, 2025, false);
    CHECK(service.defaultAsOf(QDate(2025, 2, 14))->date == QDate(2024, 12, 31));
    PointsService points(*t.db);
    const auto drafts = points.entryRows(PointsEntryQuery::ofYear(2025));
    REQUIRE(drafts->size() == 1);
    REQUIRE(points.submitEntry(drafts->first().entry.id).ok());
    REQUIRE(points.approveEntry(drafts->first().entry.id).ok());
    CHECK(service.defaultAsOf(QDate(2025, 2, 14))->date == QDate(2025, 2, 14));
    CHECK(service.defaultAsOf(QDate(2025, 2, 14))->reason.isEmpty());
}

TEST_CASE("issue 15: the dashboard's opening date is a read error when the points cannot be read, not today")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillDashboardFixture(*t.db);
    yearWithEntry(*t.db, 2024, true);
    const DashboardService service(*t.db);
    REQUIRE(service.defaultAsOf(QDate(2025, 2, 14)).ok());
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE points_year RENAME TO points_year_damaged")));
    const auto start = service.defaultAsOf(QDate(2025, 2, 14));
    REQUIRE_FALSE(start.ok());
    CHECK(readFailed(start.problems()));
    CHECK(start.firstError().contains(QStringLiteral("chamberctl backup restore")));
    // From April no read decides the date: today, as before.
    REQUIRE(service.defaultAsOf(QDate(2025, 4, 1)).ok());
    CHECK(service.defaultAsOf(QDate(2025, 4, 1))->date == QDate(2025, 4, 1));
}

TEST_CASE("a figure counted as the file stands now is not compared with a year earlier")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillDashboardFixture(*t.db);
    const auto d = DashboardService(*t.db).load({}, QDate(2025, 12, 31));
    REQUIRE(d.ok());
    const auto &open = tile(*d, "verification.open");
    CHECK(open.asItStandsNow);
    CHECK_FALSE(open.yearEarlier.has_value());
    CHECK(open.changeText() == QStringLiteral("—"));
    // The others keep their comparison.
    CHECK(tile(*d, "chambers").yearEarlier.has_value());
    CHECK_FALSE(tile(*d, "chambers").asItStandsNow);
}
