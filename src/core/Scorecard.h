// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Points.h"

#include <QHash>
#include <QList>

#include <optional>

namespace chamber {

// A chamber as the scorecards need it. The county is the first six digits of the township code.
struct ScoredChamber
{
    qint64 id = 0;
    QString name;
    QString townshipCode;
    QString townshipName;
    std::optional<QDate> registeredSince;  // registered on 31 December of the year, since this date

    QString countyCode() const { return townshipCode.left(6); }
};

// Everything one year's scorecards are computed from.
struct ScorecardInput
{
    PointsYear year;
    QList<PointsCategory> categories;          // every category (retired ones too)
    QHash<qint64, qint64> categoryCapsTenths;  // category id → the most its points can reach in the year
    QList<PointsRule> rules;                   // the year's rules (retired ones too)
    QList<ScoredChamber> chambers;             // every chamber scored, entries or not
    QList<PointsEntry> entries;                // in any status: only approved ones count
    QList<Veto> vetoes;
};

// One rule's part of a chamber's score.
struct RuleScore
{
    qint64 ruleId = 0;
    int entries = 0;            // approved entries
    int quantity = 0;           // their quantities summed
    qint64 rawTenths = 0;       // their points, each within the rule's item cap
    qint64 countedTenths = 0;   // within the rule's cap per year; 0 when a higher rule of its group counted

    bool operator==(const RuleScore &) const = default;
};

// One category's part: points earned (capped by the category cap), deductions, the subtotal.
struct CategoryScore
{
    qint64 categoryId = 0;
    qint64 earnedTenths = 0;         // the category's rules that give points, after rule caps and groups
    qint64 earnedCountedTenths = 0;  // earned, within the category cap
    qint64 deductedTenths = 0;       // the category's deductions after rule caps (0 or negative)
    qint64 subtotalTenths = 0;       // earnedCounted + deducted, never below 0 (扣完为止)

    bool operator==(const CategoryScore &) const = default;
};

// Why a chamber may not be put forward for the year's awards.
enum class Ineligibility { Vetoed, NotRegisteredAYear, BelowPass };

// 积分卡: one chamber's result for the year.
struct Scorecard
{
    qint64 chamberId = 0;
    QString countyCode;
    QList<CategoryScore> categories;  // one per column category, in column order
    QList<RuleScore> rules;           // the rules with approved entries, in rule order
    qint64 totalTenths = 0;
    std::optional<int> rank;          // in the county, among chambers not vetoed; none when vetoed
    Grade grade = Grade::Fail;
    bool vetoed = false;
    QList<Veto> vetoes;
    bool awardEligible = false;
    QList<Ineligibility> ineligible;  // empty when eligible

    const CategoryScore *category(qint64 categoryId) const;
    bool operator==(const Scorecard &) const = default;
};

// Computes scorecards from a year's rules, the approved entries and the vetoes — pure arithmetic:
//  1. an entry counts only when approved; its points stay within its rule's item cap;
//  2. a rule's entries are summed and kept within the rule's cap per year (a deduction's cap is
//     the most that can be lost);
//  3. of the rules of a category sharing an exclusive group only the highest counts;
//  4. per category, the points earned are kept within the category cap, then the deductions are
//     taken off, down to zero at most: 扣完为止 applies to each CATEGORY subtotal, so that a
//     deduction in one category never eats points earned in another, and the total (the sum of
//     subtotals) is never below zero either;
//  5. the grade follows the year's thresholds; a veto makes it 否决 and rules out awards while
//     the points stay on record;
//  6. ranks are taken per county among the chambers not vetoed, by total: equal totals share a
//     rank and the next rank skips (1, 2, 2, 4);
//  7. award eligibility: not vetoed, graded 合格 or better, and — when the year says so —
//     registered for a full year at the year's end.
class Scorecards
{
    Q_DECLARE_TR_FUNCTIONS(Scorecards)
public:
    // The categories that are columns of the year: those with a rule or a cap in the year, by position.
    static QList<PointsCategory> columns(const ScorecardInput &input);
    // One scorecard per chamber of the input, ordered by county, rank (vetoed last, by total),
    // township code and chamber id.
    static QList<Scorecard> compute(const ScorecardInput &input);
    // Sets the ranks of scorecards per county (ties share, the next skips); vetoed get none.
    static void rank(QList<Scorecard> &scorecards);
    static QString ineligibilityKey(Ineligibility reason);  // vetoed, not_registered_a_year, below_pass
    static QString ineligibilityName(Ineligibility reason); // translated
    static std::optional<Ineligibility> ineligibilityFromKey(const QString &key);
};

} // namespace chamber
