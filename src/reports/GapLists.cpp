// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapLists.h"

#include "Readiness.h"
#include "Registration.h"

#include <QHash>
#include <QSet>

namespace chamber {

Gaps GapLists::compute(const Division &scope, const QDate &asOf) const
{
    Gaps gaps;
    gaps.scope = scope;
    gaps.asOf = asOf;

    DivisionService divisions(m_db);
    const bool includeOther = divisions.includeOtherUnits();
    const QList<TownshipInfo> townships = divisions.townships(scope.code);
    QHash<QString, QString> townshipNames;
    for (const auto &t : townships)
        townshipNames.insert(t.division.code, t.division.name);

    const QList<Chamber> chambers = ChamberService(m_db).all();
    const auto histories = RegistrationService(m_db).allHistories();
    QSet<QString> covered;
    for (const auto &c : chambers) {
        if (!c.townshipCode.startsWith(scope.code) || !Chambers::existsOn(c, asOf))
            continue;
        if (Chambers::activeOn(c, asOf))
            covered.insert(c.townshipCode);
        const RegistrationStatus status = Registrations::statusOn(histories.value(c.id), asOf);
        if (status != RegistrationStatus::Registered && Readiness::ready(c))
            gaps.readyToRegister.append({c, townshipNames.value(c.townshipCode), status});
    }
    // The same townships coverage counts (Stats.cpp): 街道, 镇, 乡, and 400–599 units by setting.
    for (const auto &t : townships) {
        const bool counted = Divisions::isProperTownship(t.kind) || (includeOther && t.kind == TownshipKind::OtherUnit);
        if (counted && !covered.contains(t.division.code))
            gaps.townshipsWithoutChamber.append(t);
    }
    return gaps;
}

} // namespace chamber
