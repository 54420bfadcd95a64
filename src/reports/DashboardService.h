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

// The date the dashboard opens at, and why when it is not today.
struct DefaultAsOf
{
    QDate date;
    QString reason;  // translated; empty when the date is today
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

    // The date to open at: today, except early in a year (January to March) while no chamber has
    // a score for the new year but the last one has: then the end of the last year, so that the
    // year's average and grades are not blank right after New Year (the year-end figures are what
    // offices compile then). The page says so, and 今天 is one click away. A read that fails is an
    // error, not "no scores": the page says the file cannot be read rather than open at a date.
    Result<DefaultAsOf> defaultAsOf(const QDate &today) const;
    // The tiles of one unit of the data (a bar or a row), compared with its year-earlier self.
    static QList<DashboardTile> unitTiles(const DashboardData &data, const QString &unitCode);

    static bool writeJson(const DashboardData &data, QIODevice &out);
    static bool writeCsv(const DashboardData &data, QIODevice &out);

private:
    Database &m_db;
};

} // namespace chamber
