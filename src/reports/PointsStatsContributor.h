// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scorecard.h"
#include "Stats.h"

#include <QHash>

namespace chamber {

// Adds the micro-points figures of the stats date's year to each unit: "points.year",
// "points.published" (1 when the figures are the published report's), "points.scored" (chambers
// of the unit existing on the date that have a scorecard in the year — never more than the unit's
// chambers), "points.grades.<grade>", "points.vetoed",
// "points.award_eligible" and, when any chamber is scored, "points.average" (the average total,
// rounded half up to two decimals). A published year's figures come from its published report,
// so that stats and the report agree even if records change later. The chambers of a county whose
// report package was taken in are scored by that county's own points (docs/exchange.md).
class PointsStatsContributor : public StatsContributor
{
public:
    Status load(Database &db, const QDate &asOf, const QString &scopeCode) override;
    void contribute(const QList<ChamberOnDate> &chambers, UnitStats &unit) const override;

private:
    void add(const QString &townshipCode, const Scorecard &card);

    Status loadOwner(Database &db, const QString &owner, const QString &scopeCode);

    int m_year = 0;
    bool m_published = false;                   // this database's own points
    QHash<QString, bool> m_receivedPublished;   // counties whose report package was taken in
    QHash<qint64, Scorecard> m_byChamber;  // the year's scorecards, by chamber
};

} // namespace chamber
