// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace chamber::test {

// The hand-made 宾阳县 of CountyFixture.h (chambers A–G) with Party, honour, mediation and
// needs records whose figures were counted by hand (RecordsStatsTests.cpp lists them):
//   Party:       A standalone 2017-06-01, 4 stars from 2022-12-01; B joint 2020-03-01;
//                D standalone 2015-07-01, 2 stars (date unknown); F standalone (date unknown),
//                3 stars from 2024-06-01
//   Instructors: A 莫建华 2016-03-01 until 2021-01-01, then 黄立新; C 甘家兴 (date unknown);
//                E 黄春梅 from 2023-03-01
//   Honours:     A regional 2019 and 2022, national 2023 (decided 2023-11-20); B integrity 2021;
//                C regional 2024; F star-rated Party organisation 2024
//   Committees:  A 2018-05-01; B (date unknown); C 2024-03-01; D 2016-01-01
//   Cases:       a1 A 2023-02-01 → mediating 02-02 → settled 02-21, 1,000 disputed, 800 agreed
//                a2 A 2024-05-10 → mediating 05-10 → failed 06-09, 2,500 disputed
//                a3 A 2025-03-01 → mediating 03-03, amount unknown
//                a4 A 2024-01-10 → mediating 01-11 → settled 01-20 (4,000 agreed) → reopened
//                   02-01 → referred 03-01, 5,000 disputed
//                c1 C 2025-06-01 received, 300 disputed
//                c2 C 2022-08-08 entered settled on 2022-09-07, 600 disputed, 600 agreed
//                d1 D 2021-04-01 entered settled on 2021-04-11
//   Tallies:     A 2024: 1 case; B 2025: 13 cases, 10 settled; C 2025: 5 cases
//   Needs:       n1 A raised 2025-01-05, open; n2 A 2024-11-01, in progress from 11-05;
//                n3 B 2024-03-01, started 03-02, resolved 04-01; n4 C 2025-02-01 resolved that day;
//                n5 D 2021-05-01, open
void fillRecordsFixture(Database &db);

} // namespace chamber::test
