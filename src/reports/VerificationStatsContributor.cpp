// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerificationStatsContributor.h"

#include "ChamberService.h"
#include "VerificationService.h"

namespace chamber {

Status VerificationStatsContributor::load(Database &db, const QDate &, const QString &scopeCode)
{
    m_openByCode.clear();
    const auto counts = VerificationService(db).openCountsByChamber();
    if (!counts)
        return counts.problems();
    if (counts->isEmpty())
        return success();
    const auto chambers = ChamberService(db).all();
    if (!chambers)
        return chambers.problems();
    for (const auto &c : *chambers) {
        if (!c.townshipCode.startsWith(scopeCode) || !counts->contains(c.id))
            continue;
        const qint64 open = counts->value(c.id);
        for (int length : {2, 4, 6})
            if (c.townshipCode.size() > length)
                m_openByCode[c.townshipCode.left(length)] += open;
        m_openByCode[c.townshipCode] += open;
    }
    return success();
}

void VerificationStatsContributor::contribute(const QList<ChamberOnDate> &, UnitStats &unit) const
{
    unit.counts[QStringLiteral("verification.open")] = m_openByCode.value(unit.unit.code);
}

} // namespace chamber
