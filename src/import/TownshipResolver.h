// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"
#include "ValueParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace chamber {

// Finds the township a ledger row means, among the database's scope. In this order:
// 1. the 9-digit code, or the name exactly as written;
// 2. the name with the province, city and county before it taken off (南宁市宾阳县新圩镇,
//    兴宾区小平阳镇) — a city or county written so must be the township's own — then exactly;
// 3. the name without its 镇/乡/街道 (宾阳县新圩 → 新圩镇);
// 4. a known township name the text ends with (the longest).
// When the cell is blank, the township named in the chamber's name (宾阳县宾州镇商会). A name that
// fits several townships (a region's scope) is narrowed by the row's city and county columns
// (设区市, 县（市、区）), then by the county or city named in the chamber's name; only then is it
// refused, listing the candidates.
class TownshipResolver
{
    Q_DECLARE_TR_FUNCTIONS(TownshipResolver)
public:
    explicit TownshipResolver(Database &db);
    // The errors of the reads it was made from (empty when all read): then it resolves nothing.
    const Problems &readProblems() const { return m_readProblems; }
    // The township code; a warning says how it was found when that was not by its exact name.
    Parsed<QString> resolve(const QString &township, const QString &chamberName, const QString &city = {},
                            const QString &county = {}) const;

private:
    Problems m_readProblems;
    struct Hints
    {
        QSet<QString> cities;    // city codes the row names (its column)
        QSet<QString> counties;  // county codes
    };
    QList<Division> narrow(const QList<Division> &candidates, const Hints &hints, const QString &chamberName) const;
    QString describe(const QList<Division> &candidates) const;
    QString cityOf(const Division &township) const;
    // County codes for a county's name as written (宾阳县, 宾阳, 南宁市宾阳县).
    QSet<QString> countiesNamed(const QString &text) const;
    QSet<QString> citiesNamed(const QString &text) const;
    // Takes the province, city and county names off the front; says which it took.
    QString stripPrefixes(const QString &text, Hints &taken) const;
    QList<Division> at(QList<int> indexes) const;

    QList<Division> m_townships;
    // Lookups made once, so that a 5,000-row ledger does not scan every township per row.
    QHash<QString, int> m_byCode;
    QMultiHash<QString, int> m_byName;
    QMultiHash<QString, int> m_byBareName;  // the name without 镇/乡/街道
    QHash<QString, QString> m_countyNames;  // county code → name
    QHash<QString, QString> m_countyCity;   // county code → city code
    QHash<QString, QString> m_cityNames;    // city code → name
    QStringList m_provinceNames;            // full and short (广西壮族自治区, 广西)
    QString m_scopeName;
};

} // namespace chamber
