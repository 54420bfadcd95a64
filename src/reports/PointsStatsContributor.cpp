// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsStatsContributor.h"

#include "PointsService.h"
#include "ScoringReport.h"

namespace chamber {

void PointsStatsContributor::load(Database &db, const QDate &asOf, const QString &scopeCode)
{
    m_year = asOf.year();
    m_byChamber.clear();
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

void PointsStatsContributor::add(const QString &, const Scorecard &card)
{
    m_byChamber.insert(card.chamberId, card);
}

void PointsStatsContributor::contribute(const QList<ChamberOnDate> &chambers, UnitStats &unit) const
{
    // Only the chambers that exist in the unit on the date are counted, like every other figure
    // beside them: a chamber dissolved earlier in the year keeps its scorecard in the year's report,
    // but counting it here made the grades add up to more chambers than the unit has.
    const QString prefix = QStringLiteral("points.");
    unit.counts[prefix + QStringLiteral("year")] = m_year;
    unit.counts[prefix + QStringLiteral("published")] = m_published ? 1 : 0;
    qint64 scored = 0, total = 0, vetoed = 0, eligible = 0;
    QMap<Grade, qint64> grades;
    for (const auto &c : chambers) {
        const auto card = m_byChamber.constFind(c.chamber->id);
        if (card == m_byChamber.cend())
            continue;
        scored += 1;
        total += card->totalTenths;
        grades[card->grade] += 1;
        vetoed += card->vetoed ? 1 : 0;
        eligible += card->awardEligible ? 1 : 0;
    }
    unit.counts[prefix + QStringLiteral("scored")] = scored;
    for (auto g : Points::allGrades())
        unit.counts[prefix + QStringLiteral("grades.") + Points::gradeKey(g)] = grades.value(g);
    unit.counts[prefix + QStringLiteral("vetoed")] = vetoed;
    unit.counts[prefix + QStringLiteral("award_eligible")] = eligible;
    if (const auto average = Points::averageHundredths(total, scored))
        unit.values[prefix + QStringLiteral("average")] = double(*average) / 100.0;
}

} // namespace chamber
