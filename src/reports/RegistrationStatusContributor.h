// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

namespace chamber {

// Adds the count of chambers in each registration status on the date
// ("registration_status.not_registered" … "registration_status.deregistered"), so that the
// dashboard's status donut is drawn from the same figures `chamberctl stats` exports.
class RegistrationStatusContributor : public StatsContributor
{
public:
    Status load(Database &db, const QDate &asOf, const QString &scopeCode) override;
    void contribute(const QList<ChamberOnDate> &chambers, UnitStats &unit) const override;
};

} // namespace chamber
