// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"
#include "ValueParser.h"

#include <QCoreApplication>
#include <QHash>

namespace chamber {

// Finds the township a ledger row means, among the database's scope: by 9-digit code or name;
// a name written with its county before it (宾阳县宾州镇) or without its 镇/乡/街道 (宾州); or,
// when the cell is blank, the township named in the chamber's name (宾阳县宾州镇商会). Where a
// name fits several townships (a region's scope), the county named in the chamber's name decides.
class TownshipResolver
{
    Q_DECLARE_TR_FUNCTIONS(TownshipResolver)
public:
    explicit TownshipResolver(Database &db);
    // The township code; a warning says how it was found when that was not by its exact name.
    Parsed<QString> resolve(const QString &township, const QString &chamberName) const;

private:
    QList<Division> narrow(const QList<Division> &candidates, const QString &chamberName) const;
    QString describe(const QList<Division> &candidates) const;

    QList<Division> m_townships;
    // Lookups made once, so that a 5,000-row ledger does not scan every township per row.
    QHash<QString, int> m_byCode;
    QMultiHash<QString, int> m_byName;
    QMultiHash<QString, int> m_byBareName;  // the name without 镇/乡/街道
    QHash<QString, QString> m_countyNames;  // county code → name
    QString m_scopeName;
};

} // namespace chamber
