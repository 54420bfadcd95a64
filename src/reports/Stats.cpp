// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stats.h"

#include "ChamberService.h"
#include "DivisionService.h"

#include <algorithm>

namespace chamber {

StatsService::StatsService(Database &db) : m_db(db) {}

namespace {

struct TownshipState
{
    TownshipInfo info;
    bool counted = false;
};

// The run of a list sorted by code whose codes start with prefix.
template<typename T, typename Code>
QList<T> withPrefix(const QList<T> &sorted, const QString &prefix, Code code)
{
    auto first = std::lower_bound(sorted.cbegin(), sorted.cend(), prefix, [&](const T &item, const QString &p) { return code(item) < p; });
    auto last = first;
    while (last != sorted.cend() && code(*last).startsWith(prefix))
        ++last;
    return QList<T>(first, last);
}

void fill(UnitStats &unit, const QList<TownshipState> &townships, const QList<ChamberOnDate> &chambers,
          const std::vector<std::unique_ptr<StatsContributor>> &contributors)
{
    QSet<QString> coveredTownships;
    int registered = 0;
    for (const auto &c : chambers) {
        if (c.active)
            coveredTownships.insert(c.chamber->townshipCode);
        if (c.registration == RegistrationStatus::Registered)
            ++registered;
    }
    int covered = 0;
    for (const auto &t : townships) {
        if (t.counted) {
            ++unit.townships;
            if (coveredTownships.contains(t.info.division.code))
                ++covered;
        } else {
            ++unit.excluded;
        }
    }
    unit.chambers = int(chambers.size());
    unit.coverage = Rate{covered, unit.townships};
    unit.registration = Rate{registered, unit.chambers};
    for (const auto &contributor : contributors)
        contributor->contribute(chambers, unit);
}

} // namespace

Result<Stats> StatsService::compute(const QString &scopeCode, std::optional<DivisionLevel> unitLevel, const QDate &asOf) const
{
    DivisionService divisions(m_db);
    const auto readScope = divisions.scope();
    if (!readScope)
        return readScope.problems();  // a file that cannot be read is not one to run init on
    if (!*readScope)
        return Problem::error(QStringLiteral("scope"), tr("The database has no scope yet; run init first."));
    const std::optional<Division> &dbScope = *readScope;
    Division scope = *dbScope;
    if (!scopeCode.isEmpty()) {
        auto found = divisions.findDivision(scopeCode);
        if (!found)
            return found.problems();
        scope = *found;
        if (!scope.code.startsWith(dbScope->code) && !dbScope->code.startsWith(scope.code))
            return Problem::error(QStringLiteral("scope"), tr("%1 is outside this database's scope %2.").arg(scope.name, dbScope->name));
        // A parent of the database's scope only holds what the database holds: use the scope itself.
        if (scope.code.size() < dbScope->code.size())
            scope = *dbScope;
    }
    const int scopeLevel = int(scope.level);
    DivisionLevel level = unitLevel.value_or(DivisionLevel(std::min(scopeLevel + 1, int(DivisionLevel::Township))));
    if (int(level) < scopeLevel)
        return Problem::error(QStringLiteral("by"), tr("Units must lie below the scope: %1 is a %2.")
                                                        .arg(scope.name, Divisions::levelName(scope.level)));
    Stats stats;
    stats.scope = scope;
    stats.asOf = asOf;
    const auto includeOther = divisions.includeOtherUnits();
    if (!includeOther)
        return includeOther.problems();
    stats.includeOtherUnits = *includeOther;
    stats.unitLevel = level;

    const auto scopeTownships = divisions.townships(scope.code);
    if (!scopeTownships)
        return scopeTownships.problems();
    QList<TownshipState> townships;
    for (const auto &t : *scopeTownships)
        townships.append({t, Divisions::isProperTownship(t.kind)
                                 || (stats.includeOtherUnits && t.kind == TownshipKind::OtherUnit)});

    ChamberService chamberService(m_db);
    const auto readChambers = chamberService.all();
    if (!readChambers)
        return readChambers.problems();
    const QList<Chamber> &all = *readChambers;
    const auto histories = RegistrationService(m_db).allHistories();
    if (!histories)
        return histories.problems();
    QList<ChamberOnDate> existing;
    for (const auto &c : all) {
        if (!c.townshipCode.startsWith(scope.code) || !Chambers::existsOn(c, asOf))
            continue;
        existing.append({&c, Registrations::statusOn(histories->value(c.id), asOf), Chambers::activeOn(c, asOf)});
    }
    auto contributors = defaultStatsContributors();
    for (auto &contributor : contributors)
        if (auto loaded = contributor->load(m_db, asOf, scope.code); !loaded)
            return loaded.problems();

    stats.total.unit = scope;
    fill(stats.total, townships, existing, contributors);

    // Units: every division at the level, under the scope.
    QList<Division> unitDivisions = {scope};
    while (!unitDivisions.isEmpty() && unitDivisions.first().level != level) {
        QList<Division> next;
        for (const auto &d : unitDivisions) {
            const auto children = divisions.children(d.code);
            if (!children)
                return children.problems();
            next.append(*children);
        }
        unitDivisions = next;
    }
    if (scope.level == level)
        unitDivisions.clear();  // a township scope has no units below it
    // Townships and chambers are in township-code order, so a unit's are one run of each list,
    // found by binary search (a scan of both lists per unit grows with units × chambers).
    auto townshipCode = [](const TownshipState &t) -> const QString & { return t.info.division.code; };
    auto chamberTownship = [](const ChamberOnDate &c) -> const QString & { return c.chamber->townshipCode; };
    for (const auto &d : unitDivisions) {
        UnitStats unit;
        unit.unit = d;
        fill(unit, withPrefix(townships, d.code, townshipCode), withPrefix(existing, d.code, chamberTownship), contributors);
        stats.units.append(unit);
    }
    return Result<Stats>(std::move(stats));
}

} // namespace chamber
