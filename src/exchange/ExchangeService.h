// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"
#include "ExchangePackage.h"
#include "ExchangeStore.h"

#include <QCoreApplication>

#include <optional>

namespace chamber {

// What a package would do to one kind of one origin's records: against the origin's previous
// package, by uid.
struct ExchangeKindPlan
{
    QString kind;
    int created = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
};

// One county's section of a package, checked against what the database holds.
struct ExchangeOriginPlan
{
    QString fileName;
    ExchangeSection section;
    std::optional<ExchangeOrigin> held;  // the package taken before from that county
    bool take = false;                   // false: left out (see note)
    QString note;                        // why it is left out
    QList<ExchangeKindPlan> kinds;
};

struct ExchangeImportPlan
{
    QList<ExchangeOriginPlan> origins;
    Problems problems;  // warnings (sections left out) when something can be taken
    bool anythingToTake() const;
};

// Report packages (docs/exchange.md): a county makes one of all its records; a city or region
// database takes them in, each county's records replacing that county's previous ones wholesale,
// in one transaction; and says who has reported.
class ExchangeService
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeService)
public:
    explicit ExchangeService(Database &db) : m_db(db) {}

    // Makes the package: a county database its own records (the next sequence number); a city's
    // or region's database forwards the packages it took in — or, with county, reports the
    // records of that county it keeps itself (as the county's own file would). Recorded in
    // exchange_export.
    Result<QByteArray> exportPackage(const QDate &asOf, const QString &fileName, const QString &county = {});
    // Reads and checks the files, and plans each county's section. Nothing is written.
    Result<ExchangeImportPlan> plan(const QList<std::pair<QString, QByteArray>> &files) const;
    // Takes the planned sections in, all in one transaction, after a backup copy of the file (the
    // automatic copy before every import). The copy's path; empty when the plan takes nothing in.
    Result<QString> apply(const ExchangeImportPlan &plan);
    // Every county under the scope, with its last package.
    Result<QList<ExchangeCountyStatus>> status() const;
    // The counties under the database's scope (the scope itself for a county database).
    Result<QList<Division>> counties() const;

private:
    Result<QList<ExchangeKindPlan>> kindPlans(const ExchangeSection &section, bool taken, ExchangeStore &store) const;

    Database &m_db;
};

} // namespace chamber
