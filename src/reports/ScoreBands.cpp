// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreBands.h"

#include "PointsService.h"

#include <algorithm>

namespace chamber {

QList<ScoreBand> ScoreBands::compute(Database &db, const QString &scopeCode, int year)
{
    PointsService points(db);
    if (!points.year(year))
        return {};
    const auto cards = points.scorecards(year, scopeCode);
    if (!cards)
        return {};
    QList<ScoreBand> bands;
    for (int i = 0; i < kBands; ++i)
        bands.append({i * kBandWidth, i + 1 < kBands ? (i + 1) * kBandWidth : 0, 0});
    for (const auto &card : *cards) {
        // Tenths of a point: 895 (89.5 points) falls in 80–90.
        const qint64 band = std::clamp<qint64>(card.totalTenths / (10 * kBandWidth), 0, kBands - 1);
        ++bands[band].chambers;
    }
    return bands;
}

} // namespace chamber
