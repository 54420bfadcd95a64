// SPDX-License-Identifier: GPL-3.0-or-later
#include "Division.h"

namespace chamber {

std::optional<DivisionLevel> Divisions::levelForCode(const QString &code)
{
    for (const QChar c : code)
        if (!c.isDigit() || c.unicode() > 0x7F)
            return std::nullopt;
    switch (code.size()) {
    case 2: return DivisionLevel::Province;
    case 4: return DivisionLevel::City;
    case 6: return DivisionLevel::County;
    case 9: return DivisionLevel::Township;
    default: return std::nullopt;
    }
}

TownshipKind Divisions::townshipKind(const QString &townshipCode)
{
    if (townshipCode.size() != 9)
        return TownshipKind::Unknown;
    bool ok = false;
    const int suffix = townshipCode.mid(6, 3).toInt(&ok);
    if (!ok)
        return TownshipKind::Unknown;
    if (suffix >= 1 && suffix <= 99)
        return TownshipKind::Subdistrict;
    if (suffix >= 100 && suffix <= 199)
        return TownshipKind::Town;
    if (suffix >= 200 && suffix <= 399)
        return TownshipKind::Township;
    if (suffix >= 400 && suffix <= 599)
        return TownshipKind::OtherUnit;
    return TownshipKind::Unknown;
}

bool Divisions::isProperTownship(TownshipKind kind)
{
    return kind == TownshipKind::Subdistrict || kind == TownshipKind::Town || kind == TownshipKind::Township;
}

QString Divisions::kindName(TownshipKind kind)
{
    switch (kind) {
    case TownshipKind::Subdistrict: return tr("subdistrict");
    case TownshipKind::Town: return tr("town");
    case TownshipKind::Township: return tr("township", "township kind: 乡");
    case TownshipKind::OtherUnit: return tr("township-like unit");
    case TownshipKind::Unknown: break;
    }
    return tr("unknown");
}

QString Divisions::kindKey(TownshipKind kind)
{
    switch (kind) {
    case TownshipKind::Subdistrict: return QStringLiteral("subdistrict");
    case TownshipKind::Town: return QStringLiteral("town");
    case TownshipKind::Township: return QStringLiteral("township");
    case TownshipKind::OtherUnit: return QStringLiteral("other");
    case TownshipKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString Divisions::levelName(DivisionLevel level)
{
    switch (level) {
    case DivisionLevel::Province: return tr("province");
    case DivisionLevel::City: return tr("city");
    case DivisionLevel::County: return tr("county");
    case DivisionLevel::Township: return tr("township", "division level: 乡级");
    }
    return {};
}

QString Divisions::levelKey(DivisionLevel level)
{
    switch (level) {
    case DivisionLevel::Province: return QStringLiteral("province");
    case DivisionLevel::City: return QStringLiteral("city");
    case DivisionLevel::County: return QStringLiteral("county");
    case DivisionLevel::Township: return QStringLiteral("township");
    }
    return {};
}

std::optional<DivisionLevel> Divisions::levelFromKey(const QString &key)
{
    for (auto level : {DivisionLevel::Province, DivisionLevel::City, DivisionLevel::County, DivisionLevel::Township})
        if (levelKey(level) == key)
            return level;
    return std::nullopt;
}

} // namespace chamber
