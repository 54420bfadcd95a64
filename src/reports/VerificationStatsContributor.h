// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

#include <QHash>

namespace chamber {

// Adds "verification.open": the verification items (待核实) still open for the chambers of each
// unit — what an import held back or doubted and no clerk has settled yet. Items are counted as
// they stand now, whatever the as-of date, and for every chamber of the unit (one dissolved
// before it was founded included, since that clash is itself an item).
class VerificationStatsContributor : public StatsContributor
{
public:
    Status load(Database &db, const QDate &asOf, const QString &scopeCode) override;
    void contribute(const QList<ChamberOnDate> &chambers, UnitStats &unit) const override;

private:
    // Open items summed under every prefix of a township's code (province 2, city 4, county 6,
    // township 9 digits): a unit's figure is one look-up, whatever the number of units.
    QHash<QString, qint64> m_openByCode;
};

} // namespace chamber
