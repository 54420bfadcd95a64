// SPDX-License-Identifier: GPL-3.0-or-later
#include "Points.h"
#include "TestSupport.h"

using namespace chamber;
using test::hasProblem;

TEST_CASE("points are read and written in exact tenths")
{
    CHECK(Points::parseTenths(QStringLiteral("5")) == 50);
    CHECK(Points::parseTenths(QStringLiteral("0.5")) == 5);
    CHECK(Points::parseTenths(QStringLiteral("-2.5")) == -25);
    CHECK(Points::parseTenths(QStringLiteral("+3.0")) == 30);
    CHECK(Points::parseTenths(QStringLiteral("2.50")) == 25);
    CHECK(Points::parseTenths(QStringLiteral(" 10分 ")) == 100);
    CHECK_FALSE(Points::parseTenths(QStringLiteral("2.55")).has_value());  // not a whole tenth
    CHECK_FALSE(Points::parseTenths(QStringLiteral("abc")).has_value());
    CHECK_FALSE(Points::parseTenths(QStringLiteral("1e3")).has_value());
    CHECK_FALSE(Points::parseTenths(QString()).has_value());

    CHECK(Points::formatTenths(50) == QStringLiteral("5.0"));
    CHECK(Points::formatTenths(-25) == QStringLiteral("-2.5"));
    CHECK(Points::formatTenths(0) == QStringLiteral("0.0"));
    CHECK(Points::formatTenths(-5) == QStringLiteral("-0.5"));
}

TEST_CASE("averages are rounded half up to hundredths with integers")
{
    // (96.0 + 78.0 + 78.0) / 3 = 84.0
    CHECK(Points::averageHundredths(2520, 3) == 8400);
    // 10.0 / 3 = 3.333… → 3.33; 20.0 / 3 = 6.666… → 6.67
    CHECK(Points::averageHundredths(100, 3) == 333);
    CHECK(Points::averageHundredths(200, 3) == 667);
    // 0.1 / 8 = 0.0125 → 0.01; 0.1 / 4 = 0.025 → 0.03 (half up)
    CHECK(Points::averageHundredths(1, 8) == 1);
    CHECK(Points::averageHundredths(1, 4) == 3);
    CHECK_FALSE(Points::averageHundredths(10, 0).has_value());
    CHECK(Points::formatHundredths(8400) == QStringLiteral("84.00"));
    CHECK(Points::formatHundredths(3) == QStringLiteral("0.03"));
}

TEST_CASE("grades follow the thresholds - the defaults are 90, 75 and 60")
{
    const GradeThresholds t;
    CHECK(Points::gradeFor(900, t) == Grade::Excellent);
    CHECK(Points::gradeFor(899, t) == Grade::Good);
    CHECK(Points::gradeFor(750, t) == Grade::Good);
    CHECK(Points::gradeFor(600, t) == Grade::Pass);
    CHECK(Points::gradeFor(599, t) == Grade::Fail);
    CHECK(Points::validateThresholds(t).isEmpty());
    CHECK(hasProblem(Points::validateThresholds({700, 750, 600}), QStringLiteral("thresholds")));
    CHECK(hasProblem(Points::validateThresholds({900, 750, -1}), QStringLiteral("thresholds")));
}

TEST_CASE("a rule's points per entry stay within its item cap")
{
    PointsRule rule;
    rule.pointsTenths = 25;
    rule.itemCapTenths = 75;
    CHECK(Points::pointsFromRule(rule, 2) == 50);
    CHECK(Points::pointsFromRule(rule, 4) == 75);
    rule.pointsTenths = -40;
    rule.itemCapTenths = 100;
    CHECK(Points::pointsFromRule(rule, 2) == -80);
    CHECK(Points::pointsFromRule(rule, 5) == -100);
}

TEST_CASE("rule validation")
{
    PointsRule rule;
    rule.year = 2025;
    rule.categoryId = 1;
    rule.description = QStringLiteral("为会员办实事");
    rule.pointsTenths = 50;
    CHECK(Points::validateRule(rule).isEmpty());

    PointsRule zero = rule;
    zero.pointsTenths = 0;
    CHECK(hasProblem(Points::validateRule(zero), QStringLiteral("points")));
    PointsRule noText = rule;
    noText.description = QStringLiteral("  ");
    CHECK(hasProblem(Points::validateRule(noText), QStringLiteral("description")));
    PointsRule smallItemCap = rule;
    smallItemCap.itemCapTenths = 20;  // less than one occurrence (5.0)
    CHECK(hasProblem(Points::validateRule(smallItemCap), QStringLiteral("item_cap")));
    PointsRule itemOverYear = rule;
    itemOverYear.itemCapTenths = 200;
    itemOverYear.yearCapTenths = 100;
    CHECK(hasProblem(Points::validateRule(itemOverYear), QStringLiteral("item_cap")));
    PointsRule groupedDeduction = rule;
    groupedDeduction.pointsTenths = -20;
    groupedDeduction.exclusiveGroup = QStringLiteral("honour");
    CHECK(hasProblem(Points::validateRule(groupedDeduction), QStringLiteral("group")));
    PointsRule badCap = rule;
    badCap.yearCapTenths = 0;
    CHECK(hasProblem(Points::validateRule(badCap), QStringLiteral("year_cap")));
}

TEST_CASE("entry validation: the rule's year, a reason for points changed by hand, evidence to submit")
{
    PointsRule rule;
    rule.year = 2025;
    rule.categoryId = 1;
    rule.description = QStringLiteral("组织会员培训");
    rule.pointsTenths = 25;
    rule.itemCapTenths = 75;
    rule.evidenceRequired = true;
    PointsEntry e;
    e.chamberId = 1;
    e.ruleId = 1;
    e.date = QDate(2025, 3, 1);
    e.quantity = 2;
    e.pointsTenths = 50;
    const QDate today(2025, 12, 1);
    CHECK(Points::validateEntry(e, rule, today).isEmpty());

    PointsEntry wrongYear = e;
    wrongYear.date = QDate(2024, 12, 31);
    CHECK(hasProblem(Points::validateEntry(wrongYear, rule, today), QStringLiteral("date")));
    PointsEntry future = e;
    future.date = QDate(2025, 12, 2);
    CHECK(hasProblem(Points::validateEntry(future, rule, today), QStringLiteral("date")));
    PointsEntry noQuantity = e;
    noQuantity.quantity = 0;
    CHECK(hasProblem(Points::validateEntry(noQuantity, rule, today), QStringLiteral("quantity")));

    PointsEntry manual = e;
    manual.pointsTenths = 60;
    CHECK(hasProblem(Points::validateEntry(manual, rule, today), QStringLiteral("manual_reason")));
    manual.manualReason = QStringLiteral("培训规模超出一般");
    CHECK(Points::validateEntry(manual, rule, today).isEmpty());
    manual.pointsTenths = 80;  // beyond the item cap 7.5
    CHECK(hasProblem(Points::validateEntry(manual, rule, today), QStringLiteral("points")));
    manual.pointsTenths = -10;  // the rule gives points
    CHECK(hasProblem(Points::validateEntry(manual, rule, today), QStringLiteral("points")));

    CHECK(hasProblem(Points::validateSubmission(e, rule), QStringLiteral("evidence")));
    e.evidence = QStringLiteral("培训签到表");
    CHECK(Points::validateSubmission(e, rule).isEmpty());

    PointsEntry rejected = e;
    rejected.status = EntryStatus::Rejected;
    CHECK(hasProblem(Points::validateEntry(rejected, rule, today), QStringLiteral("rejection_reason")));
}

TEST_CASE("veto validation")
{
    Veto v{0, 1, 2025, QDate(2025, 8, 1), QStringLiteral("严重违法"), {}};
    CHECK(Points::validateVeto(v, QDate(2025, 12, 1)).isEmpty());
    Veto noReason = v;
    noReason.reason.clear();
    CHECK(hasProblem(Points::validateVeto(noReason, QDate(2025, 12, 1)), QStringLiteral("reason")));
    Veto early = v;
    early.date = QDate(2024, 12, 31);
    CHECK(hasProblem(Points::validateVeto(early, QDate(2025, 12, 1)), QStringLiteral("date")));
    // A decision early the next year about the year before is fine.
    Veto later = v;
    later.date = QDate(2026, 1, 10);
    CHECK(Points::validateVeto(later, QDate(2026, 2, 1)).isEmpty());
}

TEST_CASE("status and grade keys round-trip")
{
    for (auto s : {EntryStatus::Draft, EntryStatus::Submitted, EntryStatus::Approved, EntryStatus::Rejected})
        CHECK(Points::statusFromText(Points::statusKey(s)) == s);
    // Read as every enumeration is (EnumTexts): case and spaces do not matter; a word that is none, nothing.
    CHECK(Points::statusFromText(QStringLiteral(" Approved ")) == EntryStatus::Approved);
    CHECK(Points::statusName(EntryStatus::Rejected) == QStringLiteral("rejected"));
    CHECK_FALSE(Points::statusFromText(QStringLiteral("approve")));
    CHECK_FALSE(Points::statusFromText(QString()));
    for (auto g : Points::allGrades())
        CHECK(Points::gradeFromKey(Points::gradeKey(g)) == g);
}

TEST_CASE("the approval workflow: which entries change, and which moves are allowed")
{
    // domain.md: draft → submitted → approved | rejected; only drafts and rejected entries are changed.
    CHECK(Points::isEditable(EntryStatus::Draft));
    CHECK(Points::isEditable(EntryStatus::Rejected));
    CHECK_FALSE(Points::isEditable(EntryStatus::Submitted));
    CHECK_FALSE(Points::isEditable(EntryStatus::Approved));
    CHECK(Points::canMove(EntryStatus::Draft, EntryStatus::Submitted));
    CHECK_FALSE(Points::canMove(EntryStatus::Rejected, EntryStatus::Submitted));  // edited first, which makes it a draft
    CHECK(Points::canMove(EntryStatus::Submitted, EntryStatus::Approved));
    CHECK_FALSE(Points::canMove(EntryStatus::Draft, EntryStatus::Approved));
    CHECK(Points::canMove(EntryStatus::Submitted, EntryStatus::Rejected));
    CHECK(Points::canMove(EntryStatus::Approved, EntryStatus::Rejected));
    CHECK_FALSE(Points::canMove(EntryStatus::Draft, EntryStatus::Rejected));
    CHECK(Points::movesTo(EntryStatus::Draft).isEmpty());
}
