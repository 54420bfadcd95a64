// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardFigures.h"
#include "GapLists.h"
#include "MediationSeries.h"
#include "ScoreBands.h"
#include "Stats.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class QIODevice;

namespace chamber {

// What the dashboard shows for one scope as of one date.
struct DashboardData
{
    Stats stats;        // the scope, and its units one level down, as of the date
    Stats yearEarlier;  // the same, as of the same date a year earlier
    QList<DashboardTile> tiles;
    Gaps gaps;
    QList<MonthCases> mediationByMonth;  // the twelve months ending with the date's
    QList<ScoreBand> scoreBands;         // the date's year; empty without a rule set
    QList<Division> path;  // the breadcrumb: the database's scope down to this scope
};

// Gathers the dashboard of a scope: figures from StatsService (twice: the date and a year
// earlier), tiles from them, the gap lists. Exports write the stats contract, so the dashboard's
// files equal `chamberctl stats --scope CODE --as-of DATE --format json|csv`.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)
public:
    explicit DashboardService(Database &db) : m_db(db) {}

    // scopeCode empty = the database's scope.
    Result<DashboardData> load(const QString &scopeCode, const QDate &asOf) const;

    // The tiles of one unit of the data (a bar or a row), compared with its year-earlier self.
    static QList<DashboardTile> unitTiles(const DashboardData &data, const QString &unitCode);

    static bool writeJson(const DashboardData &data, QIODevice &out);
    static bool writeCsv(const DashboardData &data, QIODevice &out);

private:
    Database &m_db;
};

} // namespace chamber
