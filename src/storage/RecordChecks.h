// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace chamber {

// Checks against the database that every record of a chamber needs: that the chamber exists,
// and a warning when a record's date falls before the chamber was founded.
class RecordChecks
{
    Q_DECLARE_TR_FUNCTIONS(RecordChecks)
public:
    // The chamber, or an error on the field "chamber" appended to problems: only its name,
    // founding and dissolution dates, status and township (what the checks of its records use).
    static std::optional<Chamber> chamber(Database &db, qint64 chamberId, Problems &problems);
    static void notBeforeFounding(Problems &problems, const QString &field, const std::optional<QDate> &date, const Chamber &chamber);
    // Refuses moving a record to another chamber: records belong to the chamber they were entered for.
    static void sameChamber(Problems &problems, qint64 storedChamberId, qint64 chamberId);
};

} // namespace chamber
