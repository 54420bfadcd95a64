// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsFixture.h"

#include "ChamberService.h"
#include "CountyFixture.h"
#include "HonourService.h"
#include "MediationCaseService.h"
#include "MediationService.h"
#include "PartyService.h"
#include "ServiceRequestService.h"
#include "TestSupport.h"

namespace chamber::test {

namespace {

template<typename T>
T require(Result<T> result)
{
    INFO(describe(result.problems()));
    REQUIRE(result.ok());
    return result.value();
}

qint64 chamberId(Database &db, const char *name)
{
    return require(ChamberService(db).find(QString::fromUtf8(name))).id;
}

void organization(Database &db, qint64 chamber, PartyForm form, std::optional<QDate> founded, std::optional<int> stars,
                  std::optional<QDate> ratedOn)
{
    PartyOrganization o;
    o.chamberId = chamber;
    o.form = form;
    o.members = 5;
    o.founded = founded;
    o.starRating = stars;
    o.starRatedOn = ratedOn;
    require(PartyService(db).addOrganization(o));
}

void instructor(Database &db, qint64 chamber, const char *name, std::optional<QDate> from, std::optional<QDate> until = std::nullopt)
{
    PartyInstructor i;
    i.chamberId = chamber;
    i.name = QString::fromUtf8(name);
    i.from = from;
    i.until = until;
    require(PartyService(db).addInstructor(i));
}

void honour(Database &db, qint64 chamber, HonourKind kind, int year, std::optional<QDate> awardedOn = std::nullopt)
{
    Honour h;
    h.chamberId = chamber;
    h.kind = kind;
    h.year = year;
    h.awardedOn = awardedOn;
    require(HonourService(db).add(h));
}

void committee(Database &db, qint64 chamber, std::optional<QDate> founded)
{
    MediationCommittee m;
    m.chamberId = chamber;
    m.founded = founded;
    m.mediators = 3;
    require(MediationService(db).addCommittee(m));
}

void tally(Database &db, qint64 chamber, int year, int cases, std::optional<int> settled = std::nullopt)
{
    MediationTally t;
    t.chamberId = chamber;
    t.year = year;
    t.cases = cases;
    t.settled = settled;
    require(MediationService(db).setTally(t));
}

// A case received on a date; entered already settled when closed is given.
qint64 mediationCase(Database &db, qint64 chamber, QDate received, std::optional<qint64> disputedFen,
                     std::optional<QDate> settledOn = std::nullopt, std::optional<qint64> agreedFen = std::nullopt)
{
    MediationCase c;
    c.chamberId = chamber;
    c.receivedOn = received;
    c.applicant = QStringLiteral("申请人");
    c.respondent = QStringLiteral("被申请人");
    c.amountDisputedFen = disputedFen;
    if (settledOn) {
        c.status = CaseStatus::Settled;
        c.closedOn = settledOn;
        c.agreedAmountFen = agreedFen;
    }
    return require(MediationCaseService(db).add(c));
}

void step(Database &db, qint64 caseId, CaseStatus status, QDate date, std::optional<qint64> agreedFen = std::nullopt)
{
    MediationCaseService cases(db);
    std::optional<MediationCase> details;
    if (agreedFen) {
        details = require(cases.get(caseId));
        details->agreedAmountFen = agreedFen;
    }
    INFO(Mediation::statusKey(status).toStdString() << " " << date.toString(Qt::ISODate).toStdString());
    REQUIRE(cases.changeStatus({0, caseId, status, date, false, {}}, details).ok());
}

void need(Database &db, qint64 chamber, QDate raised, std::optional<QDate> started = std::nullopt, std::optional<QDate> resolved = std::nullopt)
{
    ServiceRequestService needs(db);
    ServiceRequest r;
    r.chamberId = chamber;
    r.requester = QStringLiteral("会员企业");
    r.description = QStringLiteral("需求");
    r.raisedOn = raised;
    const qint64 id = require(needs.add(r));
    if (started)
        REQUIRE(needs.changeStatus({id, NeedStatus::InProgress, *started, false, {}, {}, {}}).ok());
    if (resolved)
        REQUIRE(needs.changeStatus({id, NeedStatus::Resolved, *resolved, false, {}, {}, {}}).ok());
}

} // namespace

void fillRecordsFixture(Database &db)
{
    fillCountyFixture(db);
    const qint64 a = chamberId(db, "宾阳县宾州镇商会");
    const qint64 b = chamberId(db, "宾阳县黎塘镇商会");
    const qint64 c = chamberId(db, "宾阳县甘棠镇商会");
    const qint64 d = chamberId(db, "宾阳县新圩镇商会");
    const qint64 e = chamberId(db, "宾阳县邹圩镇商会");
    const qint64 f = chamberId(db, "廖平农场商会");

    organization(db, a, PartyForm::Standalone, QDate(2017, 6, 1), 4, QDate(2022, 12, 1));
    organization(db, b, PartyForm::Joint, QDate(2020, 3, 1), std::nullopt, std::nullopt);
    organization(db, d, PartyForm::Standalone, QDate(2015, 7, 1), 2, std::nullopt);
    organization(db, f, PartyForm::Standalone, std::nullopt, 3, QDate(2024, 6, 1));
    instructor(db, a, "莫建华", QDate(2016, 3, 1), QDate(2021, 1, 1));
    instructor(db, a, "黄立新", QDate(2021, 1, 1));
    instructor(db, c, "甘家兴", std::nullopt);
    instructor(db, e, "黄春梅", QDate(2023, 3, 1));

    honour(db, a, HonourKind::RegionalFourGood, 2019);
    honour(db, a, HonourKind::RegionalFourGood, 2022);
    honour(db, a, HonourKind::NationalFourGood, 2023, QDate(2023, 11, 20));
    honour(db, b, HonourKind::IntegrityPioneer, 2021);
    honour(db, c, HonourKind::RegionalFourGood, 2024);
    honour(db, f, HonourKind::StarPartyOrganization, 2024);

    committee(db, a, QDate(2018, 5, 1));
    committee(db, b, std::nullopt);
    committee(db, c, QDate(2024, 3, 1));
    committee(db, d, QDate(2016, 1, 1));

    const qint64 a1 = mediationCase(db, a, QDate(2023, 2, 1), 100000);
    step(db, a1, CaseStatus::Mediating, QDate(2023, 2, 2));
    step(db, a1, CaseStatus::Settled, QDate(2023, 2, 21), 80000);
    const qint64 a2 = mediationCase(db, a, QDate(2024, 5, 10), 250000);
    step(db, a2, CaseStatus::Mediating, QDate(2024, 5, 10));
    step(db, a2, CaseStatus::Failed, QDate(2024, 6, 9));
    const qint64 a3 = mediationCase(db, a, QDate(2025, 3, 1), std::nullopt);
    step(db, a3, CaseStatus::Mediating, QDate(2025, 3, 3));
    const qint64 a4 = mediationCase(db, a, QDate(2024, 1, 10), 500000);
    step(db, a4, CaseStatus::Mediating, QDate(2024, 1, 11));
    step(db, a4, CaseStatus::Settled, QDate(2024, 1, 20), 400000);
    REQUIRE(MediationCaseService(db).changeStatus({0, a4, CaseStatus::Mediating, QDate(2024, 2, 1), true, QStringLiteral("未按协议履行")}).ok());
    step(db, a4, CaseStatus::Referred, QDate(2024, 3, 1));
    mediationCase(db, c, QDate(2025, 6, 1), 30000);
    mediationCase(db, c, QDate(2022, 8, 8), 60000, QDate(2022, 9, 7), 60000);
    mediationCase(db, d, QDate(2021, 4, 1), std::nullopt, QDate(2021, 4, 11));
    tally(db, a, 2024, 1);
    tally(db, b, 2025, 13, 10);
    tally(db, c, 2025, 5);

    need(db, a, QDate(2025, 1, 5));
    need(db, a, QDate(2024, 11, 1), QDate(2024, 11, 5));
    need(db, b, QDate(2024, 3, 1), QDate(2024, 3, 2), QDate(2024, 4, 1));
    need(db, c, QDate(2025, 2, 1), std::nullopt, QDate(2025, 2, 1));
    need(db, d, QDate(2021, 5, 1));
}

} // namespace chamber::test
