// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLifecycle.h"
#include "Mediation.h"
#include "TestSupport.h"

using namespace chamber;
using chamber::test::hasProblem;

namespace {
const QDate kToday(2025, 6, 1);

MediationCase received()
{
    MediationCase c;
    c.chamberId = 1;
    c.receivedOn = QDate(2024, 3, 4);
    c.applicant = QStringLiteral("宾阳县宏达建材有限公司");
    c.respondent = QStringLiteral("韦某某");
    c.disputeType = DisputeType::Debt;
    c.amountDisputedFen = 8650000;  // 86,500 yuan
    return c;
}

CaseStatusChange change(CaseStatus status, QDate date, bool reopen = false, const char *reason = "")
{
    return {0, 1, status, date, reopen, QString::fromUtf8(reason)};
}
} // namespace

TEST_CASE("a case's own fields")
{
    CHECK(Mediation::validate(received(), kToday).isEmpty());
    MediationCase c = received();
    c.applicant.clear();
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("applicant")));
    c = received();
    c.amountDisputedFen = -1;
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("amount_disputed")));
    c = received();
    c.receivedOn = QDate();
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("received_on")));
    c.receivedOn = QDate(2025, 6, 2);
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("received_on")));
}

TEST_CASE("closed date: exactly when closed, not before receipt")
{
    MediationCase c = received();
    c.status = CaseStatus::Settled;
    const auto noDate = Mediation::validate(c, kToday);  // settled without a closed date
    CHECK(hasProblem(noDate, QStringLiteral("closed_on")));
    c.closedOn = QDate(2024, 3, 3);  // the day before it was received
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("closed_on")));
    c.closedOn = QDate(2024, 3, 4);  // closed the day it came in
    CHECK(Mediation::validate(c, kToday).isEmpty());
    c.status = CaseStatus::Mediating;
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("closed_on")));
}

TEST_CASE("settlement details belong to a settled case - follow-up to a closed one")
{
    MediationCase c = received();
    c.status = CaseStatus::Failed;
    c.closedOn = QDate(2024, 4, 1);
    c.agreedAmountFen = 5000000;
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("agreed_amount")));
    c.agreedAmountFen.reset();
    c.judicialConfirmation = true;
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("judicial_confirmation")));
    c.judicialConfirmation = false;
    CHECK(Mediation::validate(c, kToday).isEmpty());
    c.followUpSatisfaction = Satisfaction::Dissatisfied;
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("follow_up_on")));  // no visit date
    c.followUpOn = QDate(2024, 3, 31);  // before it closed
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("follow_up_on")));
    c.followUpOn = QDate(2024, 5, 10);
    CHECK(Mediation::validate(c, kToday).isEmpty());

    c = received();
    c.status = CaseStatus::Settled;
    c.closedOn = QDate(2024, 4, 1);
    c.agreedAmountFen = 9000000;  // more than the 86,500 in dispute: allowed, with a warning
    c.agreementNumber = QStringLiteral("宾商调协〔2024〕7号");
    c.judicialConfirmation = true;
    c.performance = Performance::Performed;
    const auto problems = Mediation::validate(c, kToday);
    CHECK_FALSE(hasErrors(problems));
    CHECK(hasProblem(problems, QStringLiteral("agreed_amount"), Problem::Severity::Warning));
    CHECK(hasProblem(problems, QStringLiteral("performance_proof"), Problem::Severity::Warning));
    c.agreedAmountFen = -100;
    CHECK(hasProblem(Mediation::validate(c, kToday), QStringLiteral("agreed_amount")));
    c.agreedAmountFen = 7000000;
    c.performanceProof = QStringLiteral("银行转账回单");
    CHECK(Mediation::validate(c, kToday).isEmpty());
}

TEST_CASE("lifecycle: one step at a time, dated, in order")
{
    const MediationCase c = received();
    QList<CaseStatusChange> history;
    CHECK(CaseLifecycle::currentStatus(history) == CaseStatus::Received);
    // received → settled skips mediating
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Settled, QDate(2024, 3, 10)), kToday),
                     QStringLiteral("status")));
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Received, QDate(2024, 3, 10)), kToday),
                     QStringLiteral("status")));
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Mediating, QDate(2024, 3, 3)), kToday),
                     QStringLiteral("date")));  // before receipt
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Mediating, QDate()), kToday), QStringLiteral("date")));
    const auto start = change(CaseStatus::Mediating, QDate(2024, 3, 6));
    CHECK(CaseLifecycle::validateChange(c, history, start, kToday).isEmpty());
    history.append(start);
    // settling needs its closed date, after the last change
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Settled, QDate()), kToday), QStringLiteral("closed_on")));
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Settled, QDate(2024, 3, 5)), kToday),
                     QStringLiteral("closed_on")));
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Settled, QDate(2025, 6, 2)), kToday),
                     QStringLiteral("closed_on")));
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Received, QDate(2024, 3, 7)), kToday),
                     QStringLiteral("status")));  // going back without reopening
    for (auto closing : {CaseStatus::Settled, CaseStatus::Failed, CaseStatus::Referred})
        CHECK(CaseLifecycle::validateChange(c, history, change(closing, QDate(2024, 3, 20)), kToday).isEmpty());
    history.append(change(CaseStatus::Failed, QDate(2024, 3, 20)));
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Settled, QDate(2024, 3, 25)), kToday),
                     QStringLiteral("status")));
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Mediating, QDate(2024, 3, 25)), kToday),
                     QStringLiteral("status")));
}

TEST_CASE("reopening: only a closed case, back to mediating, with a reason")
{
    const MediationCase c = received();
    QList<CaseStatusChange> history = {change(CaseStatus::Mediating, QDate(2024, 3, 6))};
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Mediating, QDate(2024, 3, 8), true, "x"), kToday),
                     QStringLiteral("status")));  // not closed
    history.append(change(CaseStatus::Settled, QDate(2024, 3, 20)));
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Mediating, QDate(2024, 4, 2), true), kToday),
                     QStringLiteral("reason")));
    CHECK(hasProblem(CaseLifecycle::validateChange(c, history, change(CaseStatus::Received, QDate(2024, 4, 2), true, "x"), kToday),
                     QStringLiteral("status")));
    const auto reopen = change(CaseStatus::Mediating, QDate(2024, 4, 2), true, "被申请人未按协议履行");
    CHECK(CaseLifecycle::validateChange(c, history, reopen, kToday).isEmpty());

    MediationCase settled = c;
    settled.status = CaseStatus::Settled;
    settled.closedOn = QDate(2024, 3, 20);
    settled.agreedAmountFen = 6000000;
    settled.agreementNumber = QStringLiteral("7");
    settled.followUpOn = QDate(2024, 3, 30);
    const MediationCase reopened = CaseLifecycle::applied(settled, reopen);
    CHECK(reopened.status == CaseStatus::Mediating);
    CHECK_FALSE(reopened.closedOn.has_value());
    CHECK_FALSE(reopened.agreedAmountFen.has_value());
    CHECK(reopened.agreementNumber.isEmpty());
    CHECK_FALSE(reopened.followUpOn.has_value());
    CHECK(Mediation::validate(reopened, kToday).isEmpty());
}

TEST_CASE("status and closed date as of a date follow the history")
{
    const MediationCase c = received();  // received 2024-03-04
    const QList<CaseStatusChange> history = {change(CaseStatus::Mediating, QDate(2024, 3, 6)),
                                             change(CaseStatus::Settled, QDate(2024, 3, 20)),
                                             change(CaseStatus::Mediating, QDate(2024, 4, 2), true, "未履行"),
                                             change(CaseStatus::Referred, QDate(2024, 5, 9))};
    CHECK_FALSE(CaseLifecycle::statusOn(c, history, QDate(2024, 3, 3)).has_value());
    CHECK(CaseLifecycle::statusOn(c, history, QDate(2024, 3, 4)) == CaseStatus::Received);
    CHECK(CaseLifecycle::statusOn(c, history, QDate(2024, 3, 19)) == CaseStatus::Mediating);
    CHECK(CaseLifecycle::statusOn(c, history, QDate(2024, 4, 1)) == CaseStatus::Settled);
    CHECK(CaseLifecycle::closedOn(c, history, QDate(2024, 4, 1)) == QDate(2024, 3, 20));
    CHECK(CaseLifecycle::statusOn(c, history, QDate(2024, 4, 2)) == CaseStatus::Mediating);
    CHECK_FALSE(CaseLifecycle::closedOn(c, history, QDate(2024, 4, 2)).has_value());
    CHECK(CaseLifecycle::statusOn(c, history, QDate(2025, 1, 1)) == CaseStatus::Referred);
    CHECK(CaseLifecycle::closedOn(c, history, QDate(2025, 1, 1)) == QDate(2024, 5, 9));
}

TEST_CASE("a case entered already closed implies its history")
{
    MediationCase c = received();
    CHECK(CaseLifecycle::impliedChanges(c).isEmpty());
    c.status = CaseStatus::Settled;
    c.closedOn = QDate(2024, 3, 28);
    const auto implied = CaseLifecycle::impliedChanges(c);
    REQUIRE(implied.size() == 2);
    CHECK(implied[0].status == CaseStatus::Mediating);
    CHECK(implied[0].date == QDate(2024, 3, 4));
    CHECK(implied[1].status == CaseStatus::Settled);
    CHECK(implied[1].date == QDate(2024, 3, 28));
}

TEST_CASE("committee and tally rules - names as ledgers write them")
{
    MediationCommittee m;
    m.chamberId = 1;
    m.mediators = 5;
    CHECK(Mediation::validate(m, kToday).isEmpty());
    // 3 to 9 (人民调解法 art. 8): both bounds are fine, one past either side is warned about.
    for (int fine : {3, 9}) {
        m.mediators = fine;
        CHECK(Mediation::validate(m, kToday).isEmpty());
    }
    for (int odd : {1, 2, 10, 15}) {
        m.mediators = odd;
        const Problems problems = Mediation::validate(m, kToday);
        CHECK(hasProblem(problems, QStringLiteral("mediators"), Problem::Severity::Warning));
        CHECK_FALSE(hasErrors(problems));
    }
    m.mediators = 0;  // not known
    CHECK(Mediation::validate(m, kToday).isEmpty());
    m.mediators = -1;
    CHECK(hasProblem(Mediation::validate(m, kToday), QStringLiteral("mediators")));

    MediationTally t;
    t.chamberId = 1;
    t.year = 2025;
    t.cases = 37;
    CHECK(Mediation::validate(t, kToday).isEmpty());
    t.settled = 38;
    CHECK(hasProblem(Mediation::validate(t, kToday), QStringLiteral("settled")));
    t.settled = 30;
    t.year = 2026;
    CHECK(hasProblem(Mediation::validate(t, kToday), QStringLiteral("year")));

    CHECK(Mediation::statusFromText(QStringLiteral("调解成功")) == CaseStatus::Settled);
    CHECK(Mediation::statusFromText(QStringLiteral("转诉讼/仲裁")) == CaseStatus::Referred);
    CHECK(Mediation::statusFromText(QStringLiteral("调解不成")) == CaseStatus::Failed);
    CHECK(Mediation::disputeTypeFromText(QStringLiteral("劳动争议")) == DisputeType::Labour);
    CHECK(Mediation::sourceFromText(QStringLiteral("法院委托")) == CaseSource::CourtEntrustment);
    CHECK(Mediation::sourceFromText(QStringLiteral("police-referral")) == CaseSource::PoliceReferral);
    CHECK(Mediation::satisfactionFromText(QStringLiteral("基本满意")) == Satisfaction::FairlySatisfied);
}
