// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

#include <QHash>

namespace chamber {

// Adds the figures of a chamber's wider record to each unit (docs/stats-json.md, "Records
// figures"): Party coverage, organisations, instructors and star ratings; honours by kind;
// mediation committees, cases, settlements, success rate, amounts and median days to close;
// and the member needs list. Everything as of the stats date, from the dated records, over the
// chambers that exist on that date.
class RecordsStatsContributor : public StatsContributor
{
public:
    Status load(Database &db, const QDate &asOf, const QString &scopeCode) override;
    void contribute(const QList<ChamberOnDate> &chambers, UnitStats &unit) const override;

    // One chamber's share of the figures on the date.
    struct Share
    {
        bool party = false;
        bool starRated = false;
        int instructors = 0;
        QList<int> honourKinds;  // HonourKind values held
        bool committee = false;
        qint64 cases = 0;       // listed cases, or the year's tally where larger, per year
        qint64 settled = 0;     // likewise
        qint64 listedSettled = 0;
        qint64 listedClosed = 0;
        qint64 amountDisputedFen = 0;
        qint64 amountAgreedFen = 0;
        QList<int> daysToClose;
        qint64 needsRaised = 0;
        qint64 needsOpen = 0;
        qint64 needsInProgress = 0;
        qint64 needsResolved = 0;
    };

private:
    QHash<qint64, Share> m_shares;
};

// The median of whole numbers (the mean of the middle two for an even count); nullopt if empty.
std::optional<double> median(QList<int> values);

} // namespace chamber
