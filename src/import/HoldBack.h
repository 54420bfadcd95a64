// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"

#include <QCoreApplication>

namespace chamber {

// Keeps the chamber, holds back the cell: turns the errors of a planned row into values held back
// (verification items) wherever the chamber itself is usable — a name and a township that
// resolves. Values that belong together go together: a registration change with its status, date
// and code; a dissolution with its status; the member counts with their total; a Party
// organisation with its form and members.
class HoldBack
{
    Q_DECLARE_TR_FUNCTIONS(HoldBack)
public:
    // Whether an error on this field leaves the row without a usable chamber.
    static bool refusesRow(const QString &field);
    // The field keys held back with this one (itself included).
    static QStringList group(const QString &field);
    // Puts the group's values of the row back as they were (base: the chamber on record, or an
    // empty one for a new chamber) and drops their planned changes and records.
    static void revert(PlannedRow &row, const QString &field, const Chamber &base);
    // Errors of the row become held-back warnings unless one refuses the row; returns whether
    // anything was held back.
    static bool apply(PlannedRow &row, const Chamber &base);
};

} // namespace chamber
