// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardFigures.h"

#include "Honour.h"
#include "Points.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace chamber {

namespace {

// The tiles in display order. Keys follow the stats contract (docs/stats-json.md); a Parts tile's
// key is the prefix of its counts.
struct TileSpec
{
    const char *key;
    TileKind kind;
    const char *title;
    const char *definition;
    // Counted as the file stands now, whatever the date (open verification items): a year-earlier
    // figure would be the same count again, and "±0" beside it would say nothing.
    bool now = false;
};

const TileSpec kSpecs[] = {
    {"coverage", TileKind::Rate, QT_TRANSLATE_NOOP("DashboardFigures", "Chamber coverage"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Townships with at least one active chamber on the date ÷ townships counted "
                                           "(街道, 镇 and 乡; development zones and farms only when the setting includes them).")},
    {"registration", TileKind::Rate, QT_TRANSLATE_NOOP("DashboardFigures", "Registration rate"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Chambers registered with the civil affairs bureau on the date ÷ chambers existing "
                                           "on the date (founded, not dissolved).")},
    {"chambers", TileKind::Count, QT_TRANSLATE_NOOP("DashboardFigures", "Chambers"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Chambers founded on or before the date and not dissolved by it, dormant ones included.")},
    {"party.coverage", TileKind::Rate, QT_TRANSLATE_NOOP("DashboardFigures", "Party coverage"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Chambers with a Party organisation on the date ÷ chambers existing on the date.")},
    {"party.instructors", TileKind::Count, QT_TRANSLATE_NOOP("DashboardFigures", "Party instructors"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Party-building instructors (liaisons) in post on the date at the chambers.")},
    {"party.star_rated", TileKind::Count, QT_TRANSLATE_NOOP("DashboardFigures", "Star-rated Party organisations"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Chambers whose Party organisation holds a star rating (1–5 stars) on the date, or "
                                           "that hold a 星级党组织 honour given by then: one fact, one figure.")},
    {"honours", TileKind::Parts, QT_TRANSLATE_NOOP("DashboardFigures", "Honours"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Chambers holding each honour on the date: given in the date's year or earlier.")},
    {"mediation.committees", TileKind::Count, QT_TRANSLATE_NOOP("DashboardFigures", "Mediation committees"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Chambers' mediation committees or rooms founded by the date.")},
    {"mediation.cases", TileKind::Count, QT_TRANSLATE_NOOP("DashboardFigures", "Mediation cases"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Disputes taken in for mediation by the chambers up to the date: the case list, or a "
                                           "ledger's yearly tally where that is larger.")},
    {"mediation.success_rate", TileKind::Rate, QT_TRANSLATE_NOOP("DashboardFigures", "Mediation success rate"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Listed cases settled by the date ÷ listed cases closed by the date (settled, failed or "
                                           "referred to court or arbitration).")},
    {"needs.open", TileKind::Count, QT_TRANSLATE_NOOP("DashboardFigures", "Open member needs"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Members' needs raised by the date and not yet resolved on it.")},
    {"verification.open", TileKind::Count, QT_TRANSLATE_NOOP("DashboardFigures", "Values to verify"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Values a ledger import held back or took in with a doubt (待核实) that no clerk has "
                                           "settled yet; counted as they stand now, whatever the date."),
     true},
    {"points.average", TileKind::Value, QT_TRANSLATE_NOOP("DashboardFigures", "Average score"),
     QT_TRANSLATE_NOOP("DashboardFigures", "The year's micro-points total averaged over the chambers scored.")},
    {"points.grades", TileKind::Parts, QT_TRANSLATE_NOOP("DashboardFigures", "Grades"),
     QT_TRANSLATE_NOOP("DashboardFigures", "Chambers by the grade of the year's scorecard (a veto gives 否决).")},
};

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

// The parts of a group in their natural order, with their labels.
QList<std::pair<QString, QString>> partsOf(const QString &group)
{
    QList<std::pair<QString, QString>> out;
    if (group == QStringLiteral("honours")) {
        for (auto kind : Honours::allKinds())
            out.append({Honours::kindKey(kind), Honours::kindName(kind)});
    } else if (group == QStringLiteral("points.grades")) {
        for (auto grade : Points::allGrades())
            out.append({Points::gradeKey(grade), Points::gradeName(grade)});
    }
    return out;
}

// Whether the area of a key ("points" for "points.average") gave any figure.
bool areaPresent(const UnitStats &u, const QString &k)
{
    const QString area = k.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
    auto has = [&](const QStringList &keys) {
        return std::any_of(keys.cbegin(), keys.cend(), [&](const QString &x) { return x.startsWith(area); });
    };
    return has(u.counts.keys()) || has(u.rates.keys()) || has(u.values.keys());
}

// The figure under a key, or none when no contributor gave it.
std::optional<TileFigure> figure(const UnitStats &u, const QString &k, TileKind kind)
{
    TileFigure f;
    if (k == QStringLiteral("coverage")) {
        f.rate = u.coverage;
    } else if (k == QStringLiteral("registration")) {
        f.rate = u.registration;
    } else if (k == QStringLiteral("chambers")) {
        f.count = u.chambers;
    } else if (kind == TileKind::Count && u.counts.contains(k)) {
        f.count = u.counts.value(k);
    } else if (kind == TileKind::Rate && u.rates.contains(k)) {
        f.rate = u.rates.value(k);
    } else if (kind == TileKind::Value && areaPresent(u, k)) {
        // An average over nothing is left out of the stats; the tile then shows "—".
        if (u.values.contains(k))
            f.value = u.values.value(k);
    } else {
        return std::nullopt;
    }
    return f;
}

QString signedNumber(double v, int decimals)
{
    const QString text = QLocale().toString(std::abs(v), 'f', decimals);
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        return QStringLiteral("±") + QLocale().toString(0.0, 'f', decimals);
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + text;
}

} // namespace

QList<DashboardTile> DashboardFigures::tiles(const UnitStats &now, const UnitStats *yearEarlier)
{
    QList<DashboardTile> out;
    for (const auto &spec : kSpecs) {
        DashboardTile tile;
        tile.key = key(spec.key);
        tile.kind = spec.kind;
        tile.title = tr(spec.title);
        tile.definition = tr(spec.definition);
        if (spec.kind == TileKind::Parts) {
            for (const auto &[partKey, label] : partsOf(tile.key)) {
                const QString full = tile.key + QLatin1Char('.') + partKey;
                if (!now.counts.contains(full))
                    continue;
                TilePart part{full, label, now.counts.value(full), std::nullopt};
                if (yearEarlier && yearEarlier->counts.contains(full))
                    part.previous = yearEarlier->counts.value(full);
                tile.now.count += part.count;
                tile.parts.append(part);
            }
            if (tile.parts.isEmpty())
                continue;
            if (yearEarlier) {
                TileFigure before;
                bool any = false;
                for (const auto &p : tile.parts) {
                    before.count += p.previous.value_or(0);
                    any = any || p.previous.has_value();
                }
                if (any)
                    tile.yearEarlier = before;
            }
            out.append(tile);
            continue;
        }
        const auto f = figure(now, tile.key, spec.kind);
        if (!f)
            continue;
        tile.now = *f;
        tile.asItStandsNow = spec.now;
        if (yearEarlier && !spec.now)
            tile.yearEarlier = figure(*yearEarlier, tile.key, spec.kind);
        out.append(tile);
    }
    return out;
}

QStringList DashboardFigures::knownKeys()
{
    QStringList keys;
    for (const auto &spec : kSpecs)
        keys.append(key(spec.key));
    return keys;
}

QString DashboardTile::valueText() const
{
    switch (kind) {
    case TileKind::Rate: return now.rate.percentText();
    case TileKind::Value: return now.value ? QLocale().toString(*now.value, 'f', 2) : QStringLiteral("—");
    case TileKind::Count:
    case TileKind::Parts: return QLocale().toString(now.count);
    }
    return {};
}

QString DashboardTile::baseText() const
{
    if (kind != TileKind::Rate)
        return {};
    return QStringLiteral("%1/%2").arg(QLocale().toString(now.rate.numerator), QLocale().toString(now.rate.denominator));
}

std::optional<double> DashboardTile::change() const
{
    if (!yearEarlier)
        return std::nullopt;
    switch (kind) {
    case TileKind::Rate: {
        const auto a = now.rate.basisPoints();
        const auto b = yearEarlier->rate.basisPoints();
        if (!a || !b)
            return std::nullopt;
        return double(*a - *b) / 100.0;
    }
    case TileKind::Value:
        if (!now.value || !yearEarlier->value)
            return std::nullopt;
        return *now.value - *yearEarlier->value;
    case TileKind::Count:
    case TileKind::Parts: return double(now.count - yearEarlier->count);
    }
    return std::nullopt;
}

QString DashboardTile::changeText() const
{
    const auto c = change();
    if (!c)
        return QStringLiteral("—");
    switch (kind) {
    case TileKind::Rate: return DashboardFigures::tr("%1 pp", "percentage points").arg(signedNumber(*c, 2));
    case TileKind::Value: return signedNumber(*c, 2);
    case TileKind::Count:
    case TileKind::Parts: return signedNumber(*c, 0);
    }
    return {};
}

} // namespace chamber
