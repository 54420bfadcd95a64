// SPDX-License-Identifier: GPL-3.0-or-later
#include "Member.h"
#include "ServiceRequest.h"
#include "TestSupport.h"

using namespace chamber;
using chamber::test::hasProblem;

namespace {
const QDate kToday(2025, 6, 1);

ServiceRequest need()
{
    ServiceRequest r;
    r.chamberId = 1;
    r.requester = QStringLiteral("宾阳县宏达建材有限公司");
    r.kind = NeedKind::Power;
    r.description = QStringLiteral("厂区需增容至 400 千伏安");
    r.raisedOn = QDate(2025, 3, 3);
    return r;
}

Member firm(const char *code)
{
    Member m;
    m.chamberId = 1;
    m.name = QStringLiteral("宾阳县宏达建材有限公司");
    m.kind = MemberKind::Enterprise;
    m.creditCode = QString::fromLatin1(code);
    return m;
}
} // namespace

TEST_CASE("a need: who, what, dates matching its status")
{
    CHECK(ServiceRequests::validate(need(), kToday).isEmpty());
    ServiceRequest r = need();
    r.requester.clear();
    CHECK(hasProblem(ServiceRequests::validate(r, kToday), QStringLiteral("requester")));
    r.memberId = 4;  // a listed member stands for the requester
    CHECK(ServiceRequests::validate(r, kToday).isEmpty());
    r = need();
    r.description = QStringLiteral("  ");
    CHECK(hasProblem(ServiceRequests::validate(r, kToday), QStringLiteral("description")));
    r = need();
    r.status = NeedStatus::Resolved;
    CHECK(hasProblem(ServiceRequests::validate(r, kToday), QStringLiteral("resolved_on")));
    r.resolvedOn = QDate(2025, 3, 1);  // before it was raised
    CHECK(hasProblem(ServiceRequests::validate(r, kToday), QStringLiteral("resolved_on")));
    r.resolvedOn = QDate(2025, 4, 1);
    CHECK(ServiceRequests::validate(r, kToday).isEmpty());
    r.status = NeedStatus::InProgress;
    CHECK(hasProblem(ServiceRequests::validate(r, kToday), QStringLiteral("started_on")));
}

TEST_CASE("need status changes: forward, or back by reopening with a reason")
{
    ServiceRequest r = need();
    CHECK(ServiceRequests::validateChange(r, NeedStatus::InProgress, QDate(2025, 3, 5), false, {}, kToday).isEmpty());
    CHECK(hasProblem(ServiceRequests::validateChange(r, NeedStatus::InProgress, QDate(2025, 3, 1), false, {}, kToday),
                     QStringLiteral("started_on")));  // before it was raised
    CHECK(hasProblem(ServiceRequests::validateChange(r, NeedStatus::Open, QDate(2025, 3, 5), false, {}, kToday), QStringLiteral("status")));
    // met on the spot: straight to resolved
    CHECK(ServiceRequests::validateChange(r, NeedStatus::Resolved, QDate(2025, 3, 3), false, {}, kToday).isEmpty());

    r = ServiceRequests::applied(r, NeedStatus::InProgress, QDate(2025, 3, 5), false);
    CHECK(r.startedOn == QDate(2025, 3, 5));
    r = ServiceRequests::applied(r, NeedStatus::Resolved, QDate(2025, 4, 20), false);
    r.resolution = QStringLiteral("供电所完成增容");
    CHECK(ServiceRequests::validate(r, kToday).isEmpty());
    CHECK(hasProblem(ServiceRequests::validateChange(r, NeedStatus::InProgress, QDate(2025, 5, 1), false, {}, kToday),
                     QStringLiteral("status")));
    CHECK(hasProblem(ServiceRequests::validateChange(r, NeedStatus::InProgress, QDate(2025, 5, 1), true, {}, kToday),
                     QStringLiteral("reason")));
    CHECK(hasProblem(ServiceRequests::validateChange(r, NeedStatus::InProgress, QDate(2025, 4, 19), true, QStringLiteral("x"), kToday),
                     QStringLiteral("date")));  // before it was resolved
    CHECK(ServiceRequests::validateChange(r, NeedStatus::InProgress, QDate(2025, 5, 1), true, QStringLiteral("增容后仍频繁跳闸"), kToday).isEmpty());
    const ServiceRequest reopened = ServiceRequests::applied(r, NeedStatus::InProgress, QDate(2025, 5, 1), true);
    CHECK(reopened.status == NeedStatus::InProgress);
    CHECK(reopened.startedOn == QDate(2025, 3, 5));
    CHECK_FALSE(reopened.resolvedOn.has_value());
    CHECK(reopened.resolution.isEmpty());

    // status as of a date
    CHECK_FALSE(ServiceRequests::statusOn(r, QDate(2025, 3, 2)).has_value());
    CHECK(ServiceRequests::statusOn(r, QDate(2025, 3, 4)) == NeedStatus::Open);
    CHECK(ServiceRequests::statusOn(r, QDate(2025, 3, 5)) == NeedStatus::InProgress);
    CHECK(ServiceRequests::statusOn(r, QDate(2025, 4, 20)) == NeedStatus::Resolved);
    CHECK(ServiceRequests::kindFromText(QStringLiteral("资金短缺")) == NeedKind::Funding);
    CHECK(ServiceRequests::statusFromText(QStringLiteral("in progress")) == NeedStatus::InProgress);
}

TEST_CASE("members: a firm's credit code is checked, without the chamber's 51 prefix")
{
    // A firm registered by market regulation (91…), check characters worked by hand: no warning.
    CHECK(Members::validate(firm("91450126MA5KD0L41E"), kToday).isEmpty());
    CHECK(Members::validate(firm("51450126MJ3016613P"), kToday).isEmpty());
    const auto wrong = Members::validate(firm("51450126MJ3016613Q"), kToday);
    REQUIRE(hasProblem(wrong, QStringLiteral("credit_code")));
    CHECK(wrong.first().message.contains(QStringLiteral("expected P")));
    Member person = firm("51450126MJ3016613P");
    person.kind = MemberKind::Individual;
    CHECK(hasProblem(Members::validate(person, kToday), QStringLiteral("credit_code")));
    person.creditCode.clear();
    person.name = QStringLiteral("韦春梅");
    CHECK(Members::validate(person, kToday).isEmpty());
    person.leftOn = QDate(2020, 1, 1);
    person.joinedOn = QDate(2021, 1, 1);
    CHECK(hasProblem(Members::validate(person, kToday), QStringLiteral("left_on")));
    CHECK(Members::roleFromText(QStringLiteral("常务副会长")) == MemberRole::ExecutiveVicePresident);
    CHECK(Members::roleFromText(QStringLiteral("副会长")) == MemberRole::VicePresident);
    CHECK(Members::kindFromText(QStringLiteral("企业会员")) == MemberKind::Enterprise);
}

TEST_CASE("member counts on a date: joined on or before it, not yet left")
{
    auto member = [](MemberKind kind, std::optional<QDate> joined, std::optional<QDate> left) {
        Member m;
        m.kind = kind;
        m.joinedOn = joined;
        m.leftOn = left;
        return m;
    };
    const QList<Member> list = {
        member(MemberKind::Enterprise, QDate(2015, 1, 1), std::nullopt),
        member(MemberKind::Enterprise, QDate(2019, 6, 1), QDate(2022, 1, 1)),
        member(MemberKind::Individual, std::nullopt, std::nullopt),  // joining date unknown: always counted
        member(MemberKind::Individual, QDate(2023, 5, 5), std::nullopt),
    };
    CHECK(Members::countOn(list, QDate(2014, 12, 31)) == MemberCounts{1, 0});
    CHECK(Members::countOn(list, QDate(2020, 1, 1)) == MemberCounts{1, 2});
    CHECK(Members::countOn(list, QDate(2022, 1, 1)) == MemberCounts{1, 1});  // left that day
    CHECK(Members::countOn(list, QDate(2025, 1, 1)) == MemberCounts{2, 1});
}
