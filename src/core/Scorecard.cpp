// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scorecard.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace chamber {

const CategoryScore *Scorecard::category(qint64 categoryId) const
{
    for (const auto &c : categories)
        if (c.categoryId == categoryId)
            return &c;
    return nullptr;
}

QList<PointsCategory> Scorecards::columns(const ScorecardInput &input)
{
    QSet<qint64> used;
    for (const auto &rule : input.rules)
        used.insert(rule.categoryId);
    for (auto it = input.categoryCapsTenths.cbegin(); it != input.categoryCapsTenths.cend(); ++it)
        used.insert(it.key());
    QList<PointsCategory> out;
    for (const auto &category : input.categories)
        if (used.contains(category.id))
            out.append(category);
    std::stable_sort(out.begin(), out.end(), [](const PointsCategory &a, const PointsCategory &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    return out;
}

namespace {

// A rule's total within its cap per year; for a deduction the cap bounds what is lost.
qint64 withinYearCap(const PointsRule &rule, qint64 raw)
{
    if (!rule.yearCapTenths)
        return raw;
    return std::clamp(raw, -*rule.yearCapTenths, *rule.yearCapTenths);
}

// Of the rules of a category that share a group, only the highest keeps its points (the first
// in rule order on a tie), so that one achievement is not counted at several levels.
void applyGroups(QList<RuleScore> &scores, const QHash<qint64, const PointsRule *> &rules)
{
    QMap<std::pair<qint64, QString>, int> best;  // (category, group) → index of the highest so far
    for (int i = 0; i < scores.size(); ++i) {
        const PointsRule *rule = rules.value(scores[i].ruleId);
        const QString group = rule->exclusiveGroup.trimmed();
        if (group.isEmpty() || rule->isDeduction())
            continue;
        const auto key = std::make_pair(rule->categoryId, group);
        const auto it = best.constFind(key);
        if (it == best.cend()) {
            best.insert(key, i);
        } else if (scores[i].countedTenths > scores[*it].countedTenths) {
            scores[*it].countedTenths = 0;
            best.insert(key, i);
        } else {
            scores[i].countedTenths = 0;
        }
    }
}

} // namespace

QList<Scorecard> Scorecards::compute(const ScorecardInput &input)
{
    const QList<PointsCategory> cols = columns(input);
    QHash<qint64, int> categoryPosition;
    for (const auto &c : input.categories)
        categoryPosition.insert(c.id, c.position);
    QList<PointsRule> orderedRules = input.rules;
    std::stable_sort(orderedRules.begin(), orderedRules.end(), [&](const PointsRule &a, const PointsRule &b) {
        const int pa = categoryPosition.value(a.categoryId), pb = categoryPosition.value(b.categoryId);
        if (pa != pb)
            return pa < pb;
        if (a.categoryId != b.categoryId)
            return a.categoryId < b.categoryId;
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    QHash<qint64, const PointsRule *> rules;
    QHash<qint64, int> ruleOrder;
    for (int i = 0; i < orderedRules.size(); ++i) {
        rules.insert(orderedRules[i].id, &orderedRules[i]);
        ruleOrder.insert(orderedRules[i].id, i);
    }

    // Approved entries of the year, by chamber.
    QHash<qint64, QList<const PointsEntry *>> entriesByChamber;
    for (const auto &e : input.entries)
        if (e.status == EntryStatus::Approved && e.year() == input.year.year && rules.contains(e.ruleId))
            entriesByChamber[e.chamberId].append(&e);
    QHash<qint64, QList<Veto>> vetoesByChamber;
    for (const auto &v : input.vetoes)
        if (v.year == input.year.year)
            vetoesByChamber[v.chamberId].append(v);

    const QDate registeredBy(input.year.year - 1, 12, 31);
    QList<Scorecard> out;
    QHash<qint64, const ScoredChamber *> chambers;
    for (const auto &chamber : input.chambers) {
        chambers.insert(chamber.id, &chamber);
        Scorecard card;
        card.chamberId = chamber.id;
        card.countyCode = chamber.countyCode();

        QMap<int, RuleScore> byRule;  // in rule order
        for (const PointsEntry *e : entriesByChamber.value(chamber.id)) {
            const PointsRule *rule = rules.value(e->ruleId);
            RuleScore &score = byRule[ruleOrder.value(e->ruleId)];
            score.ruleId = e->ruleId;
            score.entries += 1;
            score.quantity += e->quantity;
            score.rawTenths += Points::withinItemCap(*rule, e->pointsTenths);
        }
        for (auto &score : byRule)
            score.countedTenths = withinYearCap(*rules.value(score.ruleId), score.rawTenths);
        card.rules = byRule.values();
        applyGroups(card.rules, rules);

        for (const auto &column : cols) {
            CategoryScore cs;
            cs.categoryId = column.id;
            for (const auto &score : card.rules) {
                if (rules.value(score.ruleId)->categoryId != column.id)
                    continue;
                (score.countedTenths >= 0 ? cs.earnedTenths : cs.deductedTenths) += score.countedTenths;
            }
            const auto cap = input.categoryCapsTenths.constFind(column.id);
            cs.earnedCountedTenths = cap == input.categoryCapsTenths.cend() ? cs.earnedTenths : std::min(cs.earnedTenths, *cap);
            cs.subtotalTenths = std::max<qint64>(0, cs.earnedCountedTenths + cs.deductedTenths);
            card.totalTenths += cs.subtotalTenths;
            card.categories.append(cs);
        }

        card.vetoes = vetoesByChamber.value(chamber.id);
        std::sort(card.vetoes.begin(), card.vetoes.end(),
                  [](const Veto &a, const Veto &b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
        card.vetoed = !card.vetoes.isEmpty();
        const Grade byPoints = Points::gradeFor(card.totalTenths, input.year.thresholds);
        card.grade = card.vetoed ? Grade::Vetoed : byPoints;
        if (card.vetoed)
            card.ineligible.append(Ineligibility::Vetoed);
        if (byPoints == Grade::Fail)
            card.ineligible.append(Ineligibility::BelowPass);
        if (input.year.awardRequiresRegisteredYear && (!chamber.registeredSince || *chamber.registeredSince > registeredBy))
            card.ineligible.append(Ineligibility::NotRegisteredAYear);
        card.awardEligible = card.ineligible.isEmpty();
        out.append(card);
    }
    rank(out);
    std::stable_sort(out.begin(), out.end(), [&](const Scorecard &a, const Scorecard &b) {
        if (a.countyCode != b.countyCode)
            return a.countyCode < b.countyCode;
        if (a.rank.has_value() != b.rank.has_value())
            return a.rank.has_value();
        if (a.rank != b.rank)
            return *a.rank < *b.rank;
        if (a.totalTenths != b.totalTenths)
            return a.totalTenths > b.totalTenths;
        const QString ta = chambers.value(a.chamberId)->townshipCode, tb = chambers.value(b.chamberId)->townshipCode;
        return ta != tb ? ta < tb : a.chamberId < b.chamberId;
    });
    return out;
}

void Scorecards::rank(QList<Scorecard> &scorecards)
{
    QHash<QString, QList<qint64>> totalsByCounty;
    for (auto &card : scorecards) {
        card.rank.reset();
        if (!card.vetoed)
            totalsByCounty[card.countyCode].append(card.totalTenths);
    }
    // Competition ranking: a chamber's rank is 1 + the number of chambers of its county with more points.
    for (auto &card : scorecards) {
        if (card.vetoed)
            continue;
        const auto &totals = totalsByCounty[card.countyCode];
        card.rank = 1 + int(std::count_if(totals.cbegin(), totals.cend(), [&](qint64 t) { return t > card.totalTenths; }));
    }
}

QString Scorecards::ineligibilityKey(Ineligibility reason)
{
    switch (reason) {
    case Ineligibility::Vetoed: return QStringLiteral("vetoed");
    case Ineligibility::NotRegisteredAYear: return QStringLiteral("not_registered_a_year");
    case Ineligibility::BelowPass: return QStringLiteral("below_pass");
    }
    return {};
}

QString Scorecards::ineligibilityName(Ineligibility reason)
{
    switch (reason) {
    case Ineligibility::Vetoed: return tr("vetoed");
    case Ineligibility::NotRegisteredAYear: return tr("not registered for a full year");
    case Ineligibility::BelowPass: return tr("below the pass mark");
    }
    return {};
}

std::optional<Ineligibility> Scorecards::ineligibilityFromKey(const QString &key)
{
    for (auto r : {Ineligibility::Vetoed, Ineligibility::NotRegisteredAYear, Ineligibility::BelowPass})
        if (key == ineligibilityKey(r))
            return r;
    return std::nullopt;
}

} // namespace chamber
