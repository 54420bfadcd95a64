// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

namespace chamber::test {

// A hand-made 宾阳县 scoring year 2025, counted by hand. Thresholds 30 / 20 / 10 (优秀 / 良好 / 合格).
// Rules: 1.1 服务会员 "为会员办实事" +5.0, cap per year 20.0; 服务会员 capped at 15.0 for the year.
//        2.1 诚信守法 "会员企业被列入经营异常名录" -3.0.   3.1 党建引领 "开展党建活动" +10.0.
//   A 宾阳县宾州镇商会: 1.1 ×4 = 20.0 → category cap 15.0; 3.1 ×2 = 20.0          → 35.0 rank 1 优秀
//   B 宾阳县黎塘镇商会: 1.1 ×2 = 10.0; 3.1 ×1 = 10.0; 2.1 -3.0 with nothing earned → 0 → 20.0 rank 2 良好
//   C 宾阳县甘棠镇商会: 1.1 ×2 = 10.0; 3.1 ×1 = 10.0                                → 20.0 rank 2 良好
//   D "=SUM(A1)新桥商会" (a name a spreadsheet would run): 1.1 ×1 = 5.0, vetoed       → 5.0, 否决, no rank
// Foot: 4 chambers; 服务会员 40.0 (avg 10.00), 诚信守法 0.0 (0.00), 党建引领 40.0 (10.00); total 80.0 (avg 20.00).
// Also: a draft and a rejected entry that do not count, and extraChambers more chambers with no
// entries (0.0, 不合格, rank 4) to make the table run over several pages.
struct ScoringIds
{
    qint64 a = 0, b = 0, c = 0, d = 0;
    qint64 serve = 0, deduct = 0, party = 0;
};
ScoringIds fillScoringFixture(Database &db, int extraChambers = 0);

} // namespace chamber::test
