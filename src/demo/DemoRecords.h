// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "DemoGenerator.h"

#include <algorithm>

namespace chamber {

// The parts of the records demo step (demoRecords) that make one chamber's mediation
// committee, cases and tallies, and its member needs (DemoMediation.cpp).
Status demoMediationFor(DemoContext &context, const Chamber &chamber, const QString &townshipName);
Status demoNeedsFor(DemoContext &context, const Chamber &chamber);

// The last day a chamber's demo records may carry: the horizon, or the day before it dissolved.
inline QDate demoLastDay(const Chamber &chamber, const QDate &horizon)
{
    return chamber.dissolved ? std::min(horizon, chamber.dissolved->addDays(-1)) : horizon;
}

} // namespace chamber
