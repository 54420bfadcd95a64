// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace chamber {

// How a tile's figure is kept in the stats: a count, a rate with its base, an average (value),
// or a group of counts shown together (honours by kind, grades).
enum class TileKind { Count, Rate, Value, Parts };

// One figure of a tile at one date, exactly as StatsService gave it.
struct TileFigure
{
    qint64 count = 0;
    Rate rate;
    std::optional<double> value;  // Value tiles: none when there was nothing to average
};

// One count of a Parts tile (e.g. 广西“四好”商会 within the honours tile).
struct TilePart
{
    QString key;    // stats key, e.g. "honours.regional_four_good"
    QString label;  // translated
    qint64 count = 0;
    std::optional<qint64> previous;
};

// 指标卡: one figure of the dashboard, with its base, definition and the change against the same
// date a year earlier. Every number is read from a Stats, never computed here.
struct DashboardTile
{
    QString key;         // the stats key the figure is read from ("coverage", "party.coverage" …)
    TileKind kind = TileKind::Count;
    QString title;       // translated
    QString definition;  // translated, for the tooltip and docs
    TileFigure now;
    std::optional<TileFigure> yearEarlier;  // absent when the figure is not in the earlier stats
    bool asItStandsNow = false;             // a count of the file as it is now, whatever the date: no comparison
    QList<TilePart> parts;                  // Parts tiles only

    // "89.77%", "1,123", "78.35", or the parts' sum for Parts tiles.
    QString valueText() const;
    // "1123/1251" for rates; empty for the rest.
    QString baseText() const;
    // "+3", "-1.25 pp", "+2.10", "—" when there is nothing to compare with.
    QString changeText() const;
    // The change as a signed number: counts and values as they are, rates in percentage points
    // of the rounded percentages shown (so that the change is what the eye reads); none when
    // either side is undefined.
    std::optional<double> change() const;
};

// Builds the tiles of a unit from its stats and the stats of the same unit a year earlier. A
// figure no contributor gives (the area is not in this build) yields no tile.
class DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)
public:
    static QList<DashboardTile> tiles(const UnitStats &now, const UnitStats *yearEarlier);
    // The date figures are compared with: the same day a year earlier (29 February → 28 February).
    static QDate yearEarlier(const QDate &asOf) { return asOf.addYears(-1); }
    // The keys of the tiles the dashboard knows, in display order (for docs and tests).
    static QStringList knownKeys();
};

} // namespace chamber
