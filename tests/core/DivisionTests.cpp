// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionCatalog.h"
#include "TestSupport.h"

using namespace chamber;

TEST_CASE("township kind comes from code digits 7-9")
{
    CHECK(Divisions::townshipKind(QStringLiteral("110101001")) == TownshipKind::Subdistrict);
    CHECK(Divisions::townshipKind(QStringLiteral("110101099")) == TownshipKind::Subdistrict);
    CHECK(Divisions::townshipKind(QStringLiteral("450126100")) == TownshipKind::Town);
    CHECK(Divisions::townshipKind(QStringLiteral("450126199")) == TownshipKind::Town);
    CHECK(Divisions::townshipKind(QStringLiteral("450126200")) == TownshipKind::Township);
    CHECK(Divisions::townshipKind(QStringLiteral("450126399")) == TownshipKind::Township);
    CHECK(Divisions::townshipKind(QStringLiteral("450126400")) == TownshipKind::OtherUnit);
    CHECK(Divisions::townshipKind(QStringLiteral("450126451")) == TownshipKind::OtherUnit);
    CHECK(Divisions::townshipKind(QStringLiteral("450126599")) == TownshipKind::OtherUnit);
    CHECK(Divisions::townshipKind(QStringLiteral("450126600")) == TownshipKind::Unknown);
    CHECK(Divisions::townshipKind(QStringLiteral("350527000")) == TownshipKind::Unknown);
    CHECK(Divisions::isProperTownship(TownshipKind::Town));
    CHECK_FALSE(Divisions::isProperTownship(TownshipKind::OtherUnit));
}

TEST_CASE("the bundled catalogue has the counts of domain.md")
{
    const auto &catalog = DivisionCatalog::bundled();
    CHECK(catalog.all(DivisionLevel::Province).size() == 31);
    CHECK(catalog.all(DivisionLevel::City).size() == 342);
    CHECK(catalog.all(DivisionLevel::County).size() == 2978);
    CHECK(catalog.all(DivisionLevel::Township).size() == 41352);

    int cities = 0, counties = 0, subdistricts = 0, towns = 0, townships = 0, other = 0;
    for (const auto &d : catalog.descendants(QStringLiteral("45"))) {
        if (d.level == DivisionLevel::City)
            ++cities;
        else if (d.level == DivisionLevel::County)
            ++counties;
        else {
            switch (Divisions::townshipKind(d.code)) {
            case TownshipKind::Subdistrict: ++subdistricts; break;
            case TownshipKind::Town: ++towns; break;
            case TownshipKind::Township: ++townships; break;
            default: ++other;
            }
        }
    }
    CHECK(cities == 14);
    CHECK(counties == 111);
    CHECK(subdistricts == 135);
    CHECK(towns == 806);
    CHECK(townships == 312);
    CHECK(other == 31);
}

TEST_CASE("look-ups by code and by name")
{
    const auto &catalog = DivisionCatalog::bundled();
    CHECK(catalog.byCode(QStringLiteral("450126"))->name == QStringLiteral("宾阳县"));
    CHECK(catalog.resolve(QStringLiteral("宾阳县"))->code == QStringLiteral("450126"));
    CHECK(catalog.resolve(QStringLiteral("南宁市宾阳县"))->code == QStringLiteral("450126"));
    CHECK(catalog.resolve(QStringLiteral("广西壮族自治区/南宁市/宾阳县"))->code == QStringLiteral("450126"));
    CHECK(catalog.children(QStringLiteral("450126")).size() == 17);
    CHECK(catalog.pathName(QStringLiteral("450126101")) == QStringLiteral("广西壮族自治区 南宁市 宾阳县 黎塘镇"));

    // 朝阳区 is a district of both Beijing and Changchun: refused with both candidates.
    const auto ambiguous = catalog.resolve(QStringLiteral("朝阳区"));
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.firstError().contains(QStringLiteral("110105")));
    CHECK(ambiguous.firstError().contains(QStringLiteral("220104")));
    CHECK(catalog.resolve(QStringLiteral("北京市朝阳区"))->code == QStringLiteral("110105"));
    CHECK_FALSE(catalog.resolve(QStringLiteral("999999")).ok());
    CHECK_FALSE(catalog.resolve(QStringLiteral("不存在县")).ok());
}
