// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Database.h"
#include "Division.h"
#include "Rate.h"
#include "Registration.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <memory>
#include <vector>

namespace chamber {

// The figures of one unit (the scope itself, or a city, county or township in it).
// Coverage and registration are always there; other areas add their figures under dotted keys
// ("party.coverage", "mediation.cases") through StatsContributor.
struct UnitStats
{
    Division unit;
    int townships = 0;  // townships counted in coverage
    int excluded = 0;   // township-level units left out (400–599, unless the setting includes them)
    int chambers = 0;   // chambers existing on the date (founded, not dissolved)
    Rate coverage;      // counted townships with an active chamber ÷ counted townships
    Rate registration;  // registered chambers ÷ chambers
    QMap<QString, qint64> counts;
    QMap<QString, Rate> rates;
    QMap<QString, double> values;  // medians and averages; never money
};

struct Stats
{
    Division scope;
    QDate asOf;
    bool includeOtherUnits = false;
    UnitStats total;
    DivisionLevel unitLevel = DivisionLevel::Township;
    QList<UnitStats> units;
};

// Everything a contributor may need about one chamber on the date.
struct ChamberOnDate
{
    const Chamber *chamber = nullptr;
    RegistrationStatus registration = RegistrationStatus::NotRegistered;
    bool active = false;
};

// Adds an area's figures to each unit. load() reads what it needs once; contribute() is then
// called per unit with the chambers that exist in it on the date.
class StatsContributor
{
public:
    virtual ~StatsContributor() = default;
    // scopeCode: the division code the figures are for; a contributor need read only the records
    // of chambers whose township code starts with it (at region scale that is what keeps a
    // drill-down quick).
    // An error (the read's) when a query fails: figures are never made from what could not be read.
    virtual Status load(Database &db, const QDate &asOf, const QString &scopeCode) = 0;
    virtual void contribute(const QList<ChamberOnDate> &chambers, UnitStats &unit) const = 0;
};

// The contributors every figure set includes (StatsContributors.cpp lists them).
std::vector<std::unique_ptr<StatsContributor>> defaultStatsContributors();

// Computes the figures of domain.md for a scope as of a date, from the dated histories.
class StatsService
{
    Q_DECLARE_TR_FUNCTIONS(StatsService)
public:
    explicit StatsService(Database &db);

    // scopeCode empty = the database's scope; unitLevel unset = one level below the scope.
    Result<Stats> compute(const QString &scopeCode = {}, std::optional<DivisionLevel> unitLevel = std::nullopt,
                          const QDate &asOf = QDate::currentDate()) const;

private:
    Database &m_db;
};

} // namespace chamber
