// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberService.h"
#include "CountyFixture.h"
#include "DivisionService.h"
#include "Stats.h"
#include "StatsWriters.h"
#include "VerificationService.h"
#include "TestSupport.h"

#include <QBuffer>

using namespace chamber;

namespace {
const UnitStats &unitNamed(const Stats &stats, const QString &name)
{
    for (const auto &u : stats.units)
        if (u.unit.name == name)
            return u;
    FAIL("no unit " << name.toStdString());
    return stats.units.first();
}
} // namespace

TEST_CASE("an empty county: 16 townships, 1 excluded, no chambers")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const auto stats = StatsService(*t.db).compute();
    REQUIRE(stats.ok());
    CHECK(stats->total.townships == 16);
    CHECK(stats->total.excluded == 1);
    CHECK(stats->total.chambers == 0);
    CHECK(stats->total.coverage == Rate{0, 16});
    CHECK_FALSE(stats->total.registration.defined());
    CHECK(stats->unitLevel == DivisionLevel::Township);
    CHECK(stats->units.size() == 17);
}

TEST_CASE("hand-counted county figures as of three dates")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillCountyFixture(*t.db);
    StatsService service(*t.db);

    SECTION("2025-12-31: D dissolved, E dormant, G deregistered")
    {
        const auto s = service.compute({}, std::nullopt, QDate(2025, 12, 31));
        REQUIRE(s.ok());
        CHECK(s->total.chambers == 6);                     // A B C E F G
        CHECK(s->total.coverage == Rate{3, 16});           // 宾州 黎塘 甘棠
        CHECK(s->total.registration == Rate{2, 6});        // A C
        CHECK(s->total.coverage.percentText() == QStringLiteral("18.75%"));
        const auto &binzhou = unitNamed(*s, QStringLiteral("宾州镇"));
        CHECK(binzhou.chambers == 2);
        CHECK(binzhou.coverage == Rate{1, 1});
        CHECK(binzhou.registration == Rate{1, 2});
        const auto &farm = unitNamed(*s, QStringLiteral("廖平农场"));
        CHECK(farm.townships == 0);
        CHECK(farm.excluded == 1);
        CHECK(farm.chambers == 1);
        CHECK_FALSE(farm.coverage.defined());
        CHECK(unitNamed(*s, QStringLiteral("邹圩镇")).coverage == Rate{0, 1});  // dormant is not active
    }
    SECTION("2020-12-31: D still there, E not yet founded, G registered, C not yet")
    {
        const auto s = service.compute({}, std::nullopt, QDate(2020, 12, 31));
        REQUIRE(s.ok());
        CHECK(s->total.chambers == 6);                     // A B C D F G
        CHECK(s->total.coverage == Rate{4, 16});           // 宾州 黎塘 甘棠 新圩
        CHECK(s->total.registration == Rate{2, 6});        // A G
    }
    SECTION("2014-01-01: four chambers, none registered")
    {
        const auto s = service.compute({}, std::nullopt, QDate(2014, 1, 1));
        REQUIRE(s.ok());
        CHECK(s->total.chambers == 4);                     // A B C D
        CHECK(s->total.coverage == Rate{4, 16});
        CHECK(s->total.registration == Rate{0, 4});
    }
    SECTION("the setting brings the farm into coverage")
    {
        REQUIRE(DivisionService(*t.db).setIncludeOtherUnits(true).ok());
        const auto s = service.compute({}, std::nullopt, QDate(2025, 12, 31));
        REQUIRE(s.ok());
        CHECK(s->total.townships == 17);
        CHECK(s->total.excluded == 0);
        CHECK(s->total.coverage == Rate{4, 17});
    }
}

TEST_CASE("region scope: units are cities by default, counties or townships on request")
{
    test::TempDatabase t(QStringLiteral("45"));
    StatsService service(*t.db);
    const auto byCity = service.compute();
    REQUIRE(byCity.ok());
    CHECK(byCity->total.townships == 1253);
    CHECK(byCity->total.excluded == 31);
    CHECK(byCity->units.size() == 14);
    const auto byCounty = service.compute({}, DivisionLevel::County);
    REQUIRE(byCounty.ok());
    CHECK(byCounty->units.size() == 111);
    int sum = 0;
    for (const auto &u : byCounty->units)
        sum += u.townships + u.excluded;
    CHECK(sum == 1284);
    // A county inside the region's database.
    const auto county = service.compute(QStringLiteral("450126"));
    REQUIRE(county.ok());
    CHECK(county->total.townships == 16);
}

TEST_CASE("stats JSON carries numerator, denominator and rate everywhere")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillCountyFixture(*t.db);
    const auto s = StatsService(*t.db).compute({}, std::nullopt, QDate(2025, 12, 31));
    REQUIRE(s.ok());
    const auto j = statsToJson(*s);
    CHECK(j["schema"] == "chamberdesk.stats/1");
    CHECK(j["as_of"] == "2025-12-31");
    CHECK(j["scope"]["code"] == "450126");
    CHECK(j["scope"]["level"] == "county");
    CHECK(j["townships"]["total"] == 16);
    CHECK(j["townships"]["excluded"] == 1);
    CHECK(j["chambers"] == 6);
    CHECK(j["coverage"]["numerator"] == 3);
    CHECK(j["coverage"]["denominator"] == 16);
    CHECK(j["coverage"]["rate"] == 0.1875);
    CHECK(j["coverage"]["percent"] == "18.75");
    CHECK(j["registration"]["percent"] == "33.33");
    CHECK(j["units_level"] == "township");
    REQUIRE(j["units"].size() == 17);
    CHECK(j["units"][0]["code"] == "450126100");
    CHECK(j["units"][0]["registration"]["numerator"] == 1);
    CHECK(j["units"][16]["registration"]["rate"].is_null() == false);
}

TEST_CASE("stats CSV opens right in Excel: BOM, CRLF, a row per unit")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillCountyFixture(*t.db);
    const auto s = StatsService(*t.db).compute({}, std::nullopt, QDate(2025, 12, 31));
    REQUIRE(s.ok());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeStatsCsv(*s, buffer));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + 1 + 17);
    CHECK(lines[1].startsWith(QStringLiteral("450126,宾阳县,county,16,1,6,3,16,18.75,2,6,33.33")));
}

TEST_CASE("open verification items are counted for every unit that holds the chamber, at each level")
{
    // Hand-counted: two items open on a chamber of 宾阳县宾州镇 (南宁市), one open and one settled on
    // a chamber of 来宾市's first township. Each unit counts only its own chambers' open items.
    test::TempDatabase t(QStringLiteral("45"));
    DivisionService divisions(*t.db);
    QString laibin;
    for (const auto &county : test::valueOf(divisions.children(QStringLiteral("4513")))) {
        const auto townships = *divisions.children(county.code);
        if (!townships.isEmpty()) {
            laibin = townships.first().code;
            break;
        }
    }
    REQUIRE(laibin.size() == 9);
    const auto add = [&](const QString &township, const QString &name) {
        Chamber c;
        c.townshipCode = township;
        c.name = name;
        c.founded = QDate(2015, 3, 1);
        const auto id = ChamberService(*t.db).add(c);
        REQUIRE(id.ok());
        return id.value();
    };
    const qint64 binzhou = add(QStringLiteral("450126100"), QStringLiteral("宾阳县宾州镇商会"));
    const qint64 other = add(laibin, QStringLiteral("来宾市某镇商会"));
    VerificationService items(*t.db);
    const auto item = [&](qint64 chamber, const QString &field) {
        VerificationItem i;
        i.chamberId = chamber;
        i.field = field;
        i.value = QStringLiteral("x");
        i.reason = QStringLiteral("test");
        const auto id = items.add(i);
        REQUIRE(id.ok());
        return id.value();
    };
    item(binzhou, QStringLiteral("credit_code"));
    item(binzhou, QStringLiteral("founded"));
    item(other, QStringLiteral("credit_code"));
    const qint64 settled = item(other, QStringLiteral("founded"));
    REQUIRE(items.resolve(settled, VerificationItem::Resolution::Dismissed, QStringLiteral("checked")).ok());

    const auto open = [](const UnitStats &u) { return u.counts.value(QStringLiteral("verification.open")); };
    StatsService service(*t.db);
    const auto byCity = service.compute();
    REQUIRE(byCity.ok());
    CHECK(open(unitNamed(*byCity, QStringLiteral("南宁市"))) == 2);
    CHECK(open(unitNamed(*byCity, QStringLiteral("来宾市"))) == 1);
    CHECK(open(unitNamed(*byCity, QStringLiteral("柳州市"))) == 0);
    const auto byCounty = service.compute({}, DivisionLevel::County);
    REQUIRE(byCounty.ok());
    CHECK(open(unitNamed(*byCounty, QStringLiteral("宾阳县"))) == 2);
    CHECK(open(unitNamed(*byCounty, QStringLiteral("横州市"))) == 0);
    const auto county = service.compute(QStringLiteral("450126"));
    REQUIRE(county.ok());
    CHECK(open(unitNamed(*county, QStringLiteral("宾州镇"))) == 2);
    CHECK(open(unitNamed(*county, QStringLiteral("黎塘镇"))) == 0);
}
