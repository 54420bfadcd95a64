// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringFixture.h"

#include "ChamberService.h"
#include "PointsService.h"
#include "TestSupport.h"

namespace chamber::test {

namespace {

qint64 chamber(Database &db, const char *township, const QString &name, QDate founded = QDate(2012, 1, 1))
{
    Chamber c;
    c.townshipCode = QString::fromLatin1(township);
    c.name = name;
    c.founded = founded;
    auto r = ChamberService(db).add(c);
    INFO(describe(r.problems()));
    REQUIRE(r.ok());
    return r.value();
}

qint64 rule(PointsService &points, qint64 category, const char *description, qint64 tenths, std::optional<qint64> yearCap = {})
{
    PointsRule r;
    r.year = 2025;
    r.categoryId = category;
    r.description = QString::fromUtf8(description);
    r.pointsTenths = tenths;
    r.yearCapTenths = yearCap;
    auto added = points.addRule(r);
    INFO(describe(added.problems()));
    REQUIRE(added.ok());
    return added.value();
}

qint64 entry(PointsService &points, qint64 chamberId, qint64 ruleId, int quantity, EntryStatus status = EntryStatus::Approved)
{
    PointsEntry e;
    e.chamberId = chamberId;
    e.ruleId = ruleId;
    e.date = QDate(2025, 5, 10);
    e.quantity = quantity;
    e.evidence = QStringLiteral("台账");
    auto added = points.addEntry(e);
    INFO(describe(added.problems()));
    REQUIRE(added.ok());
    if (status == EntryStatus::Draft)
        return added.value();
    REQUIRE(points.submitEntry(added.value()).ok());
    if (status == EntryStatus::Approved)
        REQUIRE(points.approveEntry(added.value()).ok());
    if (status == EntryStatus::Rejected)
        REQUIRE(points.rejectEntry(added.value(), QStringLiteral("材料不全")).ok());
    return added.value();
}

} // namespace

ScoringIds fillScoringFixture(Database &db, int extraChambers)
{
    ScoringIds ids;
    ids.a = chamber(db, "450126100", QStringLiteral("宾阳县宾州镇商会"));
    ids.b = chamber(db, "450126101", QStringLiteral("宾阳县黎塘镇商会"));
    ids.c = chamber(db, "450126102", QStringLiteral("宾阳县甘棠镇商会"));
    ids.d = chamber(db, "450126104", QStringLiteral("=SUM(A1)新桥商会"));
    for (int i = 1; i <= extraChambers; ++i)
        chamber(db, "450126110", QStringLiteral("宾阳县古辣镇第%1商会").arg(i));
    RegistrationEvent registered;
    registered.chamberId = ids.a;
    registered.status = RegistrationStatus::Registered;
    registered.date = QDate(2016, 9, 1);
    registered.creditCode = QStringLiteral("51450126MJ3016613P");
    REQUIRE(RegistrationService(db).record(registered).ok());

    PointsService points(db);
    REQUIRE(points.startYear(2025).ok());
    PointsYear year = *points.year(2025);
    year.thresholds = {300, 200, 100};
    REQUIRE(points.updateYear(year).ok());
    ids.serve = rule(points, 1, "为会员办实事", 50, 200);
    ids.deduct = rule(points, 3, "会员企业被列入经营异常名录", -30);
    ids.party = rule(points, 4, "开展党建活动", 100);
    REQUIRE(points.setCategoryCap(2025, 1, 150).ok());

    entry(points, ids.a, ids.serve, 4);
    entry(points, ids.a, ids.party, 2);
    entry(points, ids.b, ids.serve, 2);
    entry(points, ids.b, ids.party, 1);
    entry(points, ids.b, ids.deduct, 1);
    entry(points, ids.c, ids.serve, 2);
    entry(points, ids.c, ids.party, 1);
    entry(points, ids.d, ids.serve, 1);
    entry(points, ids.c, ids.party, 3, EntryStatus::Draft);
    entry(points, ids.c, ids.serve, 1, EntryStatus::Rejected);
    REQUIRE(points.addVeto({0, ids.d, 2025, QDate(2025, 9, 1), QStringLiteral("列入严重失信主体名单"), {}}).ok());
    return ids;
}

} // namespace chamber::test
