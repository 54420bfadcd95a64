// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "ChamberService.h"
#include "DivisionService.h"

namespace chamber {

QDate DemoGenerator::horizon()
{
    return std::min(QDate(2026, 6, 30), QDate::currentDate());
}

Result<QMap<QString, int>> DemoGenerator::generate(Database &db, const Division &scope, quint64 seed,
                                                   const std::function<void(int percent)> &progress)
{
    DivisionService divisions(db);
    const auto held = ChamberService(db).count();
    if (!held)
        return held.problems();
    if (*held > 0)
        return Problem::error(QStringLiteral("database"),
                              tr("The database already has chambers; demo data goes only into a new, empty database."));
    Transaction tx(db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    if (auto s = divisions.initialise(scope); !s)
        return s.problems();
    DemoRandom random(seed);
    DemoContext context{db, random, scope, horizon(), {}, {}, progress};
    using Step = Status (*)(DemoContext &);
    const Step steps[] = {&demoChambers, &demoRecords, &demoPoints};
    for (Step step : steps)
        if (auto s = step(context); !s)
            return s.problems();
    if (auto s = db.log(QStringLiteral("demo"), 0, QStringLiteral("generate"), QStringLiteral("%1 seed %2").arg(scope.code).arg(seed)); !s)
        return s.problems();
    if (auto s = tx.commit(); !s)
        return s.problems();
    context.report(100, 100, 1, 1);
    return context.counts;
}

} // namespace chamber
