// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>

namespace chamber {

// The check a file gets when the desktop app opens it: SQLite's quick_check (every page and
// record readable and well formed, without the index cross-check of the full integrity check).
// A damaged file is refused with a message that says so and how to go on — restore a backup —
// instead of showing figures read from half a table. Measured in docs/reliability.md.
class DatabaseHealth
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseHealth)
public:
    // Refused (field "damaged") with SQLite's first findings when the check fails.
    static Status quickCheck(Database &db);
    // The problem field of a damaged file: the app then offers to restore a backup.
    static QString damagedField() { return QStringLiteral("damaged"); }
};

} // namespace chamber
