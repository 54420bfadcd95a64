// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Rate.h"

#include <QDate>
#include <QList>

namespace chamber {

// One month of mediation in a scope: cases received in it, cases closed in it, and of those the
// ones settled, so that the settled share is taken over the cases that ended that month.
struct MonthCases
{
    QDate month;  // the first day of the month
    qint64 received = 0;
    qint64 closed = 0;
    qint64 settled = 0;

    Rate settledShare() const { return Rate{settled, closed}; }
    bool operator==(const MonthCases &) const = default;
};

// The mediation cases of a scope month by month, for the dashboard's chart. Taken from the case
// list and its dated status changes; a ledger's yearly tally (MediationTally) has no months and
// so is not in it, though the stats' mediation.cases count it.
class MediationSeries
{
public:
    // The `months` months ending with the date's month, oldest first; only what happened on or
    // before the date counts.
    static Result<QList<MonthCases>> compute(Database &db, const QString &scopeCode, const QDate &asOf, int months = 12);
};

} // namespace chamber
