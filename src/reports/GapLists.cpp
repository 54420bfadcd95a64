// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapLists.h"

#include "CaseLifecycle.h"
#include "MediationCaseService.h"
#include "Party.h"
#include "PartyService.h"
#include "Readiness.h"
#include "Registration.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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
    QSet<qint64> withParty;
    for (const auto &o : PartyService(m_db).allOrganizations())
        if (Party::existsOn(o, asOf))
            withParty.insert(o.chamberId);
    QSet<QString> covered;
    QHash<qint64, const Chamber *> inScope;
    for (const auto &c : chambers) {
        if (!c.townshipCode.startsWith(scope.code))
            continue;
        inScope.insert(c.id, &c);
        if (!Chambers::existsOn(c, asOf))
            continue;
        if (Chambers::activeOn(c, asOf))
            covered.insert(c.townshipCode);
        const RegistrationStatus status = Registrations::statusOn(histories.value(c.id), asOf);
        const ChamberRow row{c, townshipNames.value(c.townshipCode), status};
        if (status != RegistrationStatus::Registered && Readiness::ready(c))
            gaps.readyToRegister.append(row);
        if (!withParty.contains(c.id))
            gaps.withoutParty.append(row);
    }
    gaps.casesOpenPastLimit = overdueCases(scope.code, asOf, inScope, townshipNames);
    // The same townships coverage counts (Stats.cpp): 街道, 镇, 乡, and 400–599 units by setting.
    for (const auto &t : townships) {
        const bool counted = Divisions::isProperTownship(t.kind) || (includeOther && t.kind == TownshipKind::OtherUnit);
        if (counted && !covered.contains(t.division.code))
            gaps.townshipsWithoutChamber.append(t);
    }
    return gaps;
}

QList<OverdueCase> GapLists::overdueCases(const QString &scopeCode, const QDate &asOf, const QHash<qint64, const Chamber *> &chambers,
                                          const QHash<QString, QString> &townshipNames) const
{
    MediationCaseService service(m_db);
    CaseQuery query;
    query.divisionPrefix = scopeCode;
    query.receivedTo = asOf.addDays(-kOverdueDays - 1);
    query.openOn = asOf;  // in SQL: the cases closed on the date (most of them) are not read at all
    QList<OverdueCase> out;
    for (const auto &listed : service.list(query)) {
        const MediationCase &mc = listed.record;
        const auto status = CaseLifecycle::statusOn(mc, service.history(mc.id), asOf);
        if (!status || Mediation::isClosed(*status))
            continue;
        const Chamber *c = chambers.value(mc.chamberId);
        out.append({mc, c ? c->name : listed.chamberName, listed.townshipCode, townshipNames.value(listed.townshipCode), *status,
                    mc.receivedOn.daysTo(asOf)});
    }
    std::stable_sort(out.begin(), out.end(), [](const OverdueCase &a, const OverdueCase &b) { return a.daysOpen > b.daysOpen; });
    return out;
}

} // namespace chamber
