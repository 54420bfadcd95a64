// SPDX-License-Identifier: GPL-3.0-or-later
#include "Chamber.h"
#include "Readiness.h"
#include "Registration.h"
#include "TestSupport.h"

using namespace chamber;
using chamber::test::hasProblem;

namespace {
const QDate kToday(2025, 6, 1);

Chamber sample()
{
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = QStringLiteral("宾阳县黎塘镇商会");
    c.founded = QDate(2011, 10, 10);
    return c;
}

RegistrationEvent event(RegistrationStatus status, QDate date, QString code = {})
{
    RegistrationEvent e;
    e.chamberId = 1;
    e.status = status;
    e.date = date;
    e.creditCode = std::move(code);
    return e;
}
} // namespace

TEST_CASE("chamber field rules")
{
    CHECK(Chambers::validate(sample(), kToday).isEmpty());
    Chamber c = sample();
    c.name = QStringLiteral("  ");
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("name")));
    c = sample();
    c.individualMembers = -1;
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("individual_members")));
    c = sample();
    c.unitMembers = -5;
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("unit_members")));
    c = sample();
    c.founded = QDate(2025, 6, 2);
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("founded")));
    c = sample();
    c.status = ChamberStatus::Dissolved;
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("dissolved")));
    c.dissolved = QDate(2010, 1, 1);  // before founding: warned (one of the dates is wrong), not refused
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("dissolved"), Problem::Severity::Warning));
    CHECK_FALSE(hasErrors(Chambers::validate(c, kToday)));
    c.dissolved = QDate(2020, 1, 1);
    CHECK(Chambers::validate(c, kToday).isEmpty());
    c = sample();
    c.presidentPhone = QStringLiteral("电话181");
    CHECK(hasProblem(Chambers::validate(c, kToday), QStringLiteral("president_phone")));
}

TEST_CASE("a chamber exists from founding until dissolution")
{
    Chamber c = sample();
    CHECK_FALSE(Chambers::existsOn(c, QDate(2011, 10, 9)));
    CHECK(Chambers::existsOn(c, QDate(2011, 10, 10)));
    c.status = ChamberStatus::Dissolved;
    c.dissolved = QDate(2020, 3, 1);
    CHECK(Chambers::existsOn(c, QDate(2020, 2, 29)));
    CHECK_FALSE(Chambers::existsOn(c, QDate(2020, 3, 1)));
    c = sample();
    c.status = ChamberStatus::Dormant;
    CHECK(Chambers::existsOn(c, kToday));
    CHECK_FALSE(Chambers::activeOn(c, kToday));
}

TEST_CASE("registration status on a date follows the dated history")
{
    const QList<RegistrationEvent> history = {
        event(RegistrationStatus::Preparing, QDate(2015, 3, 1)),
        event(RegistrationStatus::Applied, QDate(2016, 5, 1)),
        event(RegistrationStatus::Registered, QDate(2016, 9, 1), QStringLiteral("51450126MJ3016613P")),
        event(RegistrationStatus::Deregistered, QDate(2022, 1, 15)),
    };
    CHECK(Registrations::statusOn(history, QDate(2015, 2, 28)) == RegistrationStatus::NotRegistered);
    CHECK(Registrations::statusOn(history, QDate(2015, 3, 1)) == RegistrationStatus::Preparing);
    CHECK(Registrations::statusOn(history, QDate(2016, 8, 31)) == RegistrationStatus::Applied);
    CHECK(Registrations::statusOn(history, QDate(2016, 12, 31)) == RegistrationStatus::Registered);
    CHECK(Registrations::statusOn(history, QDate(2022, 1, 15)) == RegistrationStatus::Deregistered);
    CHECK(Registrations::currentStatus(history) == RegistrationStatus::Deregistered);
    CHECK(Registrations::registeredSince(history, QDate(2018, 1, 1)) == QDate(2016, 9, 1));
    CHECK_FALSE(Registrations::registeredSince(history, QDate(2023, 1, 1)).has_value());
}

TEST_CASE("registration changes are validated against the chamber and its history")
{
    const Chamber c = sample();
    const QString county = QStringLiteral("450126");
    const QString code = QStringLiteral("51450126MJ3016613P");
    // Before founding: a contradiction to verify, warned, not refused.
    const Problems early = Registrations::validateNext(c, {}, event(RegistrationStatus::Registered, QDate(2011, 10, 9), code), county, kToday);
    CHECK(hasProblem(early, QStringLiteral("date"), Problem::Severity::Warning));
    CHECK_FALSE(hasErrors(early));
    // Registered without a credit code, and with a wrong one.
    CHECK(hasProblem(Registrations::validateNext(c, {}, event(RegistrationStatus::Registered, QDate(2016, 9, 1)), county, kToday),
                     QStringLiteral("credit_code")));
    const Problems wrong = Registrations::validateNext(c, {}, event(RegistrationStatus::Registered, QDate(2016, 9, 1),
                                                                    QStringLiteral("51450126MJ3016613Q")), county, kToday);
    REQUIRE(hasProblem(wrong, QStringLiteral("credit_code")));
    CHECK(errorsOnly(wrong).first().message.contains(QStringLiteral("expected P")));
    // Valid.
    CHECK(Registrations::validateNext(c, {}, event(RegistrationStatus::Registered, QDate(2016, 9, 1), code), county, kToday).isEmpty());
    // Future date.
    CHECK(hasProblem(Registrations::validateNext(c, {}, event(RegistrationStatus::Preparing, QDate(2025, 6, 2)), county, kToday),
                     QStringLiteral("date")));
    const QList<RegistrationEvent> history = {event(RegistrationStatus::Preparing, QDate(2015, 3, 1))};
    // Out of date order, a repeat, deregistering what is not registered.
    CHECK(hasProblem(Registrations::validateNext(c, history, event(RegistrationStatus::Applied, QDate(2015, 2, 1)), county, kToday),
                     QStringLiteral("date")));
    CHECK(hasProblem(Registrations::validateNext(c, history, event(RegistrationStatus::Preparing, QDate(2015, 4, 1)), county, kToday),
                     QStringLiteral("status")));
    CHECK(hasProblem(Registrations::validateNext(c, history, event(RegistrationStatus::Deregistered, QDate(2015, 4, 1)), county, kToday),
                     QStringLiteral("status")));
    CHECK(Registrations::validateNext(c, history, event(RegistrationStatus::Applied, QDate(2015, 4, 1)), county, kToday).isEmpty());
}

TEST_CASE("status names are read in English keys and Chinese")
{
    CHECK(Registrations::statusFromText(QStringLiteral("registered")) == RegistrationStatus::Registered);
    CHECK(Registrations::statusFromText(QStringLiteral("已登记")) == RegistrationStatus::Registered);
    CHECK(Registrations::statusFromText(QStringLiteral("筹备中")) == RegistrationStatus::Preparing);
    CHECK_FALSE(Registrations::statusFromText(QStringLiteral("maybe")).has_value());
    CHECK(Chambers::statusFromText(QStringLiteral("dormant")) == ChamberStatus::Dormant);
}

namespace {
ConditionState stateOf(const Chamber &c, RegistrationCondition condition)
{
    for (const auto &check : Readiness::check(c))
        if (check.condition == condition)
            return check.state;
    FAIL("condition missing");
    return ConditionState::Unknown;
}

Chamber readyChamber()
{
    Chamber c = sample();
    c.individualMembers = 50;
    c.president = QStringLiteral("甘明辉");
    c.secretaryGeneral = QStringLiteral("罗立新");
    c.premises = QStringLiteral("黎塘镇商贸街8号");
    c.fullTimeStaff = 1;
    c.activityFundsFen = 3000000;
    c.independentLiability = true;
    return c;
}
} // namespace

TEST_CASE("registration conditions of art. 10")
{
    CHECK(Readiness::ready(readyChamber()));

    Chamber c = readyChamber();
    // Members: 49 individual is short; 30 unit alone is enough; 20 + 30 mixed reaches 50.
    c.individualMembers = 49;
    CHECK(stateOf(c, RegistrationCondition::Members) == ConditionState::NotMet);
    c.individualMembers = 0;
    c.unitMembers = 30;
    CHECK(stateOf(c, RegistrationCondition::Members) == ConditionState::Met);
    c.unitMembers = 29;
    CHECK(stateOf(c, RegistrationCondition::Members) == ConditionState::NotMet);
    c.individualMembers = 20;
    c.unitMembers = 29;
    CHECK(stateOf(c, RegistrationCondition::Members) == ConditionState::NotMet);
    c.individualMembers = 21;
    CHECK(stateOf(c, RegistrationCondition::Members) == ConditionState::Met);

    c = readyChamber();
    c.activityFundsFen = 2999999;  // one fen short of 30,000 yuan
    CHECK(stateOf(c, RegistrationCondition::Funds) == ConditionState::NotMet);
    CHECK_FALSE(Readiness::ready(c));
    c.activityFundsFen.reset();
    CHECK(stateOf(c, RegistrationCondition::Funds) == ConditionState::Unknown);

    c = readyChamber();
    c.secretaryGeneral.clear();
    CHECK(stateOf(c, RegistrationCondition::NameAndOrgans) == ConditionState::NotMet);
    c = readyChamber();
    c.premises.clear();
    CHECK(stateOf(c, RegistrationCondition::Premises) == ConditionState::NotMet);
    c = readyChamber();
    c.fullTimeStaff = 0;
    CHECK(stateOf(c, RegistrationCondition::Staff) == ConditionState::NotMet);
    c = readyChamber();
    c.independentLiability.reset();
    CHECK(stateOf(c, RegistrationCondition::Liability) == ConditionState::Unknown);
    CHECK_FALSE(Readiness::ready(c));
}
