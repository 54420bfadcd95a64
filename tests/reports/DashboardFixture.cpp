// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardFixture.h"

#include "ChamberService.h"
#include "CountyFixture.h"
#include "MediationCaseService.h"
#include "MediationService.h"
#include "PartyService.h"
#include "TestSupport.h"

namespace chamber::test {

namespace {
qint64 chamberId(Database &db, const char *name)
{
    auto found = ChamberService(db).find(QString::fromUtf8(name));
    REQUIRE(found.ok());
    return found->id;
}

void meetAllConditions(Database &db, const char *name)
{
    ChamberService service(db);
    auto found = service.get(chamberId(db, name));
    REQUIRE(found.ok());
    Chamber c = found.value();
    c.individualMembers = 45;
    c.unitMembers = 12;  // 57 in all: the mixed rule
    c.president = QStringLiteral("黄建华");
    c.secretaryGeneral = QStringLiteral("韦丽");
    c.premises = QStringLiteral("镇政府综合楼三楼");
    c.fullTimeStaff = 2;
    c.activityFundsFen = 50000 * 100;
    c.independentLiability = true;
    const auto r = service.update(c);
    INFO(describe(r.problems()));
    REQUIRE(r.ok());
}

void addParty(Database &db, const char *chamber, std::optional<QDate> founded, std::optional<int> stars = std::nullopt,
              std::optional<QDate> ratedOn = std::nullopt)
{
    PartyOrganization o;
    o.chamberId = chamberId(db, chamber);
    o.members = 5;
    o.secretary = QStringLiteral("梁书记");
    o.founded = founded;
    o.starRating = stars;
    o.starRatedOn = ratedOn;
    const auto r = PartyService(db).addOrganization(o);
    INFO(describe(r.problems()));
    REQUIRE(r.ok());
}

void addCommittee(Database &db, const char *chamber, std::optional<QDate> founded)
{
    MediationCommittee m;
    m.chamberId = chamberId(db, chamber);
    m.founded = founded;
    m.mediators = 3;
    const auto r = MediationService(db).addCommittee(m);
    INFO(describe(r.problems()));
    REQUIRE(r.ok());
}

void addCase(Database &db, const char *chamber, const char *number, QDate received, CaseStatus status,
             std::optional<QDate> closed = std::nullopt)
{
    MediationCase c;
    c.chamberId = chamberId(db, chamber);
    c.number = QString::fromLatin1(number);
    c.receivedOn = received;
    c.applicant = QStringLiteral("宾阳县某建材店");
    c.respondent = QStringLiteral("某装修公司");
    c.disputeType = DisputeType::Debt;
    c.status = status;
    c.closedOn = closed;
    const auto r = MediationCaseService(db).add(c);
    INFO(describe(r.problems()));
    REQUIRE(r.ok());
}
} // namespace

void fillDashboardFixture(Database &db)
{
    fillCountyFixture(db);
    meetAllConditions(db, "宾阳县宾州镇商会");
    meetAllConditions(db, "宾阳县黎塘镇商会");
    meetAllConditions(db, "宾阳县新圩镇商会");

    addParty(db, "宾阳县宾州镇商会", QDate(2015, 6, 1), 3, QDate(2020, 7, 1));
    addParty(db, "宾阳县甘棠镇商会", QDate(2022, 3, 1));
    addParty(db, "宾阳县新圩镇商会", std::nullopt);

    addCommittee(db, "宾阳县宾州镇商会", QDate(2018, 1, 1));
    addCommittee(db, "宾阳县甘棠镇商会", std::nullopt);
    addCase(db, "宾阳县宾州镇商会", "2021-001", QDate(2021, 3, 10), CaseStatus::Settled, QDate(2021, 4, 20));
    addCase(db, "宾阳县甘棠镇商会", "2021-001", QDate(2021, 10, 1), CaseStatus::Failed, QDate(2022, 2, 15));
    addCase(db, "宾阳县宾州镇商会", "2025-001", QDate(2025, 9, 1), CaseStatus::Mediating);
    addCase(db, "宾阳县宾州镇商会", "2025-002", QDate(2025, 11, 15), CaseStatus::Received);
}

} // namespace chamber::test
