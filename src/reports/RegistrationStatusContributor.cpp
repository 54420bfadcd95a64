// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationStatusContributor.h"

namespace chamber {

Status RegistrationStatusContributor::load(Database &, const QDate &, const QString &)
{
    // The status on the date already comes with each chamber (ChamberOnDate).
    return success();
}

void RegistrationStatusContributor::contribute(const QList<ChamberOnDate> &chambers, UnitStats &unit) const
{
    const QString prefix = QStringLiteral("registration_status.");
    // Every status is written, zeros too, so that CSV columns do not depend on the data.
    for (auto status : Registrations::allStatuses())
        unit.counts[prefix + Registrations::statusKey(status)] = 0;
    for (const auto &c : chambers)
        ++unit.counts[prefix + Registrations::statusKey(c.registration)];
}

} // namespace chamber
