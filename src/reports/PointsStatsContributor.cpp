// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsStatsContributor.h"

#include "ChamberService.h"
#include "ExchangeStore.h"
#include "PointsService.h"
#include "RecordSql.h"
#include "ScoringReport.h"

namespace chamber {

Status PointsStatsContributor::load(Database &db, const QDate &asOf, const QString &scopeCode)
{
    m_year = asOf.year();
    m_byChamber.clear();
    m_published = false;
    m_receivedPublished.clear();
    ExchangeStore store(db);
    const auto owner = store.ownerOf(scopeCode);
    if (!owner)
        return owner.problems();
    if (!owner->isEmpty())
        return loadOwner(db, *owner, scopeCode);
    if (auto s = loadOwner(db, {}, scopeCode); !s)
        return s;
    // Each received county after this database's own points, so that its chambers are scored by
    // its rules whatever the local ones say.
    const auto origins = store.origins();
    if (!origins)
        return origins.problems();
    for (const auto &o : *origins)
        if (o.code.startsWith(scopeCode))
            if (auto s = loadOwner(db, o.code, o.code); !s)
                return s;
    return success();
}

Status PointsStatsContributor::loadOwner(Database &db, const QString &owner, const QString &scopeCode)
{
    PointsService points(db, owner);
    const auto year = points.year(m_year);
    if (!year && readFailed(year.problems()))
        return year.problems();
    const bool isPublished = year && year->published;
    if (owner.isEmpty())
        m_published = isPublished;
    else
        m_receivedPublished.insert(owner, isPublished);
    if (!year)
        return success();  // no points kept for the year
    if (isPublished) {
        const auto published = ScoringReports(db).publishedReports(m_year, scopeCode);
        if (!published)
            return published.problems();
        // A received county's report numbers its chambers as the county's file does: they are
        // found here by township and name (unique in both).
        QHash<QString, qint64> local;
        if (!owner.isEmpty()) {
            ChamberQuery query;
            query.divisionPrefix = owner;
            const auto chambers = ChamberService(db).list(query);
            if (!chambers)
                return chambers.problems();
            for (const auto &c : *chambers)
                local.insert(c.chamber.townshipCode + QLatin1Char('|') + c.chamber.name, c.chamber.id);
        }
        for (const auto &report : *published)
            for (const auto &row : report.rows) {
                if (!row.townshipCode.startsWith(scopeCode))
                    continue;
                Scorecard card = row.card;
                if (!owner.isEmpty())
                    card.chamberId = local.value(row.townshipCode + QLatin1Char('|') + row.chamberName, 0);
                add(row.townshipCode, card);
            }
        return success();
    }
    // Grades and totals do not depend on the other chambers (ranks would, and are not counted here).
    const auto input = points.scorecardInput(m_year, scopeCode);
    if (!input)
        return input.problems();
    QHash<qint64, QString> townships;
    for (const auto &c : input->chambers)
        townships.insert(c.id, c.townshipCode);
    for (const auto &card : Scorecards::compute(*input))
        add(townships.value(card.chamberId), card);
    return success();
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
    const auto received = m_receivedPublished.constFind(unit.unit.code.left(6));
    const bool published = unit.unit.code.size() >= 6 && received != m_receivedPublished.cend() ? *received : m_published;
    unit.counts[prefix + QStringLiteral("published")] = published ? 1 : 0;
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
