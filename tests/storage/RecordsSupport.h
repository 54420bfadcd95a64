// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDate>

namespace chamber::test {

// Adds a chamber of 宾阳县 for the records' storage tests and returns its id.
qint64 addChamber(Database &db, const char *township, const char *name, QDate founded);

} // namespace chamber::test
