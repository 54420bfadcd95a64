// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerificationStatsContributor.h"

#include "ChamberService.h"
#include "VerificationService.h"

namespace chamber {

void VerificationStatsContributor::load(Database &db, const QDate &, const QString &scopeCode)
{
    m_openByTownship.clear();
    const auto counts = VerificationService(db).openCountsByChamber();
    if (!counts || counts->isEmpty())
        return;
    for (const auto &c : ChamberService(db).all())
        if (c.townshipCode.startsWith(scopeCode) && counts->contains(c.id))
            m_openByTownship[c.townshipCode] += counts->value(c.id);
}

void VerificationStatsContributor::contribute(const QList<ChamberOnDate> &, UnitStats &unit) const
{
    qint64 open = 0;
    for (auto it = m_openByTownship.cbegin(); it != m_openByTownship.cend(); ++it)
        if (it.key().startsWith(unit.unit.code))
            open += it.value();
    unit.counts[QStringLiteral("verification.open")] = open;
}

} // namespace chamber
