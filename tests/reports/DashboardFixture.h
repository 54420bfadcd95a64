// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace chamber::test {

// The county fixture (CountyFixture.h: A 宾州镇, B 黎塘镇, C 甘棠镇, D 新圩镇 dissolved 2022-06-30,
// E 邹圩镇 dormant from 2023, F 廖平农场, G 宾州镇's second chamber) with, counted by hand:
//
// Records meeting every registration condition: A (registered 2016-09-01), B (never registered),
// D. Ready to register:            2014-01-01: A B D    2021-12-31: B D    2025-12-31: B
//
// Party organisations: A founded 2015-06-01 (3 stars from 2020-07-01), C founded 2022-03-01,
// D with no founding date (counted at every date). Without a Party organisation
// (in ChamberService::all() order: township code, then id — A G B C D E F):
//                                  2014-01-01: A B C    2021-12-31: G B C F  2025-12-31: G B E F
//
// Mediation committees: A (2018-01-01), C. Cases:
//   A 2021-001 received 2021-03-10, settled 2021-04-20
//   C 2021-001 received 2021-10-01, failed 2022-02-15   (open 91 days on 2021-12-31)
//   A 2025-001 received 2025-09-01, still mediating      (open 121 days on 2025-12-31)
//   A 2025-002 received 2025-11-15, still received       (open 46 days on 2025-12-31)
// Open past 60 days:               2014-01-01: none     2021-12-31: C 2021-001   2025-12-31: A 2025-001
void fillDashboardFixture(Database &db);

} // namespace chamber::test
