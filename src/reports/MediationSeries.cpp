// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationSeries.h"

#include "MediationFigures.h"

namespace chamber {

Result<QList<MonthCases>> MediationSeries::compute(Database &db, const QString &scopeCode, const QDate &asOf, int months)
{
    const QDate last(asOf.year(), asOf.month(), 1);
    const QDate first = last.addMonths(-(months - 1));
    QList<MonthCases> out;
    for (int i = 0; i < months; ++i)
        out.append({first.addMonths(i), 0, 0, 0});
    auto slot = [&](const QDate &date) -> MonthCases * {
        if (!date.isValid() || date < first || date > asOf)
            return nullptr;
        const int index = (date.year() - first.year()) * 12 + date.month() - first.month();
        return index >= 0 && index < out.size() ? &out[index] : nullptr;
    };

    // Counted in SQL, each case as it stood on the date (its last change by then).
    const auto counted = MediationFigures(db).byMonth(asOf, first, scopeCode);
    if (!counted)
        return counted.problems();
    for (const auto &m : *counted) {
        if (auto *s = slot(m.month)) {
            s->received += m.received;
            s->closed += m.closed;
            s->settled += m.settled;
        }
    }
    return out;
}

} // namespace chamber
