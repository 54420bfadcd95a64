// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreBands.h"

#include "PointsService.h"
#include "RecordSql.h"

#include <algorithm>

namespace chamber {

Result<QList<ScoreBand>> ScoreBands::compute(Database &db, const QString &scopeCode, int year)
{
    PointsService points(db);
    if (const auto started = points.year(year); !started)
        return readFailed(started.problems()) ? Result<QList<ScoreBand>>(started.problems()) : QList<ScoreBand>();
    const auto cards = points.scorecards(year, scopeCode);
    if (!cards)
        return cards.problems();
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
