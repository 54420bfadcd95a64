// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace chamber::test {

// The county fixture (CountyFixture.h) with three chambers whose records meet every registration
// condition, so that the list of chambers ready to register changes with the date:
//   A 宾州镇 (registered 2016-09-01), B 黎塘镇 (never registered), D 新圩镇 (dissolved 2022-06-30).
// Ready to register, counted by hand:
//   2014-01-01: A B D    2021-12-31: B D    2025-12-31: B
void fillDashboardFixture(Database &db);

} // namespace chamber::test
