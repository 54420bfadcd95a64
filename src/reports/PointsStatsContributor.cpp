// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsStatsContributor.h"

#include "PointsService.h"
#include "ScoringReport.h"

namespace chamber {

void PointsStatsContributor::load(Database &db, const QDate &asOf, const QString &scopeCode)
{
    m_year = asOf.year();
    m_byTownship.clear();
    PointsService points(db);
    const auto year = points.year(m_year);
    m_published = year && year->published;
    if (!year)
        return;
    if (m_published) {
        const auto published = ScoringReports(db).publishedReports(m_year, scopeCode);
        if (!published)
            return;
        for (const auto &report : *published)
            for (const auto &row : report.rows)
                if (row.townshipCode.startsWith(scopeCode))
                    add(row.townshipCode, row.card);
        return;
    }
    // Grades and totals do not depend on the other chambers (ranks would, and are not counted here).
    const auto input = points.scorecardInput(m_year, scopeCode);
    if (!input)
        return;
    QHash<qint64, QString> townships;
    for (const auto &c : input->chambers)
        townships.insert(c.id, c.townshipCode);
    for (const auto &card : Scorecards::compute(*input))
        add(townships.value(card.chamberId), card);
}

void PointsStatsContributor::add(const QString &townshipCode, const Scorecard &card)
{
    Tally &t = m_byTownship[townshipCode];
    t.scored += 1;
    t.totalTenths += card.totalTenths;
    t.grades[card.grade] += 1;
    t.vetoed += card.vetoed ? 1 : 0;
    t.eligible += card.awardEligible ? 1 : 0;
}

void PointsStatsContributor::contribute(const QList<ChamberOnDate> &, UnitStats &unit) const
{
    // Scorecards cover every chamber of the year, dissolved during it too: they are taken by
    // township code rather than from the chambers existing on the date.
    const QString prefix = QStringLiteral("points.");
    unit.counts[prefix + QStringLiteral("year")] = m_year;
    unit.counts[prefix + QStringLiteral("published")] = m_published ? 1 : 0;
    // Tallies are kept per township code, in order: a unit's townships are those with its code as prefix.
    Tally sum;
    for (auto it = m_byTownship.lowerBound(unit.unit.code); it != m_byTownship.cend() && it.key().startsWith(unit.unit.code); ++it) {
        sum.scored += it->scored;
        sum.totalTenths += it->totalTenths;
        for (auto g = it->grades.cbegin(); g != it->grades.cend(); ++g)
            sum.grades[g.key()] += g.value();
        sum.vetoed += it->vetoed;
        sum.eligible += it->eligible;
    }
    const qint64 scored = sum.scored, total = sum.totalTenths, vetoed = sum.vetoed, eligible = sum.eligible;
    const QMap<Grade, qint64> &grades = sum.grades;
    unit.counts[prefix + QStringLiteral("scored")] = scored;
    for (auto g : Points::allGrades())
        unit.counts[prefix + QStringLiteral("grades.") + Points::gradeKey(g)] = grades.value(g);
    unit.counts[prefix + QStringLiteral("vetoed")] = vetoed;
    unit.counts[prefix + QStringLiteral("award_eligible")] = eligible;
    if (const auto average = Points::averageHundredths(total, scored))
        unit.values[prefix + QStringLiteral("average")] = double(*average) / 100.0;
}

} // namespace chamber
