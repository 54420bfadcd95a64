// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationSeries.h"

#include "CaseLifecycle.h"
#include "MediationCaseService.h"

namespace chamber {

QList<MonthCases> MediationSeries::compute(Database &db, const QString &scopeCode, const QDate &asOf, int months)
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

    MediationCaseService service(db);
    CaseQuery query;
    query.divisionPrefix = scopeCode;
    query.receivedTo = asOf;
    const auto histories = service.allHistories(scopeCode);
    for (const auto &listed : service.list(query)) {
        const MediationCase &c = listed.record;
        if (auto *m = slot(c.receivedOn))
            ++m->received;
        const auto history = histories.value(c.id);
        const auto closed = CaseLifecycle::closedOn(c, history, asOf);
        if (!closed)
            continue;
        if (auto *m = slot(*closed)) {
            ++m->closed;
            if (CaseLifecycle::statusOn(c, history, asOf) == CaseStatus::Settled)
                ++m->settled;
        }
    }
    return out;
}

} // namespace chamber
