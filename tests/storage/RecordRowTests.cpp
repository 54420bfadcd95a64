// SPDX-License-Identifier: GPL-3.0-or-later
// The one row mapping (src/storage/RecordRow.h): every kind stored with every field set and read
// back equal; running text kept with its spaces, names and numbers trimmed; what is not known
// stored as NULL, never as ''. The expected values are written out here by hand.
#include "ChamberService.h"
#include "DisclosureService.h"
#include "HonourService.h"
#include "MediationCaseService.h"
#include "MediationService.h"
#include "MemberService.h"
#include "PartyService.h"
#include "RecordRow.h"
#include "RecordsSupport.h"
#include "ServiceRequestService.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace chamber;

namespace {

// The columns of one row as stored, by raw SQL: each value as text, NULL as the word NULL.
QStringList raw(Database &db, const QString &table, const QStringList &columns, qint64 id)
{
    QSqlQuery q(db.sql());
    QStringList select;
    for (const auto &c : columns)
        select.append(QStringLiteral("CASE WHEN %1 IS NULL THEN 'NULL' ELSE '' END, %1").arg(c));
    REQUIRE(q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(select.join(QStringLiteral(", ")), table)));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QStringList out;
    for (int i = 0; i < columns.size(); ++i)
        out.append(q.value(2 * i).toString() == QStringLiteral("NULL") ? QStringLiteral("NULL") : q.value(2 * i + 1).toString());
    return out;
}

template<typename T>
qint64 added(const Result<T> &result)
{
    INFO(test::describe(result.problems()).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

const QString kNotes = QStringLiteral("  见附件一 \n第二行  ");  // running text: kept as typed

} // namespace

TEST_CASE("row mapping: a chamber with every field set is stored and read back equal")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = QStringLiteral("  宾阳县黎塘镇商会 ");
    c.founded = QDate(2011, 10, 10);
    c.status = ChamberStatus::Dissolved;
    c.dissolved = QDate(2024, 6, 30);
    c.president = QStringLiteral(" 韦国强");
    c.presidentPhone = QStringLiteral("0771-8221234 ");
    c.secretaryGeneral = QStringLiteral("黄丽 ");
    c.secretaryPhone = QStringLiteral(" 13807711234");
    c.contactPerson = QStringLiteral(" 覃小梅 ");
    c.contactPhone = QStringLiteral("13907715678");
    c.premises = QStringLiteral(" 黎塘镇民主街 12 号 ");
    c.fullTimeStaff = 2;
    c.activityFundsFen = 3500000;
    c.individualMembers = 40;
    c.unitMembers = 11;
    c.independentLiability = true;
    c.creditCode = QStringLiteral(" 51450126mj1234561t");
    c.supervisingUnit = QStringLiteral(" 宾阳县工商业联合会 ");
    c.notes = kNotes;
    const qint64 id = added(chambers.add(c));

    Chamber expected;
    expected.id = id;
    expected.townshipCode = QStringLiteral("450126101");
    expected.name = QStringLiteral("宾阳县黎塘镇商会");
    expected.founded = QDate(2011, 10, 10);
    expected.status = ChamberStatus::Dissolved;
    expected.dissolved = QDate(2024, 6, 30);
    expected.president = QStringLiteral("韦国强");
    expected.presidentPhone = QStringLiteral("0771-8221234");
    expected.secretaryGeneral = QStringLiteral("黄丽");
    expected.secretaryPhone = QStringLiteral("13807711234");
    expected.contactPerson = QStringLiteral("覃小梅");
    expected.contactPhone = QStringLiteral("13907715678");
    expected.premises = QStringLiteral("黎塘镇民主街 12 号");
    expected.fullTimeStaff = 2;
    expected.activityFundsFen = 3500000;
    expected.individualMembers = 40;
    expected.unitMembers = 11;
    expected.independentLiability = true;
    expected.creditCode = QStringLiteral("51450126MJ1234561T");
    expected.supervisingUnit = QStringLiteral("宾阳县工商业联合会");
    expected.notes = kNotes;
    CHECK(chambers.get(id).value() == expected);
    CHECK(chambers.all()->first() == expected);
    CHECK(chambers.list({})->first().chamber == expected);
    CHECK(raw(*t.db, QStringLiteral("chamber"),
              {QStringLiteral("status"), QStringLiteral("founded_on"), QStringLiteral("dissolved_on"), QStringLiteral("activity_funds_fen"),
               QStringLiteral("independent_liability"), QStringLiteral("credit_code"), QStringLiteral("notes")},
              id)
          == QStringList{QStringLiteral("dissolved"), QStringLiteral("2011-10-10"), QStringLiteral("2024-06-30"), QStringLiteral("3500000"),
                         QStringLiteral("1"), QStringLiteral("51450126MJ1234561T"), kNotes});

    // Not known: NULL, not '' or 0; a blank text is ''.
    Chamber sparse;
    sparse.townshipCode = QStringLiteral("450126102");
    sparse.name = QStringLiteral("宾阳县甘棠镇商会");
    const qint64 sparseId = added(chambers.add(sparse));
    CHECK(raw(*t.db, QStringLiteral("chamber"),
              {QStringLiteral("founded_on"), QStringLiteral("dissolved_on"), QStringLiteral("full_time_staff"), QStringLiteral("activity_funds_fen"),
               QStringLiteral("independent_liability"), QStringLiteral("president"), QStringLiteral("notes")},
              sparseId)
          == QStringList{QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                         QString(), QString()});
    const Chamber read = chambers.get(sparseId).value();
    CHECK_FALSE(read.founded.has_value());
    CHECK_FALSE(read.fullTimeStaff.has_value());
    CHECK_FALSE(read.activityFundsFen.has_value());
    CHECK_FALSE(read.independentLiability.has_value());
}

TEST_CASE("row mapping: Party organisation instructor disclosure and honour round-trip")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    PartyService party(*t.db);

    PartyOrganization o;
    o.chamberId = lidang;
    o.name = QStringLiteral(" 中共宾阳县黎塘镇商会支部委员会 ");
    o.form = PartyForm::Joint;
    o.jointWith = QStringLiteral(" 黎塘镇个体劳动者协会");
    o.members = 7;
    o.secretary = QStringLiteral("韦明 ");
    o.secretaryPhone = QStringLiteral(" 13977112345 ");
    o.founded = QDate(2017, 6, 1);
    o.starRating = 4;
    o.starRatedOn = QDate(2023, 7, 1);
    o.notes = kNotes;
    const qint64 oid = added(party.addOrganization(o));
    const PartyOrganization expectedO{oid, lidang, QStringLiteral("中共宾阳县黎塘镇商会支部委员会"), PartyForm::Joint, QStringLiteral("黎塘镇个体劳动者协会"), 7,
                                      QStringLiteral("韦明"), QStringLiteral("13977112345"), QDate(2017, 6, 1), 4, QDate(2023, 7, 1), kNotes};
    CHECK(party.getOrganization(oid).value() == expectedO);
    CHECK(party.listOrganizations({})->first().record == expectedO);
    CHECK(raw(*t.db, QStringLiteral("party_organization"), {QStringLiteral("form"), QStringLiteral("founded_on"), QStringLiteral("star_rating")}, oid)
          == QStringList{QStringLiteral("joint"), QStringLiteral("2017-06-01"), QStringLiteral("4")});
    o = expectedO;
    o.founded.reset();
    o.starRating.reset();
    o.starRatedOn.reset();
    REQUIRE(party.updateOrganization(o).ok());
    CHECK(raw(*t.db, QStringLiteral("party_organization"), {QStringLiteral("founded_on"), QStringLiteral("star_rating"), QStringLiteral("star_rated_on")}, oid)
          == QStringList{QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL")});
    CHECK(party.getOrganization(oid).value() == o);

    PartyInstructor i;
    i.chamberId = lidang;
    i.name = QStringLiteral(" 李建华 ");
    i.unit = QStringLiteral(" 宾阳县委统战部");
    i.phone = QStringLiteral("0771-8223456 ");
    i.from = QDate(2020, 3, 1);
    i.until = QDate(2023, 2, 28);
    i.notes = kNotes;
    const qint64 iid = added(party.addInstructor(i));
    const PartyInstructor expectedI{iid, lidang, QStringLiteral("李建华"), QStringLiteral("宾阳县委统战部"), QStringLiteral("0771-8223456"),
                                    QDate(2020, 3, 1), QDate(2023, 2, 28), kNotes};
    CHECK(party.getInstructor(iid).value() == expectedI);
    CHECK(raw(*t.db, QStringLiteral("party_instructor"), {QStringLiteral("from_on"), QStringLiteral("until_on"), QStringLiteral("notes")}, iid)
          == QStringList{QStringLiteral("2020-03-01"), QStringLiteral("2023-02-28"), kNotes});

    DisclosureService disclosures(*t.db);
    Disclosure d;
    d.chamberId = lidang;
    d.period = QStringLiteral(" 2024-h1 ");
    d.partyAffairs = true;
    d.chamberAffairs = false;
    d.finances = true;
    d.disclosedOn = QDate(2024, 7, 15);
    d.notes = kNotes;
    const qint64 did = added(disclosures.add(d));
    const Disclosure expectedD{did, lidang, QStringLiteral("2024-H1"), true, false, true, QDate(2024, 7, 15), kNotes};
    CHECK(disclosures.get(did).value() == expectedD);
    CHECK(raw(*t.db, QStringLiteral("party_disclosure"),
              {QStringLiteral("period"), QStringLiteral("party_affairs"), QStringLiteral("chamber_affairs"), QStringLiteral("finances")}, did)
          == QStringList{QStringLiteral("2024-H1"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1")});

    HonourService honours(*t.db);
    Honour h;
    h.chamberId = lidang;
    h.kind = HonourKind::NationalFourGood;
    h.year = 2023;
    h.issuingBody = QStringLiteral("  全国工商联 ");
    h.documentNumber = QStringLiteral(" 全联发〔2023〕12号");
    h.awardedOn = QDate(2023, 11, 2);
    h.notes = kNotes;
    const qint64 hid = added(honours.add(h));
    Honour expectedH;
    expectedH.id = hid;
    expectedH.chamberId = lidang;
    expectedH.kind = HonourKind::NationalFourGood;
    expectedH.year = 2023;
    expectedH.issuingBody = QStringLiteral("全国工商联");
    expectedH.documentNumber = QStringLiteral("全联发〔2023〕12号");
    expectedH.awardedOn = QDate(2023, 11, 2);
    expectedH.notes = kNotes;
    CHECK(honours.get(hid).value() == expectedH);
    CHECK(honours.all()->first() == expectedH);
    CHECK(raw(*t.db, QStringLiteral("honour"), {QStringLiteral("kind"), QStringLiteral("year"), QStringLiteral("awarded_on"), QStringLiteral("notes")}, hid)
          == QStringList{QStringLiteral("national_four_good"), QStringLiteral("2023"), QStringLiteral("2023-11-02"), kNotes});
    expectedH.awardedOn.reset();
    REQUIRE(honours.update(expectedH).ok());
    CHECK(raw(*t.db, QStringLiteral("honour"), {QStringLiteral("awarded_on")}, hid) == QStringList{QStringLiteral("NULL")});
}

TEST_CASE("row mapping: mediation committee tally and case round-trip")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    MediationService mediation(*t.db);

    MediationCommittee m;
    m.chamberId = lidang;
    m.name = QStringLiteral(" 宾阳县黎塘镇商会人民调解委员会 ");
    m.founded = QDate(2019, 4, 12);
    m.mediators = 5;
    m.notes = kNotes;
    const qint64 mid = added(mediation.addCommittee(m));
    const MediationCommittee expectedM{mid, lidang, QStringLiteral("宾阳县黎塘镇商会人民调解委员会"), QDate(2019, 4, 12), 5, kNotes};
    CHECK(mediation.getCommittee(mid).value() == expectedM);
    CHECK(raw(*t.db, QStringLiteral("mediation_committee"), {QStringLiteral("founded_on"), QStringLiteral("mediators")}, mid)
          == QStringList{QStringLiteral("2019-04-12"), QStringLiteral("5")});

    MediationTally tally;
    tally.chamberId = lidang;
    tally.year = 2023;
    tally.cases = 12;
    tally.settled = 10;
    tally.notes = kNotes;
    const qint64 tid = added(mediation.setTally(tally));
    CHECK(mediation.getTally(tid).value() == MediationTally{tid, lidang, 2023, 12, 10, kNotes});
    tally.year = 2022;
    tally.settled.reset();
    const qint64 unknownSettled = added(mediation.setTally(tally));
    CHECK(raw(*t.db, QStringLiteral("mediation_tally"), {QStringLiteral("settled")}, unknownSettled) == QStringList{QStringLiteral("NULL")});
    CHECK_FALSE(mediation.getTally(unknownSettled)->settled.has_value());

    MediationCaseService cases(*t.db);
    MediationCase c;
    c.chamberId = lidang;
    c.number = QStringLiteral(" 2024-007 ");
    c.receivedOn = QDate(2024, 3, 4);
    c.source = CaseSource::CourtEntrustment;
    c.applicant = QStringLiteral(" 宾阳县宏达建材有限公司");
    c.respondent = QStringLiteral("黎塘镇某五金店 ");
    c.disputeType = DisputeType::Debt;
    c.summary = QStringLiteral(" 货款 8 万元未付\n");
    c.amountDisputedFen = 8000000;
    c.mediators = {QStringLiteral(" 农春梅"), QStringLiteral(""), QStringLiteral("甘家兴 ")};
    c.status = CaseStatus::Settled;
    c.closedOn = QDate(2024, 3, 20);
    c.agreedAmountFen = 7000000;
    c.agreementNumber = QStringLiteral(" 黎商调协〔2024〕7号 ");
    c.judicialConfirmation = false;
    c.performance = Performance::PartlyPerformed;
    c.performanceProof = QStringLiteral(" 转账凭证 ");
    c.followUpOn = QDate(2024, 5, 6);
    c.followUpSatisfaction = Satisfaction::FairlySatisfied;
    c.followUpNote = QStringLiteral(" 余款分期 ");
    c.notes = kNotes;
    const qint64 cid = added(cases.add(c));
    MediationCase expectedC;
    expectedC.id = cid;
    expectedC.chamberId = lidang;
    expectedC.number = QStringLiteral("2024-007");
    expectedC.receivedOn = QDate(2024, 3, 4);
    expectedC.source = CaseSource::CourtEntrustment;
    expectedC.applicant = QStringLiteral("宾阳县宏达建材有限公司");
    expectedC.respondent = QStringLiteral("黎塘镇某五金店");
    expectedC.disputeType = DisputeType::Debt;
    expectedC.summary = QStringLiteral(" 货款 8 万元未付\n");
    expectedC.amountDisputedFen = 8000000;
    expectedC.mediators = {QStringLiteral("农春梅"), QStringLiteral("甘家兴")};
    expectedC.status = CaseStatus::Settled;
    expectedC.closedOn = QDate(2024, 3, 20);
    expectedC.agreedAmountFen = 7000000;
    expectedC.agreementNumber = QStringLiteral("黎商调协〔2024〕7号");
    expectedC.judicialConfirmation = false;
    expectedC.performance = Performance::PartlyPerformed;
    expectedC.performanceProof = QStringLiteral("转账凭证");
    expectedC.followUpOn = QDate(2024, 5, 6);
    expectedC.followUpSatisfaction = Satisfaction::FairlySatisfied;
    expectedC.followUpNote = QStringLiteral(" 余款分期 ");
    expectedC.notes = kNotes;
    CHECK(cases.get(cid).value() == expectedC);
    CHECK(raw(*t.db, QStringLiteral("mediation_case"),
              {QStringLiteral("source"), QStringLiteral("dispute_type"), QStringLiteral("mediators"), QStringLiteral("judicial_confirmation"),
               QStringLiteral("performance"), QStringLiteral("follow_up_satisfaction"), QStringLiteral("amount_disputed_fen")},
              cid)
          == QStringList{QStringLiteral("court_entrustment"), QStringLiteral("debt"), QStringLiteral("农春梅、甘家兴"), QStringLiteral("0"),
                         QStringLiteral("partly_performed"), QStringLiteral("fairly_satisfied"), QStringLiteral("8000000")});

    // A case still open: no closing date, no amounts, no performance (''), no follow-up.
    MediationCase open;
    open.chamberId = lidang;
    open.receivedOn = QDate(2024, 4, 1);
    open.applicant = QStringLiteral("甲");
    open.respondent = QStringLiteral("乙");
    const qint64 openId = added(cases.add(open));
    CHECK(raw(*t.db, QStringLiteral("mediation_case"),
              {QStringLiteral("closed_on"), QStringLiteral("amount_disputed_fen"), QStringLiteral("agreed_amount_fen"), QStringLiteral("judicial_confirmation"),
               QStringLiteral("follow_up_on"), QStringLiteral("performance"), QStringLiteral("follow_up_satisfaction"), QStringLiteral("mediators")},
              openId)
          == QStringList{QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                         QString(), QString(), QString()});
    const MediationCase readOpen = cases.get(openId).value();
    CHECK_FALSE(readOpen.performance.has_value());
    CHECK_FALSE(readOpen.followUpSatisfaction.has_value());
    CHECK_FALSE(readOpen.judicialConfirmation.has_value());
    CHECK(readOpen.mediators.isEmpty());
}

TEST_CASE("row mapping: member and need round-trip")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    MemberService members(*t.db);
    Member m;
    m.chamberId = lidang;
    m.name = QStringLiteral(" 宾阳县宏达建材有限公司 ");
    m.kind = MemberKind::Enterprise;
    m.creditCode = QStringLiteral("51450126mj 1234561t");
    m.representative = QStringLiteral(" 陆宏达");
    m.phone = QStringLiteral("13877123456 ");
    m.industry = QStringLiteral(" 建材 ");
    m.role = MemberRole::VicePresident;
    m.joinedOn = QDate(2015, 1, 8);
    m.leftOn = QDate(2024, 12, 31);
    m.notes = kNotes;
    const qint64 mid = added(members.add(m));
    const Member expectedM{mid, lidang, QStringLiteral("宾阳县宏达建材有限公司"), MemberKind::Enterprise, QStringLiteral("51450126MJ1234561T"),
                           QStringLiteral("陆宏达"), QStringLiteral("13877123456"), QStringLiteral("建材"), MemberRole::VicePresident,
                           QDate(2015, 1, 8), QDate(2024, 12, 31), kNotes};
    CHECK(members.get(mid).value() == expectedM);
    CHECK(raw(*t.db, QStringLiteral("member"), {QStringLiteral("kind"), QStringLiteral("role"), QStringLiteral("credit_code"), QStringLiteral("left_on")}, mid)
          == QStringList{QStringLiteral("enterprise"), QStringLiteral("vice_president"), QStringLiteral("51450126MJ1234561T"), QStringLiteral("2024-12-31")});
    Member current = expectedM;
    current.leftOn.reset();
    current.joinedOn.reset();
    REQUIRE(members.update(current).ok());
    CHECK(raw(*t.db, QStringLiteral("member"), {QStringLiteral("joined_on"), QStringLiteral("left_on")}, mid)
          == QStringList{QStringLiteral("NULL"), QStringLiteral("NULL")});

    ServiceRequestService needs(*t.db);
    ServiceRequest r;
    r.chamberId = lidang;
    r.memberId = mid;
    r.requester = QStringLiteral(" 陆宏达（宏达建材） ");
    r.kind = NeedKind::Funding;
    r.description = QStringLiteral(" 流动资金缺口约 50 万元 ");
    r.partner = QStringLiteral(" 宾阳县农村信用合作联社");
    r.raisedOn = QDate(2025, 2, 10);
    r.status = NeedStatus::Resolved;
    r.startedOn = QDate(2025, 2, 12);
    r.resolvedOn = QDate(2025, 3, 20);
    r.resolution = QStringLiteral(" 获批创业担保贷款 30 万元 ");
    r.notes = kNotes;
    const qint64 rid = added(needs.add(r));
    const ServiceRequest expectedR{rid, lidang, mid, QStringLiteral("陆宏达（宏达建材）"), NeedKind::Funding, QStringLiteral("流动资金缺口约 50 万元"),
                                   QStringLiteral("宾阳县农村信用合作联社"), QDate(2025, 2, 10), NeedStatus::Resolved, QDate(2025, 2, 12),
                                   QDate(2025, 3, 20), QStringLiteral("获批创业担保贷款 30 万元"), kNotes};
    CHECK(needs.get(rid).value() == expectedR);
    CHECK(raw(*t.db, QStringLiteral("service_request"),
              {QStringLiteral("member_id"), QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("raised_on"), QStringLiteral("notes")}, rid)
          == QStringList{QString::number(mid), QStringLiteral("funding"), QStringLiteral("resolved"), QStringLiteral("2025-02-10"), kNotes});

    ServiceRequest unlisted;
    unlisted.chamberId = lidang;
    unlisted.requester = QStringLiteral("黎塘镇某餐馆");
    unlisted.kind = NeedKind::Water;
    unlisted.description = QStringLiteral("用水报装");
    unlisted.raisedOn = QDate(2025, 4, 1);
    const qint64 unlistedId = added(needs.add(unlisted));
    CHECK(raw(*t.db, QStringLiteral("service_request"),
              {QStringLiteral("member_id"), QStringLiteral("started_on"), QStringLiteral("resolved_on"), QStringLiteral("resolution")}, unlistedId)
          == QStringList{QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("NULL"), QString()});
    CHECK_FALSE(needs.get(unlistedId)->memberId.has_value());
}

TEST_CASE("row mapping: every described column of every kind has its binding")
{
    CHECK(sql::storedFields<Chamber>().size() == 20);
    CHECK(sql::storedFields<PartyOrganization>().size() == 10);
    CHECK(sql::storedFields<PartyInstructor>().size() == 6);
    CHECK(sql::storedFields<Disclosure>().size() == 6);
    CHECK(sql::storedFields<Honour>().size() == 6);
    CHECK(sql::storedFields<MediationCommittee>().size() == 4);
    CHECK(sql::storedFields<MediationTally>().size() == 4);
    CHECK(sql::storedFields<MediationCase>().size() == 20);
    CHECK(sql::storedFields<ServiceRequest>().size() == 11);
    CHECK(sql::storedFields<Member>().size() == 10);
}
