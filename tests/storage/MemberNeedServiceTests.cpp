// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberService.h"
#include "MemberService.h"
#include "Readiness.h"
#include "RecordsSupport.h"
#include "ServiceRequestService.h"
#include "TestSupport.h"

using namespace chamber;
using chamber::test::hasProblem;

namespace {
Member member(qint64 chamber, const char *name, MemberKind kind, MemberRole role = MemberRole::Member)
{
    Member m;
    m.chamberId = chamber;
    m.name = QString::fromUtf8(name);
    m.kind = kind;
    m.role = role;
    m.joinedOn = QDate(2020, 1, 1);
    return m;
}
} // namespace

TEST_CASE("members: credit codes checked and unique in the chamber, a second president warned of")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    MemberService members(*t.db);
    Member firm = member(lidang, "宾阳县宏达建材有限公司", MemberKind::Enterprise, MemberRole::President);
    firm.creditCode = QStringLiteral("91450126ma5kd0l41e");  // typed in lower case
    const auto added = members.add(firm);
    REQUIRE(added.ok());
    CHECK(members.get(added.value())->creditCode == QStringLiteral("91450126MA5KD0L41E"));
    Member again = member(lidang, "宏达建材", MemberKind::Enterprise);
    again.creditCode = QStringLiteral("91450126MA5KD0L41E");
    CHECK(hasProblem(members.add(again).problems(), QStringLiteral("credit_code")));
    again.creditCode = QStringLiteral("91450126MA5KD0L41F");  // wrong check character
    CHECK(hasProblem(members.add(again).problems(), QStringLiteral("credit_code")));
    const auto second = members.add(member(lidang, "甘明辉", MemberKind::Individual, MemberRole::President));
    REQUIRE(second.ok());
    CHECK(hasProblem(second.problems(), QStringLiteral("role"), Problem::Severity::Warning));
    CHECK(members.of(lidang)->size() == 2);
    MemberQuery presidents;
    presidents.role = MemberRole::President;
    CHECK(*members.count(presidents) == 2);
}

TEST_CASE("counts follow the member list once it is kept - plain counts stand otherwise")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));  // 40 + 11
    ChamberService chambers(*t.db);
    MemberService members(*t.db);
    for (const char *name : {"韦春梅", "罗立新", "覃春梅"})
        REQUIRE(members.add(member(lidang, name, MemberKind::Individual)).ok());
    Member gone = member(lidang, "宾阳县黎塘镇旧厂", MemberKind::Enterprise);
    gone.leftOn = QDate(2023, 1, 1);
    REQUIRE(members.add(gone).ok());
    REQUIRE(members.add(member(lidang, "宾阳县黎塘镇新厂", MemberKind::Enterprise)).ok());

    // Not kept: the plain counts stand.
    CHECK(chambers.get(lidang)->individualMembers == 40);
    CHECK(chambers.get(lidang)->unitMembers == 11);
    REQUIRE(members.setListKept(lidang, true).ok());
    CHECK(*members.listKept(lidang));
    CHECK(chambers.get(lidang)->individualMembers == 3);
    CHECK(chambers.get(lidang)->unitMembers == 1);  // the one that left is not counted
    CHECK(chambers.all()->first().totalMembers() == 4);
    CHECK(chambers.list()->first().chamber.individualMembers == 3);
    // Readiness reads the same counts: 4 members are far from 50.
    CHECK(Readiness::check(chambers.get(lidang).value()).first().state == ConditionState::NotMet);

    // Editing other fields keeps working; changing the counts by hand is refused.
    Chamber c = chambers.get(lidang).value();
    c.premises = QStringLiteral("黎塘镇商贸街8号");
    REQUIRE(chambers.update(c).ok());
    c.individualMembers = 60;
    CHECK(hasProblem(chambers.update(c).problems(), QStringLiteral("individual_members")));

    // Stopping: the list's counts become the plain counts, so nothing jumps.
    REQUIRE(members.setListKept(lidang, false).ok());
    CHECK(chambers.get(lidang)->individualMembers == 3);
    CHECK(chambers.get(lidang)->unitMembers == 1);
    CHECK(MemberService::individualCountSql().contains(QStringLiteral("member_list_kept")));
}

TEST_CASE("needs: a listed member names the requester - status only by dated changes")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    const qint64 other = test::addChamber(*t.db, "450126102", "宾阳县甘棠镇商会", QDate(2013, 12, 25));
    const qint64 memberId = MemberService(*t.db).add(member(lidang, "宾阳县宏达建材有限公司", MemberKind::Enterprise)).value();
    ServiceRequestService needs(*t.db);
    ServiceRequest r;
    r.chamberId = lidang;
    r.memberId = memberId;
    r.kind = NeedKind::Funding;
    r.description = QStringLiteral("流动资金缺口约 50 万元");
    r.raisedOn = QDate(2025, 2, 10);
    const auto added = needs.add(r);
    REQUIRE(added.ok());
    const qint64 id = added.value();
    CHECK(needs.get(id)->requester == QStringLiteral("宾阳县宏达建材有限公司"));
    ServiceRequest elsewhere = r;
    elsewhere.chamberId = other;
    CHECK(hasProblem(needs.add(elsewhere).problems(), QStringLiteral("member")));

    CHECK(hasProblem(needs.changeStatus({id, NeedStatus::Open, QDate(2025, 2, 11), false, {}, {}, {}}).problems(), QStringLiteral("status")));
    REQUIRE(needs.changeStatus({id, NeedStatus::InProgress, QDate(2025, 2, 12), false, {}, QStringLiteral("宾阳县农村信用合作联社"), {}}).ok());
    CHECK(needs.get(id)->partner == QStringLiteral("宾阳县农村信用合作联社"));
    REQUIRE(needs.changeStatus({id, NeedStatus::Resolved, QDate(2025, 3, 20), false, {}, {}, QStringLiteral("获批创业担保贷款 30 万元")}).ok());
    CHECK(needs.get(id)->resolvedOn == QDate(2025, 3, 20));
    ServiceRequest edited = needs.get(id).value();
    edited.status = NeedStatus::Open;
    CHECK(hasProblem(needs.update(edited).problems(), QStringLiteral("status")));
    CHECK(hasProblem(needs.changeStatus({id, NeedStatus::InProgress, QDate(2025, 4, 1), true, {}, {}, {}}).problems(), QStringLiteral("reason")));
    REQUIRE(needs.changeStatus({id, NeedStatus::InProgress, QDate(2025, 4, 1), true, QStringLiteral("贷款未到位"), {}, {}}).ok());
    CHECK(needs.get(id)->status == NeedStatus::InProgress);
    CHECK(needs.get(id)->resolution.isEmpty());
    NeedQuery open;
    open.resolved = false;
    CHECK(*needs.count(open) == 1);

    // Removing the member keeps the need and its requester's name.
    REQUIRE(MemberService(*t.db).remove(memberId).ok());
    CHECK_FALSE(needs.get(id)->memberId.has_value());
    CHECK(needs.get(id)->requester == QStringLiteral("宾阳县宏达建材有限公司"));
}
