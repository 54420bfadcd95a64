// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace chamber {

// Levels of the national statistics division codes, by code length: 2, 4, 6, 9 digits.
enum class DivisionLevel { Province = 1, City = 2, County = 3, Township = 4 };

// Kind of a township-level unit, read from code digits 7–9 (domain.md).
enum class TownshipKind {
    Subdistrict,  // 001–099 街道
    Town,         // 100–199 镇
    Township,     // 200–399 乡, 民族乡, 苏木
    OtherUnit,    // 400–599 development zones, farms and other units treated like townships
    Unknown,      // any other suffix
};

// 行政区划: one administrative division.
struct Division
{
    QString code;
    QString name;
    DivisionLevel level = DivisionLevel::Province;
    QString parentCode;

    bool operator==(const Division &) const = default;
};

class Divisions
{
    Q_DECLARE_TR_FUNCTIONS(Divisions)
public:
    static std::optional<DivisionLevel> levelForCode(const QString &code);
    static TownshipKind townshipKind(const QString &townshipCode);
    // True for 街道, 镇 and 乡: the units counted in coverage by default.
    static bool isProperTownship(TownshipKind kind);
    static QString kindName(TownshipKind kind);      // translated
    static QString kindKey(TownshipKind kind);       // "subdistrict", "town", "township", "other", "unknown"
    static QString levelName(DivisionLevel level);   // translated
    static QString levelKey(DivisionLevel level);    // "province", "city", "county", "township"
    static std::optional<DivisionLevel> levelFromKey(const QString &key);
};

} // namespace chamber
