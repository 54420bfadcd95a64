// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsReporting.h"

#include "DivisionService.h"
#include "ExchangeStore.h"

#include <QHash>

namespace chamber {

namespace {

const char *key(StatsReporting::Standing s)
{
    switch (s) {
    case StatsReporting::Standing::Reported:
        return "reported";
    case StatsReporting::Standing::KeptHere:
        return "kept_here";
    case StatsReporting::Standing::Missing:
        break;
    }
    return "missing";
}

} // namespace

int StatsReporting::count(Standing standing) const
{
    int n = 0;
    for (const auto &c : counties)
        n += c.standing == standing ? 1 : 0;
    return n;
}

Result<std::optional<StatsReporting>> StatsReporting::load(Database &db, const Division &scope)
{
    if (scope.level == DivisionLevel::County || scope.level == DivisionLevel::Township)
        return std::optional<StatsReporting>();
    DivisionService divisions(db);
    QList<Division> level = {scope};
    while (!level.isEmpty() && level.first().level != DivisionLevel::County) {
        QList<Division> next;
        for (const auto &d : level) {
            const auto children = divisions.children(d.code);
            if (!children)
                return children.problems();
            next.append(*children);
        }
        level = next;
    }
    ExchangeStore store(db);
    QHash<QString, ExchangeOrigin> received;
    const auto origins = store.origins();
    if (!origins)
        return origins.problems();
    for (const auto &o : *origins)
        received.insert(o.code, o);
    StatsReporting r;
    for (const auto &county : level) {
        County c;
        c.county = county;
        if (const auto o = received.constFind(county.code); o != received.cend()) {
            c.standing = Standing::Reported;
            c.sequence = o->sequence;
            c.asOf = o->asOf;
            c.madeAt = o->madeAt;
        } else {
            const auto own = store.ownChambers(county.code);
            if (!own)
                return own.problems();
            if (*own > 0)
                c.standing = Standing::KeptHere;
        }
        r.counties.append(c);
    }
    return std::optional<StatsReporting>(std::move(r));
}

QString StatsReporting::note() const
{
    const int reported = count(Standing::Reported);
    if (reported == 0)
        return {};
    return StatsReportingText::reported(reported, int(counties.size()) - count(Standing::KeptHere));
}

QString StatsReportingText::reported(int reported, int counties)
{
    return tr("reported: %1/%2 counties").arg(reported).arg(counties);
}

nlohmann::json StatsReporting::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto &c : counties) {
        nlohmann::json j = {{"code", c.county.code.toStdString()}, {"name", c.county.name.toStdString()}, {"standing", key(c.standing)}};
        if (c.standing == Standing::Reported) {
            j["sequence"] = c.sequence;
            j["as_of"] = c.asOf.toString(Qt::ISODate).toStdString();
            j["made_at"] = c.madeAt.toStdString();
        }
        list.push_back(j);
    }
    return {{"counties", int(counties.size())},
            {"reported", count(Standing::Reported)},
            {"kept_here", count(Standing::KeptHere)},
            {"missing", count(Standing::Missing)},
            {"by_county", list}};
}

} // namespace chamber
