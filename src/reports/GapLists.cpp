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

Result<Gaps> GapLists::compute(const Division &scope, const QDate &asOf) const
{
    Gaps gaps;
    gaps.scope = scope;
    gaps.asOf = asOf;

    DivisionService divisions(m_db);
    const auto readInclude = divisions.includeOtherUnits();
    const auto readTownships = divisions.townships(scope.code);
    const auto readChambers = ChamberService(m_db).all();
    const auto readHistories = RegistrationService(m_db).allHistories();
    const auto organizations = PartyService(m_db).allOrganizations();
    if (!readInclude || !readTownships || !readChambers || !readHistories || !organizations)
        return readInclude.problems() + readTownships.problems() + readChambers.problems() + readHistories.problems()
               + organizations.problems();
    const bool includeOther = *readInclude;
    const QList<TownshipInfo> &townships = *readTownships;
    QHash<QString, QString> townshipNames;
    for (const auto &t : townships)
        townshipNames.insert(t.division.code, t.division.name);

    const QList<Chamber> &chambers = *readChambers;
    const auto &histories = *readHistories;
    QSet<qint64> withParty;
    for (const auto &o : *organizations)
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
    const auto overdue = overdueCases(scope.code, asOf, inScope, townshipNames);
    if (!overdue)
        return overdue.problems();
    gaps.casesOpenPastLimit = *overdue;
    // The same townships coverage counts (Stats.cpp): 街道, 镇, 乡, and 400–599 units by setting.
    for (const auto &t : townships) {
        const bool counted = Divisions::isProperTownship(t.kind) || (includeOther && t.kind == TownshipKind::OtherUnit);
        if (counted && !covered.contains(t.division.code))
            gaps.townshipsWithoutChamber.append(t);
    }
    return gaps;
}

Result<QList<OverdueCase>> GapLists::overdueCases(const QString &scopeCode, const QDate &asOf, const QHash<qint64, const Chamber *> &chambers,
                                          const QHash<QString, QString> &townshipNames) const
{
    MediationCaseService service(m_db);
    CaseQuery query;
    query.divisionPrefix = scopeCode;
    query.receivedTo = asOf.addDays(-kOverdueDays - 1);
    query.openOn = asOf;  // in SQL: the cases closed on the date (most of them) are not read at all
    QList<OverdueCase> out;
    const auto cases = service.list(query);
    if (!cases)
        return cases.problems();
    for (const auto &listed : *cases) {
        const MediationCase &mc = listed.record;
        const auto history = service.history(mc.id);
        if (!history)
            return history.problems();
        const auto status = CaseLifecycle::statusOn(mc, *history, asOf);
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
