// SPDX-License-Identifier: GPL-3.0-or-later
#include "HoldBack.h"

#include "ChamberFields.h"

#include <algorithm>

namespace chamber {

bool HoldBack::refusesRow(const QString &field)
{
    return field == QStringLiteral("township") || field == QStringLiteral("name") || field == QStringLiteral("chamber")
           || field == QStringLiteral("file") || field == QStringLiteral("database");
}

QStringList HoldBack::group(const QString &field)
{
    static const QList<QStringList> groups = {
        {QStringLiteral("registration"), QStringLiteral("registration_date"), QStringLiteral("date"), QStringLiteral("credit_code")},
        {QStringLiteral("status"), QStringLiteral("dissolved")},
        {QStringLiteral("total_members"), QStringLiteral("individual_members"), QStringLiteral("unit_members")},
        {QStringLiteral("party_organization"), QStringLiteral("party_form"), QStringLiteral("party_members")},
    };
    for (const auto &g : groups)
        if (g.contains(field))
            return g;
    return {field};
}

void HoldBack::revert(PlannedRow &row, const QString &field, const Chamber &base)
{
    const QStringList keys = group(field);
    for (const auto &key : keys)
        if (ChamberFields::keys().contains(key))
            ChamberFields::copy(row.chamber, base, key);
    if (keys.contains(QStringLiteral("registration"))) {
        row.registration.reset();
        row.chamber.creditCode = base.creditCode;
    }
    if (keys.contains(QStringLiteral("party_organization")))
        row.party.reset();
    if (field == QStringLiteral("party_instructor"))
        row.instructor.reset();
    if (field == QStringLiteral("mediation_committee"))
        row.committee.reset();
    if (field == QStringLiteral("mediation_cases"))
        row.tally.reset();
    // An honour that fails was never added; the cell's other honours stay with their change.
    if (field == QStringLiteral("honours"))
        return;
    QStringList dropped = keys;
    if (keys.contains(QStringLiteral("total_members")))
        dropped << QStringLiteral("individual_members") << QStringLiteral("unit_members");
    row.changes.erase(std::remove_if(row.changes.begin(), row.changes.end(),
                                     [&](const FieldChange &c) { return dropped.contains(c.field); }),
                      row.changes.end());
}

bool HoldBack::apply(PlannedRow &row, const Chamber &base)
{
    auto &problems = row.record.problems;
    if (std::any_of(problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.isError() && refusesRow(p.problem.field); }))
        return false;
    bool any = false;
    QStringList reverted;
    for (auto &p : problems) {
        if (!p.isError())
            continue;
        const QString field = p.problem.field;
        const QStringList keys = group(field);
        // One item per group: the first error names what was held back; the rest explain it.
        const bool first = std::none_of(keys.cbegin(), keys.cend(), [&](const QString &k) { return reverted.contains(k); });
        if (first) {
            revert(row, field, base);
            reverted.append(keys);
            p.verify = ImportProblem::Verify::HeldBack;
            if (keys.contains(QStringLiteral("registration")) && field != QStringLiteral("registration")) {
                // Chinese sentences end in 。 and take no space after it.
                const bool spaced = !p.problem.message.endsWith(QChar(0x3002));
                p.problem.message += (spaced ? QStringLiteral(" ") : QString())
                                     + tr("The registration change (status, date and code) is held back with it.");
            }
        }
        p.problem.severity = Problem::Severity::Warning;
        any = true;
    }
    return any;
}

} // namespace chamber
