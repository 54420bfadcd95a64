// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "DemoRandom.h"
#include "Division.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace chamber {

// What one demo step works with: the database, the seeded generator, the scope, the last date
// any made-up record may carry, and what earlier steps made.
struct DemoContext
{
    Database &db;
    DemoRandom &random;
    Division scope;
    QDate horizon;
    QList<qint64> chamberIds;
    QMap<QString, int> counts;  // what was made, by kind, for the summary
    std::function<void(int percent)> progress;  // may be empty

    // Tells the progress callback how far the run is: step's share of the run from [from, to) percent,
    // done of total items of the step.
    void report(int from, int to, qsizetype done, qsizetype total) const
    {
        if (progress && total > 0)
            progress(from + int((to - from) * done / total));
    }
};

// Fills a database with realistic made-up records for every township of a scope: real township
// names, Chinese personal names, valid credit codes, dated histories over several years.
// Deterministic for a seed. Each area adds its own step (DemoGenerator.cpp lists them).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // The last date demo records carry: fixed, so that a seed gives the same data every day.
    static QDate horizon();
    // Refused unless the database has no chambers yet; all or nothing, in one transaction.
    // progress, when given, is called with the percentage done (0–100, rising) as the work goes on.
    static Result<QMap<QString, int>> generate(Database &db, const Division &scope, quint64 seed,
                                               const std::function<void(int percent)> &progress = {});
};

// The steps, in order; each adds its records to the context.
Status demoChambers(DemoContext &context);
Status demoRecords(DemoContext &context);
Status demoPoints(DemoContext &context);

} // namespace chamber
