// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardService.h"

#include "DivisionService.h"
#include "PointsService.h"
#include "StatsWriters.h"

#include <QIODevice>

namespace chamber {

Result<DashboardData> DashboardService::load(const QString &scopeCode, const QDate &asOf) const
{
    StatsService service(m_db);
    auto now = service.compute(scopeCode, std::nullopt, asOf);
    if (!now)
        return now.problems();
    auto before = service.compute(now->scope.code, now->unitLevel, DashboardFigures::yearEarlier(asOf));
    if (!before)
        return before.problems();

    DashboardData data;
    data.stats = std::move(now.value());
    data.yearEarlier = std::move(before.value());
    data.tiles = DashboardFigures::tiles(data.stats.total, &data.yearEarlier.total);
    auto gaps = GapLists(m_db).compute(data.stats.scope, asOf);
    auto months = MediationSeries::compute(m_db, data.stats.scope.code, asOf);
    auto bands = ScoreBands::compute(m_db, data.stats.scope.code, asOf.year());
    if (!gaps || !months || !bands)
        return gaps.problems() + months.problems() + bands.problems();
    data.gaps = std::move(gaps.value());
    data.mediationByMonth = std::move(months.value());
    data.scoreBands = std::move(bands.value());

    DivisionService divisions(m_db);
    const auto readScope = divisions.scope();
    if (!readScope)
        return readScope.problems();
    const std::optional<Division> &dbScope = *readScope;
    const QString &code = data.stats.scope.code;
    for (int length : {2, 4, 6, 9}) {
        if (length > code.size())
            break;
        if (dbScope && length < dbScope->code.size())
            continue;
        const auto d = divisions.byCode(code.left(length));
        if (!d)
            return d.problems();
        if (*d)
            data.path.append(**d);
    }
    return Result<DashboardData>(std::move(data));
}

QList<DashboardTile> DashboardService::unitTiles(const DashboardData &data, const QString &unitCode)
{
    const UnitStats *before = nullptr;
    for (const auto &u : data.yearEarlier.units)
        if (u.unit.code == unitCode)
            before = &u;
    for (const auto &u : data.stats.units)
        if (u.unit.code == unitCode)
            return DashboardFigures::tiles(u, before);
    return {};
}

bool DashboardService::writeJson(const DashboardData &data, QIODevice &out)
{
    // Written as chamberctl writes it (two-space indent, a final newline), byte for byte.
    const QByteArray bytes = QByteArray::fromStdString(statsToJson(data.stats).dump(2)) + '\n';
    return out.write(bytes) == bytes.size();
}

bool DashboardService::writeCsv(const DashboardData &data, QIODevice &out)
{
    return writeStatsCsv(data.stats, out);
}

Result<DefaultAsOf> DashboardService::defaultAsOf(const QDate &today) const
{
    const DefaultAsOf onToday{today, {}};
    if (today.month() > 3)
        return onToday;
    PointsService points(m_db);
    // A year has scores once an entry is approved in it, or its report is published. A year that
    // was never started has none; a read that fails is the error.
    auto scored = [&points](int year) -> Result<bool> {
        const auto started = points.year(year);
        if (!started)
            return readFailed(started.problems()) ? Result<bool>(started.problems()) : Result<bool>(false);
        if (started->published)
            return true;
        const auto approved = points.entryCount(PointsEntryQuery::ofYear(year, EntryStatus::Approved));
        if (!approved)
            return approved.problems();
        return *approved > 0;
    };
    const int year = today.year();
    const auto thisYear = scored(year);
    if (!thisYear)
        return thisYear.problems();
    if (*thisYear)
        return onToday;
    const auto lastYear = scored(year - 1);
    if (!lastYear)
        return lastYear.problems();
    if (!*lastYear)
        return onToday;
    return DefaultAsOf{QDate(year - 1, 12, 31), tr("Opened at the end of %1: no chamber has a score for %2 yet. For today's figures, "
                                                   "pick Today under Year end.").arg(year - 1).arg(year)};
}

} // namespace chamber
