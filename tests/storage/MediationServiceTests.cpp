// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationCaseService.h"
#include "MediationService.h"
#include "RecordSql.h"
#include "RecordsSupport.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace chamber;
using chamber::test::hasProblem;

namespace {
struct County
{
    test::TempDatabase t{QStringLiteral("450126")};
    qint64 ganTang = test::addChamber(*t.db, "450126102", "宾阳县甘棠镇商会", QDate(2013, 12, 25));
    MediationCaseService cases{*t.db};

    MediationCase dispute(QDate received) const
    {
        MediationCase c;
        c.chamberId = ganTang;
        c.receivedOn = received;
        c.applicant = QStringLiteral("宾阳县甘棠镇永福农资店");
        c.respondent = QStringLiteral("覃某");
        c.disputeType = DisputeType::Debt;
        c.amountDisputedFen = 1250000;
        c.mediators = {QStringLiteral("农春梅"), QStringLiteral("甘家兴")};
        return c;
    }
    CaseStatusChange change(qint64 id, CaseStatus status, QDate date) const { return {0, id, status, date, false, {}}; }
};
} // namespace

TEST_CASE("committee: one per chamber, set adds or replaces - tallies by year")
{
    County county;
    MediationService mediation(*county.t.db);
    MediationCommittee m;
    m.chamberId = county.ganTang;
    m.name = QStringLiteral("宾阳县甘棠镇商会人民调解委员会");
    m.founded = QDate(2019, 5, 1);
    m.mediators = 5;
    const auto id = mediation.setCommittee(m);
    REQUIRE(id.ok());
    m.mediators = 7;
    CHECK(mediation.setCommittee(m).value() == id.value());
    CHECK(mediation.committeeOf(county.ganTang).value()->mediators == 7);
    CHECK(hasProblem(mediation.addCommittee(m).problems(), QStringLiteral("chamber")));

    MediationTally tally;
    tally.chamberId = county.ganTang;
    tally.year = 2025;
    tally.cases = 42;
    const auto first = mediation.setTally(tally);
    REQUIRE(first.ok());
    tally.cases = 45;
    tally.settled = 40;
    CHECK(mediation.setTally(tally).value() == first.value());  // the year's count replaced
    REQUIRE(mediation.talliesOf(county.ganTang)->size() == 1);
    CHECK(mediation.talliesOf(county.ganTang)->first().settled == 40);
    tally.year = 2012;  // before the chamber was founded
    CHECK(hasProblem(mediation.setTally(tally).problems(), QStringLiteral("year")));
}

TEST_CASE("a case is numbered, moves step by step, and keeps its dated history")
{
    County county;
    auto added = county.cases.add(county.dispute(QDate(2024, 3, 4)));
    REQUIRE(added.ok());
    CHECK(hasProblem(added.problems(), QStringLiteral("chamber"), Problem::Severity::Warning));  // no committee on record
    const qint64 id = added.value();
    CHECK(county.cases.get(id)->number == QStringLiteral("2024-001"));
    CHECK(county.cases.add(county.dispute(QDate(2024, 5, 1))).ok());
    CHECK(*county.cases.nextNumber(county.ganTang, 2024) == QStringLiteral("2024-003"));
    CHECK(county.cases.get(id)->mediators == QStringList{QStringLiteral("农春梅"), QStringLiteral("甘家兴")});

    // received → settled skips mediating: refused, nothing written
    CHECK(hasProblem(county.cases.changeStatus(county.change(id, CaseStatus::Settled, QDate(2024, 3, 20))).problems(), QStringLiteral("status")));
    CHECK(county.cases.history(id)->isEmpty());
    REQUIRE(county.cases.changeStatus(county.change(id, CaseStatus::Mediating, QDate(2024, 3, 6))).ok());
    // settling with its agreement, in one step
    MediationCase details = county.cases.get(id).value();
    details.agreedAmountFen = 1000000;
    details.agreementNumber = QStringLiteral("甘商调协〔2024〕1号");
    details.judicialConfirmation = false;
    REQUIRE(county.cases.changeStatus(county.change(id, CaseStatus::Settled, QDate(2024, 3, 20)), details).ok());
    const MediationCase settled = county.cases.get(id).value();
    CHECK(settled.status == CaseStatus::Settled);
    CHECK(settled.closedOn == QDate(2024, 3, 20));
    CHECK(settled.agreedAmountFen == 1000000);
    REQUIRE(county.cases.history(id)->size() == 2);

    // a closed case does not go back, except by reopening with a reason
    CHECK(hasProblem(county.cases.changeStatus(county.change(id, CaseStatus::Mediating, QDate(2024, 4, 2))).problems(), QStringLiteral("status")));
    CaseStatusChange reopen{0, id, CaseStatus::Mediating, QDate(2024, 4, 2), true, {}};
    CHECK(hasProblem(county.cases.changeStatus(reopen).problems(), QStringLiteral("reason")));
    reopen.reason = QStringLiteral("被申请人未按协议履行");
    REQUIRE(county.cases.changeStatus(reopen).ok());
    const MediationCase reopened = county.cases.get(id).value();
    CHECK(reopened.status == CaseStatus::Mediating);
    CHECK_FALSE(reopened.closedOn.has_value());
    CHECK_FALSE(reopened.agreedAmountFen.has_value());
    QSqlQuery log(county.t.db->sql());
    // The values read as JSON here, not by SQL: the same on either backend.
    REQUIRE(log.exec(QStringLiteral("SELECT old_values, new_values FROM change_log WHERE action = 'reopen'")));
    REQUIRE(log.next());
    const QJsonObject before = QJsonDocument::fromJson(log.value(0).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(log.value(1).toString().toUtf8()).object();
    CHECK(before.value(QStringLiteral("agreed_amount_fen")).toInteger() == 1000000);  // the cleared agreement is kept in the log
    const QJsonValue cleared = after.value(QStringLiteral("agreed_amount_fen"));
    CHECK((cleared.isNull() || cleared.isUndefined()));
    REQUIRE(county.cases.changeStatus(county.change(id, CaseStatus::Referred, QDate(2024, 5, 9))).ok());
    const auto history = county.cases.history(id);
    REQUIRE(history->size() == 4);
    CHECK((*history)[2].reopen);
    CHECK((*history)[2].reason == QStringLiteral("被申请人未按协议履行"));
    CHECK(CaseLifecycle::statusOn(reopened, *history, QDate(2024, 4, 1)) == CaseStatus::Settled);
}

TEST_CASE("refusals write nothing: closed before received, settled without a date, negative amount")
{
    County county;
    MediationCase c = county.dispute(QDate(2024, 3, 4));
    c.status = CaseStatus::Settled;
    CHECK(hasProblem(county.cases.add(c).problems(), QStringLiteral("closed_on")));
    c.closedOn = QDate(2024, 3, 1);
    CHECK(hasProblem(county.cases.add(c).problems(), QStringLiteral("closed_on")));
    c.closedOn = QDate(2024, 3, 30);
    c.amountDisputedFen = -1;
    CHECK(hasProblem(county.cases.add(c).problems(), QStringLiteral("amount_disputed")));
    CHECK(*county.cases.count() == 0);

    c.amountDisputedFen = 500000;
    const auto added = county.cases.add(c);  // from a paper file: already settled
    REQUIRE(added.ok());
    const auto history = county.cases.history(added.value());
    REQUIRE(history->size() == 2);
    CHECK((*history)[0].status == CaseStatus::Mediating);
    CHECK((*history)[0].date == QDate(2024, 3, 4));
    CHECK((*history)[1].date == QDate(2024, 3, 30));
}

TEST_CASE("editing a case: not its status - dates move the history with them")
{
    County county;
    MediationCase c = county.dispute(QDate(2024, 3, 4));
    c.status = CaseStatus::Failed;
    c.closedOn = QDate(2024, 4, 10);
    const qint64 id = county.cases.add(c).value();
    MediationCase edited = county.cases.get(id).value();
    edited.status = CaseStatus::Settled;
    edited.agreedAmountFen = 1;
    CHECK(hasProblem(county.cases.update(edited).problems(), QStringLiteral("status")));
    edited = county.cases.get(id).value();
    edited.receivedOn = QDate(2024, 3, 5);  // a typo corrected: mediation moves with receipt
    edited.closedOn = QDate(2024, 4, 12);
    REQUIRE(county.cases.update(edited).ok());
    const auto history = county.cases.history(id);
    CHECK((*history)[0].date == QDate(2024, 3, 5));
    CHECK((*history)[1].date == QDate(2024, 4, 12));
    edited.receivedOn = QDate(2024, 4, 20);  // after it closed
    CHECK(hasProblem(county.cases.update(edited).problems(), QStringLiteral("closed_on")));
    CHECK(county.cases.get(id)->receivedOn == QDate(2024, 3, 5));
}

TEST_CASE("case lists filter and page in SQL")
{
    County county;
    for (int day = 1; day <= 12; ++day) {
        MediationCase c = county.dispute(QDate(2023, 1, day));
        c.disputeType = day % 3 == 0 ? DisputeType::Labour : DisputeType::Debt;
        if (day % 2 == 0) {
            c.status = CaseStatus::Settled;
            c.closedOn = QDate(2023, 2, day);
        }
        REQUIRE(county.cases.add(c).ok());
    }
    CaseQuery query;
    CHECK(*county.cases.count(query) == 12);
    query.closed = true;
    CHECK(*county.cases.count(query) == 6);
    query.closed.reset();
    query.disputeType = DisputeType::Labour;
    CHECK(*county.cases.count(query) == 4);  // days 3, 6, 9, 12
    query.disputeType.reset();
    query.receivedFrom = QDate(2023, 1, 5);
    query.receivedTo = QDate(2023, 1, 8);
    CHECK(*county.cases.count(query) == 4);
    CaseQuery page;
    page.limit = 5;
    page.offset = 10;
    const auto rows = county.cases.list(page);
    REQUIRE(rows->size() == 2);
    CHECK(rows->last().record.receivedOn == QDate(2023, 1, 1));  // newest first
    CHECK(rows->last().chamberName == QStringLiteral("宾阳县甘棠镇商会"));
    CaseQuery text;
    text.text = QStringLiteral("2023-012");
    CHECK(*county.cases.count(text) == 1);
}

TEST_CASE("issue 15: a year's tally saved by someone else since the editor opened is refused and never replaced unseen")
{
    County county;
    MediationService mediation(*county.t.db);
    MediationTally tally;
    tally.chamberId = county.ganTang;
    tally.year = 2025;
    tally.cases = 42;
    // Opened with no count for 2025 (0), and someone enters one meanwhile: the save is refused.
    const auto theirs = mediation.setTally(tally);
    REQUIRE(theirs.ok());
    MediationTally mine = tally;
    mine.cases = 50;
    CHECK(hasProblem(mediation.setTally(mine, 0).problems(), QStringLiteral("row_version")));
    CHECK(mediation.talliesOf(county.ganTang)->first().cases == 42);  // their count stands

    // Opened on their count (version 1), changed underneath to version 2: refused again.
    const qint64 opened = *sql::rowVersion(*county.t.db, QStringLiteral("mediation_tally"), theirs.value());
    tally.cases = 44;
    REQUIRE(mediation.setTally(tally).ok());
    CHECK(hasProblem(mediation.setTally(mine, opened).problems(), QStringLiteral("row_version")));
    CHECK(mediation.talliesOf(county.ganTang)->first().cases == 44);

    // Opened on the count as it now is: the save goes through.
    const qint64 current = *sql::rowVersion(*county.t.db, QStringLiteral("mediation_tally"), theirs.value());
    REQUIRE(mediation.setTally(mine, current).ok());
    CHECK(mediation.talliesOf(county.ganTang)->first().cases == 50);
}
