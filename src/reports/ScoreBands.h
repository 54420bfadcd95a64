// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QList>

namespace chamber {

// Chambers whose total for the year falls in [from, to) points; the last band is open above.
struct ScoreBand
{
    int from = 0;
    int to = 0;  // 0 for the open last band
    qint64 chambers = 0;

    bool operator==(const ScoreBand &) const = default;
};

// The distribution of the year's scorecard totals in a scope, in ten-point bands (0–10 … 90 and
// above), for the dashboard's chart. Vetoed chambers count by their points, as they stay on record.
class ScoreBands
{
public:
    static constexpr int kBandWidth = 10;
    static constexpr int kBands = 10;
    // Empty when the year has no rule set.
    static Result<QList<ScoreBand>> compute(Database &db, const QString &scopeCode, int year);
};

} // namespace chamber
