// SPDX-License-Identifier: GPL-3.0-or-later
// The records figures of the hand-counted county (RecordsFixture.h), as of four dates. Every
// expected value below was counted by hand from the fixture's list, as the comments show.
#include "RecordsFixture.h"
#include "RecordsStatsContributor.h"
#include "Stats.h"
#include "StatsWriters.h"
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

struct Figures
{
    test::TempDatabase t{QStringLiteral("450126")};
    Figures() { test::fillRecordsFixture(*t.db); }
    Stats on(QDate date)
    {
        auto s = StatsService(*t.db).compute({}, std::nullopt, date);
        REQUIRE(s.ok());
        return s.value();
    }
};
} // namespace

TEST_CASE("median of whole numbers")
{
    CHECK_FALSE(median({}).has_value());
    CHECK(median({7}) == 7.0);
    CHECK(median({51, 20, 30}) == 30.0);
    CHECK(median({30, 20}) == 25.0);
}

TEST_CASE("records figures on 2025-12-31: A B C E F G exist, D dissolved")
{
    Figures f;
    const Stats s = f.on(QDate(2025, 12, 31));
    const UnitStats &u = s.total;
    CHECK(u.chambers == 6);
    CHECK(u.rates.value(QStringLiteral("party.coverage")) == Rate{3, 6});       // A B F; D is gone
    CHECK(u.counts.value(QStringLiteral("party.organizations")) == 3);
    CHECK(u.counts.value(QStringLiteral("party.star_rated")) == 2);              // A (2022), F (2024)
    CHECK(u.counts.value(QStringLiteral("party.instructors")) == 3);             // 黄立新, 甘家兴, 黄春梅
    CHECK(u.counts.value(QStringLiteral("honours.regional_four_good")) == 2);    // A (twice: one chamber), C
    CHECK(u.counts.value(QStringLiteral("honours.national_four_good")) == 1);    // A
    CHECK(u.counts.value(QStringLiteral("honours.integrity_pioneer")) == 1);     // B
    // The honour and the rating are one figure: A (rated 2022) and F (rated 2024, honoured 2024).
    CHECK(u.counts.value(QStringLiteral("honours.star_party_organization")) == 2);
    CHECK(u.counts.value(QStringLiteral("mediation.committees")) == 3);          // A B C
    // Per chamber and year, the larger of list and tally:
    // A 2023: 1; A 2024: 2 listed > tally 1; A 2025: 1; B 2025: tally 13; C 2022: 1; C 2025: tally 5 > 1
    CHECK(u.counts.value(QStringLiteral("mediation.cases")) == 23);
    // A 2023 a1; B 2025 tally 10; C 2022 c2
    CHECK(u.counts.value(QStringLiteral("mediation.settled")) == 12);
    // listed cases closed: a1 settled, a2 failed, a4 referred, c2 settled
    CHECK(u.rates.value(QStringLiteral("mediation.success_rate")) == Rate{2, 4});
    CHECK(u.counts.value(QStringLiteral("mediation.amount_disputed_fen")) == 940000);  // 1000+2500+5000+300+600 yuan
    CHECK(u.counts.value(QStringLiteral("mediation.amount_agreed_fen")) == 140000);    // a1 800 + c2 600; a4's was cleared
    // days to close: a1 20, a2 30, c2 30, a4 51 (2024-01-10 → 2024-03-01) → (30 + 30) / 2
    CHECK(u.values.value(QStringLiteral("mediation.median_days_to_close")) == 30.0);
    CHECK(u.counts.value(QStringLiteral("needs.raised")) == 4);                  // n1–n4; n5 is D's
    CHECK(u.counts.value(QStringLiteral("needs.open")) == 2);                    // n1 open, n2 in progress
    CHECK(u.counts.value(QStringLiteral("needs.in_progress")) == 1);
    CHECK(u.counts.value(QStringLiteral("needs.resolved")) == 2);                // n3, n4

    const UnitStats &binzhou = unitNamed(s, QStringLiteral("宾州镇"));  // A and G
    CHECK(binzhou.rates.value(QStringLiteral("party.coverage")) == Rate{1, 2});
    CHECK(binzhou.counts.value(QStringLiteral("mediation.cases")) == 4);          // 1 + 2 + 1
    CHECK(binzhou.rates.value(QStringLiteral("mediation.success_rate")) == Rate{1, 3});
    CHECK(binzhou.values.value(QStringLiteral("mediation.median_days_to_close")) == 30.0);  // 20, 30, 51
    const UnitStats &lidang = unitNamed(s, QStringLiteral("黎塘镇"));
    CHECK(lidang.counts.value(QStringLiteral("mediation.cases")) == 13);
    CHECK_FALSE(lidang.rates.value(QStringLiteral("mediation.success_rate")).defined());  // a tally has no closed cases
    CHECK_FALSE(lidang.values.contains(QStringLiteral("mediation.median_days_to_close")));
    const UnitStats &sixu = unitNamed(s, QStringLiteral("思陇镇"));  // no chamber: zeros, every key present
    CHECK(sixu.counts.value(QStringLiteral("honours.integrity_pioneer"), -1) == 0);
    CHECK(sixu.counts.value(QStringLiteral("needs.open"), -1) == 0);
}

TEST_CASE("records figures on 2024-01-25: a4 settled five days ago, C's committee not yet founded")
{
    Figures f;
    const UnitStats u = f.on(QDate(2024, 1, 25)).total;
    CHECK(u.chambers == 6);  // A B C E F G
    CHECK(u.rates.value(QStringLiteral("party.coverage")) == Rate{3, 6});
    // A; F is rated only from 2024-06-01, but its 星级党组织 honour of 2024 counts from the year's start.
    CHECK(u.counts.value(QStringLiteral("party.star_rated")) == 2);
    CHECK(u.counts.value(QStringLiteral("party.instructors")) == 3);
    CHECK(u.counts.value(QStringLiteral("honours.regional_four_good")) == 2);    // C's 2024 counts from the year's start
    CHECK(u.counts.value(QStringLiteral("honours.star_party_organization")) == 2);  // the same figure
    CHECK(u.counts.value(QStringLiteral("mediation.committees")) == 2);          // A B
    // a1 (2023), a4 (2024, with A's 2024 tally of 1 no larger), c2 (2022)
    CHECK(u.counts.value(QStringLiteral("mediation.cases")) == 3);
    CHECK(u.counts.value(QStringLiteral("mediation.settled")) == 3);
    CHECK(u.rates.value(QStringLiteral("mediation.success_rate")) == Rate{3, 3});
    CHECK(u.counts.value(QStringLiteral("mediation.amount_disputed_fen")) == 660000);
    CHECK(u.counts.value(QStringLiteral("mediation.amount_agreed_fen")) == 140000);  // a4's agreement was later cleared
    CHECK(u.values.value(QStringLiteral("mediation.median_days_to_close")) == 20.0);  // 10, 20, 30
    CHECK(u.counts.value(QStringLiteral("needs.raised")) == 0);
}

TEST_CASE("records figures on 2024-02-15: a4 reopened, so mediating again")
{
    Figures f;
    const UnitStats u = f.on(QDate(2024, 2, 15)).total;
    CHECK(u.counts.value(QStringLiteral("mediation.settled")) == 2);  // a1, c2
    CHECK(u.rates.value(QStringLiteral("mediation.success_rate")) == Rate{2, 2});
    CHECK(u.values.value(QStringLiteral("mediation.median_days_to_close")) == 25.0);  // 20, 30
}

TEST_CASE("records figures on 2021-12-31: D still exists with its Party branch, case and need")
{
    Figures f;
    const UnitStats u = f.on(QDate(2021, 12, 31)).total;
    CHECK(u.chambers == 6);                                                      // A B C D F G
    CHECK(u.rates.value(QStringLiteral("party.coverage")) == Rate{4, 6});       // A B D F
    CHECK(u.counts.value(QStringLiteral("party.star_rated")) == 1);              // D (date unknown)
    CHECK(u.counts.value(QStringLiteral("party.instructors")) == 2);             // 黄立新, 甘家兴
    CHECK(u.counts.value(QStringLiteral("honours.regional_four_good")) == 1);    // A 2019
    CHECK(u.counts.value(QStringLiteral("honours.national_four_good")) == 0);
    CHECK(u.counts.value(QStringLiteral("mediation.committees")) == 3);          // A B D
    CHECK(u.counts.value(QStringLiteral("mediation.cases")) == 1);               // d1
    CHECK(u.rates.value(QStringLiteral("mediation.success_rate")) == Rate{1, 1});
    CHECK(u.values.value(QStringLiteral("mediation.median_days_to_close")) == 10.0);
    CHECK(u.counts.value(QStringLiteral("needs.open")) == 1);                    // n5
}

TEST_CASE("records figures in the JSON contract and CSV")
{
    Figures f;
    const auto j = statsToJson(f.on(QDate(2025, 12, 31)));
    CHECK(j["party"]["coverage"]["numerator"] == 3);
    CHECK(j["party"]["coverage"]["denominator"] == 6);
    CHECK(j["party"]["coverage"]["percent"] == "50.00");
    CHECK(j["honours"]["regional_four_good"] == 2);
    CHECK(j["mediation"]["success_rate"]["rate"] == 0.5);
    CHECK(j["mediation"]["amount_disputed_fen"] == 940000);
    CHECK(j["mediation"]["median_days_to_close"] == 30.0);
    CHECK(j["needs"]["resolved"] == 2);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeStatsCsv(f.on(QDate(2025, 12, 31)), buffer));
    const QString header = QString::fromUtf8(bytes).section(QStringLiteral("\r\n"), 0, 0);
    CHECK(header.contains(QStringLiteral("party.coverage_numerator")));
    CHECK(header.contains(QStringLiteral("mediation.median_days_to_close")));
}
