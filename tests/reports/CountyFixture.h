// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace chamber::test {

// A hand-made 宾阳县 (16 townships + 廖平农场) with dated histories, counted by hand:
//   A 宾州镇   founded 2012-07-01, registered 2016-09-01
//   B 黎塘镇   founded 2011-10-10, preparing 2015-03-01, applied 2024-05-01
//   C 甘棠镇   founded 2013-12-25, registered 2021-12-01
//   D 新圩镇   founded 2010-01-24, dissolved 2022-06-30
//   E 邹圩镇   founded 2023-02-06, dormant
//   F 廖平农场 founded 2015-05-05 (a farm: not counted in coverage by default)
//   G 宾州镇   second chamber, founded 2019-01-01, registered 2020-01-15, deregistered 2023-03-01
void fillCountyFixture(Database &db);

} // namespace chamber::test
