// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring reports of several counties in one file: a city's or the region's (`report scoring --scope`).
#include "ScoringReport.h"

#include "ChamberService.h"
#include "DivisionService.h"
#include "ExchangeStore.h"
#include "PointsService.h"

namespace chamber {

Result<Division> ScoringReports::scopeDivision(const QString &codeOrName) const
{
    DivisionService divisions(m_db);
    const auto readScope = divisions.scope();
    if (!readScope)
        return readScope.problems();
    const std::optional<Division> &scope = *readScope;
    if (!scope)
        return Problem::error(QStringLiteral("scope"), tr("The database has no scope yet; run init first."));
    if (codeOrName.trimmed().isEmpty())
        return *scope;
    auto found = divisions.findDivision(codeOrName.trimmed());
    if (!found)
        return found.problems();
    if (!found->code.startsWith(scope->code) && !scope->code.startsWith(found->code))
        return Problem::error(QStringLiteral("scope"), tr("%1 is not within %2, the scope of this database.").arg(found->name, scope->name));
    if (found->level == DivisionLevel::Township)
        return Problem::error(QStringLiteral("scope"), tr("%1 is a township; a scoring report is made for a county, a city or the region.").arg(found->name));
    // Above the database's scope: its own counties (a county file asked for its region).
    if (scope->code.startsWith(found->code))
        return *scope;
    return found;
}

Result<QList<ScoringReport>> ScoringReports::reports(int year, const QString &scopeText, std::optional<QDate> issueDate, ReportLanguage language) const
{
    const auto scope = scopeDivision(scopeText);
    if (!scope)
        return scope.problems();
    QList<ScoringReport> out;
    if (scope->level == DivisionLevel::County) {
        auto one = report(year, scope->code, issueDate, language);
        if (!one)
            return one.problems();
        out.append(*one);
        return out;
    }
    ChamberService chambers(m_db);
    ExchangeStore exchange(m_db);
    // The counties this database keeps itself share its own publication: read once for all of
    // them (report() would read the whole snapshot again for each county).
    std::optional<bool> ownPublished;
    QHash<QString, ScoringReport> ownReports;
    const auto allCounties = counties();
    if (!allCounties)
        return allCounties.problems();
    for (const Division &county : *allCounties) {
        if (!county.code.startsWith(scope->code))
            continue;
        ChamberQuery query;
        query.divisionPrefix = county.code;
        const auto held = chambers.count(query);
        if (!held)
            return held.problems();
        if (*held == 0)
            continue;
        const auto owner = exchange.ownerOf(county.code);
        if (!owner)
            return owner.problems();
        if (owner->isEmpty()) {
            if (!ownPublished) {
                const auto settings = PointsService(m_db).year(year);
                if (!settings)
                    return settings.problems();
                ownPublished = settings->published;
                if (*ownPublished) {
                    const auto published = publishedReports(year, scope->code);
                    if (!published)
                        return published.problems();
                    for (const auto &r : *published)
                        ownReports.insert(r.county.code, r);
                }
            }
            if (*ownPublished) {
                if (const auto found = ownReports.constFind(county.code); found != ownReports.cend()) {
                    out.append(*found);
                    continue;
                }
            } else {
                auto built = build(year, county, issueDate.value_or(QDate::currentDate()), language);
                if (!built)
                    return built.problems();
                out.append(*built);
                continue;
            }
        }
        auto one = report(year, county.code, issueDate, language);
        if (!one)
            return one.problems();
        out.append(*one);
    }
    if (out.isEmpty())
        return Problem::error(QStringLiteral("scope"), tr("This database holds no chamber of %1: there is no report to make.").arg(scope->name));
    return out;
}

} // namespace chamber
