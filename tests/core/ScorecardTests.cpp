// SPDX-License-Identifier: GPL-3.0-or-later
// A hand-worked year of micro-points. Every expected figure below was worked out by hand from the
// rules, with the arithmetic in the comments; none was taken from running the code.
#include "Scorecard.h"
#include "TestSupport.h"

using namespace chamber;

namespace {

// Categories: 1 服务会员 (cap 50.0), 2 诚信守法 (no cap), 3 党建引领 (cap 30.0).
// Rules of 2025 (points in tenths):
//   R1 cat1 +5.0 per occurrence, cap per year 30.0
//   R2 cat1 +2.5 per occurrence, cap per item 7.5
//   R5 cat2 +20.0, cap per year 20.0
//   R6 cat2 -4.0 per occurrence, cap per year 10.0 (at most 10.0 lost)
//   R7 cat3 +3.0 per occurrence
//   R8 cat3 +15.0 city-level honour,   group "honour"
//   R9 cat3 +8.0  county-level honour, group "honour" (counted once: the highest)
struct Fixture
{
    ScorecardInput input;
    qint64 nextEntry = 1;

    Fixture()
    {
        input.year.year = 2025;  // default thresholds 90 / 75 / 60
        input.categories = {{1, QStringLiteral("服务会员"), 1, false},
                            {2, QStringLiteral("诚信守法"), 2, false},
                            {3, QStringLiteral("党建引领"), 3, false},
                            {4, QStringLiteral("助力疫情防控"), 4, true}};  // retired, no rule in 2025: no column
        input.categoryCapsTenths = {{1, 500}, {3, 300}};
        auto rule = [](qint64 id, qint64 category, qint64 points, std::optional<qint64> yearCap, std::optional<qint64> itemCap,
                       const char *group = "") {
            PointsRule r;
            r.id = id;
            r.year = 2025;
            r.categoryId = category;
            r.description = QStringLiteral("R%1").arg(id);
            r.pointsTenths = points;
            r.yearCapTenths = yearCap;
            r.itemCapTenths = itemCap;
            r.exclusiveGroup = QString::fromLatin1(group);
            r.position = int(id);
            return r;
        };
        input.rules = {rule(1, 1, 50, 300, {}), rule(2, 1, 25, {}, 75),      rule(5, 2, 200, 200, {}),
                       rule(6, 2, -40, 100, {}), rule(7, 3, 30, {}, {}),     rule(8, 3, 150, {}, {}, "honour"),
                       rule(9, 3, 80, {}, {}, "honour")};
        input.chambers = {
            {101, QStringLiteral("A"), QStringLiteral("450126100"), QStringLiteral("宾州镇"), QDate(2016, 9, 1)},
            {102, QStringLiteral("B"), QStringLiteral("450126101"), QStringLiteral("黎塘镇"), QDate(2024, 12, 31)},
            {103, QStringLiteral("C"), QStringLiteral("450126102"), QStringLiteral("甘棠镇"), QDate(2025, 1, 1)},
            {104, QStringLiteral("D"), QStringLiteral("450126103"), QStringLiteral("思陇镇"), std::nullopt},
            {105, QStringLiteral("E"), QStringLiteral("450126104"), QStringLiteral("新桥镇"), QDate(2020, 3, 3)},
            {106, QStringLiteral("F"), QStringLiteral("450126105"), QStringLiteral("新圩镇"), std::nullopt},
            {107, QStringLiteral("G"), QStringLiteral("450103001"), QStringLiteral("新竹街道"), std::nullopt},  // another county
        };
    }

    // An entry whose points follow the rule (quantity × points within the item cap).
    void add(qint64 chamber, qint64 rule, int quantity = 1, EntryStatus status = EntryStatus::Approved)
    {
        for (const auto &r : input.rules)
            if (r.id == rule)
                addPoints(chamber, rule, quantity, Points::pointsFromRule(r, quantity), status);
    }
    void addPoints(qint64 chamber, qint64 rule, int quantity, qint64 points, EntryStatus status = EntryStatus::Approved,
                   QDate date = QDate(2025, 6, 1))
    {
        PointsEntry e;
        e.id = nextEntry++;
        e.chamberId = chamber;
        e.ruleId = rule;
        e.date = date;
        e.quantity = quantity;
        e.pointsTenths = points;
        e.status = status;
        input.entries.append(e);
    }
    void repeat(qint64 chamber, qint64 rule, int times)
    {
        for (int i = 0; i < times; ++i)
            add(chamber, rule);
    }
};

Fixture handWorkedYear()
{
    Fixture f;
    // A: R1 3×1 + 2×2 occurrences = 15.0 + 20.0 = 35.0 → rule cap 30.0.
    //    R2 qty 4 (10.0 → item cap 7.5) + qty 6 (15.0 → 7.5) + qty 2 (5.0) + qty 1 (2.5) = 22.5.
    //    cat1 earned 30.0 + 22.5 = 52.5 → category cap 50.0.
    //    cat2: R5 20.0, R6 -4.0 → 16.0.
    //    cat3: R7 5×3.0 = 15.0; R8 15.0 and R9 8.0 in one group → 15.0 counts; 30.0 (= cap).
    //    total 50.0 + 16.0 + 30.0 = 96.0 → 优秀.
    f.repeat(101, 1, 3);
    f.add(101, 1, 2);
    f.add(101, 1, 2);
    f.add(101, 2, 4);
    f.add(101, 2, 6);
    f.add(101, 2, 2);
    f.add(101, 2, 1);
    f.add(101, 5);
    f.add(101, 6);
    f.repeat(101, 7, 5);
    f.add(101, 8);
    f.add(101, 9);
    f.add(101, 5, 1, EntryStatus::Rejected);   // does not count
    f.add(101, 7, 1, EntryStatus::Submitted);  // does not count
    // B: cat1 R1 5×5.0 = 25.0 + R2 qty 2 = 5.0 → 30.0.  cat2 R5 20.0.
    //    cat3 R7 3×3.0 + one entry changed by hand to 4.0 = 13.0; R8 15.0 (R9 8.0 not counted) → 28.0.
    //    total 30.0 + 20.0 + 28.0 = 78.0 → 良好.
    f.repeat(102, 1, 5);
    f.add(102, 2, 2);
    f.add(102, 5);
    f.repeat(102, 7, 3);
    f.addPoints(102, 7, 1, 40);
    f.add(102, 8);
    f.add(102, 9);
    // C: cat1 R1 8×5.0 = 40.0 → rule cap 30.0, + R2 qty 2 = 5.0 → 35.0.  cat2 R5 20.0.
    //    cat3 R9 8.0 + R7 5×3.0 = 15.0 → 23.0.   total 35.0 + 20.0 + 23.0 = 78.0 → 良好, tied with B.
    f.repeat(103, 1, 8);
    f.add(103, 2, 2);
    f.add(103, 5);
    f.add(103, 9);
    f.repeat(103, 7, 5);
    // D: cat1 R2 qty 10 (25.0 → item cap 7.5) + R1 6×5.0 = 30.0 (exactly the cap) → 37.5.
    //    cat2 R6 2×-4.0 = -8.0 with nothing earned → 0.0 (扣完为止), not -8.0.
    //    cat3 R7 8×3.0 = 24.0.   total 37.5 + 0.0 + 24.0 = 61.5 → 合格.
    f.add(104, 2, 10);
    f.repeat(104, 1, 6);
    f.repeat(104, 6, 2);
    f.repeat(104, 7, 8);
    // E: cat1 R1 6×5.0 = 30.0 + R2 qty 3 = 7.5 → 37.5.  cat2 R5 20.0.  cat3 R8 15.0 + R7 4×3.0 = 12.0 → 27.0.
    //    total 37.5 + 20.0 + 27.0 = 84.5, kept on record; vetoed → 否决, no rank.
    f.repeat(105, 1, 6);
    f.add(105, 2, 3);
    f.add(105, 5);
    f.add(105, 8);
    f.repeat(105, 7, 4);
    f.input.vetoes = {{1, 105, 2025, QDate(2025, 8, 15), QStringLiteral("列入严重失信主体名单"), {}},
                      {2, 101, 2024, QDate(2024, 5, 1), QStringLiteral("上一年度的否决"), {}}};  // another year: no effect
    // F: only entries that do not count (draft, submitted, rejected, another year's rule) → 0.0 → 不合格.
    f.add(106, 1, 1, EntryStatus::Draft);
    f.add(106, 5, 1, EntryStatus::Submitted);
    f.add(106, 7, 1, EntryStatus::Rejected);
    f.addPoints(106, 999, 1, 100, EntryStatus::Approved, QDate(2024, 6, 1));
    // G, another county: R1 2×5.0 = 10.0 → 不合格, rank 1 of its county.
    f.repeat(107, 1, 2);
    return f;
}

const Scorecard &card(const QList<Scorecard> &cards, qint64 chamber)
{
    for (const auto &c : cards)
        if (c.chamberId == chamber)
            return c;
    FAIL("no scorecard for " << chamber);
    return cards.first();
}

QList<qint64> subtotals(const Scorecard &c)
{
    QList<qint64> out;
    for (const auto &s : c.categories)
        out.append(s.subtotalTenths);
    return out;
}

} // namespace

TEST_CASE("the hand-worked year: subtotals, totals, ranks and grades")
{
    const Fixture f = handWorkedYear();
    const auto columns = Scorecards::columns(f.input);
    REQUIRE(columns.size() == 3);  // the retired category without rules is no column
    CHECK(columns[0].id == 1);
    CHECK(columns[2].id == 3);

    const auto cards = Scorecards::compute(f.input);
    REQUIRE(cards.size() == 7);  // every chamber, F with nothing counted too

    const auto &a = card(cards, 101);
    CHECK(subtotals(a) == QList<qint64>{500, 160, 300});
    CHECK(a.totalTenths == 960);
    CHECK(a.rank == 1);
    CHECK(a.grade == Grade::Excellent);
    CHECK(a.awardEligible);
    CHECK(a.categories[0].earnedTenths == 525);         // 30.0 + 22.5 before the category cap
    CHECK(a.categories[0].earnedCountedTenths == 500);  // the category cap
    CHECK(a.categories[1].earnedTenths == 200);
    CHECK(a.categories[1].deductedTenths == -40);
    REQUIRE(a.rules.size() == 7);
    CHECK(a.rules[0] == RuleScore{1, 5, 7, 350, 300});  // R1: 5 entries, 7 occurrences, 35.0 → 30.0
    CHECK(a.rules[1] == RuleScore{2, 4, 13, 225, 225}); // R2: each entry within 7.5
    CHECK(a.rules[5] == RuleScore{8, 1, 1, 150, 150});  // R8 counts
    CHECK(a.rules[6] == RuleScore{9, 1, 1, 80, 0});     // R9 in the same group does not

    const auto &b = card(cards, 102);
    CHECK(subtotals(b) == QList<qint64>{300, 200, 280});
    CHECK(b.totalTenths == 780);
    const auto &c = card(cards, 103);
    CHECK(subtotals(c) == QList<qint64>{350, 200, 230});
    CHECK(c.totalTenths == 780);
    CHECK(b.rank == 2);  // a tie shares the rank …
    CHECK(c.rank == 2);
    CHECK(b.grade == Grade::Good);
    CHECK(c.grade == Grade::Good);

    const auto &d = card(cards, 104);
    CHECK(subtotals(d) == QList<qint64>{375, 0, 240});
    CHECK(d.categories[1].deductedTenths == -80);  // on record, but the subtotal stops at zero
    CHECK(d.totalTenths == 615);
    CHECK(d.rank == 4);  // … and the next rank skips
    CHECK(d.grade == Grade::Pass);
    CHECK(d.awardEligible);

    const auto &e = card(cards, 105);
    CHECK(subtotals(e) == QList<qint64>{375, 200, 270});
    CHECK(e.totalTenths == 845);  // the points stay on record
    CHECK(e.vetoed);
    CHECK(e.grade == Grade::Vetoed);
    CHECK_FALSE(e.rank.has_value());
    CHECK_FALSE(e.awardEligible);
    CHECK(e.ineligible == QList<Ineligibility>{Ineligibility::Vetoed});
    REQUIRE(e.vetoes.size() == 1);
    CHECK(e.vetoes[0].reason == QStringLiteral("列入严重失信主体名单"));

    const auto &fc = card(cards, 106);
    CHECK(subtotals(fc) == QList<qint64>{0, 0, 0});
    CHECK(fc.totalTenths == 0);
    CHECK(fc.rules.isEmpty());
    CHECK(fc.rank == 5);
    CHECK(fc.grade == Grade::Fail);
    CHECK(fc.ineligible == QList<Ineligibility>{Ineligibility::BelowPass});

    const auto &g = card(cards, 107);
    CHECK(g.totalTenths == 100);
    CHECK(g.rank == 1);  // ranks are per county
    CHECK(g.grade == Grade::Fail);

    // A earlier vetoed in 2024 is not vetoed in 2025.
    CHECK_FALSE(a.vetoed);

    // Order: county 450103 first, then 450126 by rank (ties by township code), vetoed last.
    QList<qint64> order;
    for (const auto &s : cards)
        order.append(s.chamberId);
    CHECK(order == QList<qint64>{107, 101, 102, 103, 104, 106, 105});
}

TEST_CASE("the year's option: award eligibility only after a full year registered")
{
    Fixture f = handWorkedYear();
    f.input.year.awardRequiresRegisteredYear = true;
    const auto cards = Scorecards::compute(f.input);
    CHECK(card(cards, 101).awardEligible);  // registered 2016-09-01
    CHECK(card(cards, 102).awardEligible);  // registered 2024-12-31: a full year on 2025-12-31
    CHECK(card(cards, 103).ineligible == QList<Ineligibility>{Ineligibility::NotRegisteredAYear});  // 2025-01-01: not yet
    CHECK(card(cards, 104).ineligible == QList<Ineligibility>{Ineligibility::NotRegisteredAYear});  // never registered
    CHECK(card(cards, 106).ineligible == QList<Ineligibility>{Ineligibility::BelowPass, Ineligibility::NotRegisteredAYear});
    // The grades and ranks do not change with the option.
    CHECK(card(cards, 103).grade == Grade::Good);
    CHECK(card(cards, 103).rank == 2);
}

TEST_CASE("configurable thresholds move the grades")
{
    Fixture f = handWorkedYear();
    f.input.year.thresholds = {800, 600, 400};  // 80 / 60 / 40
    const auto cards = Scorecards::compute(f.input);
    CHECK(card(cards, 101).grade == Grade::Excellent);  // 96.0
    CHECK(card(cards, 102).grade == Grade::Good);       // 78.0 < 80
    CHECK(card(cards, 104).grade == Grade::Good);       // 61.5 ≥ 60
    CHECK(card(cards, 107).grade == Grade::Fail);       // 10.0
    CHECK(card(cards, 105).grade == Grade::Vetoed);
}

TEST_CASE("ranking: ties share a rank and the next skips, per county")
{
    QList<Scorecard> cards;
    const qint64 totals[] = {500, 700, 700, 700, 300, 300, 100};
    for (int i = 0; i < 7; ++i) {
        Scorecard s;
        s.chamberId = i + 1;
        s.countyCode = QStringLiteral("450126");
        s.totalTenths = totals[i];
        cards.append(s);
    }
    Scorecards::rank(cards);
    QList<int> ranks;
    for (const auto &s : cards)
        ranks.append(*s.rank);
    CHECK(ranks == QList<int>{4, 1, 1, 1, 5, 5, 7});
}

TEST_CASE("a deduction's cap per year bounds what is lost")
{
    Fixture f;
    // R6 -4.0 × 3 = -12.0 → the cap 10.0 stops the loss at -10.0; R5 20.0 → cat2 10.0.
    f.add(101, 5);
    f.repeat(101, 6, 3);
    const auto cards = Scorecards::compute(f.input);
    const auto &a = card(cards, 101);
    CHECK(a.categories[1].deductedTenths == -100);
    CHECK(a.categories[1].subtotalTenths == 100);
    CHECK(a.totalTenths == 100);
}
