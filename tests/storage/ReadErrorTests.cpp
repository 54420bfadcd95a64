// SPDX-License-Identifier: GPL-3.0-or-later
// Issues 11 and 15: a read that fails is an error, never an empty list, a zero or a passed check.
// A table renamed under an open database, and a closed connection, stand for a damaged file.
#include "ChamberService.h"
#include "DivisionService.h"
#include "ExchangeStore.h"
#include "HonourService.h"
#include "MediationCaseService.h"
#include "MediationService.h"
#include "MemberService.h"
#include "PartyService.h"
#include "PointsService.h"
#include "RecordsSupport.h"
#include "ServiceRequestService.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace chamber;
using chamber::test::hasProblem;

namespace {

// Renames a table under the open database, as a damaged page would hide it.
void damage(Database &db, const char *table)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_damaged").arg(QLatin1String(table))));
}

// The read failed with storage's read error: field "database", saying how to recover.
template<typename T>
bool failedToRead(const Result<T> &result)
{
    return !result && readFailed(result.problems()) && result.firstError().contains(QStringLiteral("may be damaged"))
           && result.firstError().contains(QStringLiteral("chamberctl backup restore"));
}

Honour honour(qint64 chamberId, int year)
{
    Honour h;
    h.chamberId = chamberId;
    h.kind = HonourKind::RegionalFourGood;
    h.year = year;
    h.issuingBody = QStringLiteral("广西壮族自治区工商业联合会");
    return h;
}

} // namespace

TEST_CASE("reads of a table that cannot be read are errors and an empty list means there are none")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    const qint64 other = test::addChamber(*t.db, "450126102", "宾阳县新桥镇商会", QDate(2012, 3, 1));
    HonourService honours(*t.db);
    REQUIRE(honours.add(honour(lidang, 2019)).ok());
    // Before: the reads work, and "none" is an empty list that is no error.
    REQUIRE(honours.of(lidang)->size() == 1);
    REQUIRE(honours.of(other).ok());
    CHECK(honours.of(other)->isEmpty());
    CHECK(*honours.count() == 1);

    damage(*t.db, "honour");
    CHECK(failedToRead(honours.of(lidang)));
    CHECK(failedToRead(honours.of(other)));
    CHECK(failedToRead(honours.list()));
    CHECK(failedToRead(honours.count()));
    CHECK(failedToRead(honours.all()));
    CHECK(failedToRead(honours.get(1)));  // not "there is no honour number 1"
}

TEST_CASE("a check built on a read refuses when the read fails so that a duplicate honour is never let through")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    HonourService honours(*t.db);
    REQUIRE(honours.add(honour(lidang, 2019)).ok());
    CHECK(hasProblem(honours.validate(honour(lidang, 2019)), QStringLiteral("year")));  // the duplicate, found

    damage(*t.db, "honour");
    const Problems problems = honours.validate(honour(lidang, 2019));
    CHECK(hasErrors(problems));
    CHECK(readFailed(problems));
}

TEST_CASE("chamber registration Party mediation need member and division reads report a failed read")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    for (const char *table : {"registration_event", "party_organization", "party_instructor", "mediation_committee", "mediation_tally",
                              "mediation_case", "service_request", "member"})
        damage(*t.db, table);
    CHECK(failedToRead(RegistrationService(*t.db).history(lidang)));
    CHECK(failedToRead(RegistrationService(*t.db).allHistories()));
    PartyService party(*t.db);
    CHECK(failedToRead(party.organizationOf(lidang)));  // not "no Party organisation"
    CHECK(failedToRead(party.listOrganizations()));
    CHECK(failedToRead(party.countOrganizations()));
    CHECK(failedToRead(party.instructorsOf(lidang)));
    MediationService mediation(*t.db);
    CHECK(failedToRead(mediation.committeeOf(lidang)));
    CHECK(failedToRead(mediation.talliesOf(lidang)));
    CHECK(failedToRead(mediation.allTallies()));
    CHECK(failedToRead(MediationCaseService(*t.db).list()));
    CHECK(failedToRead(MediationCaseService(*t.db).count()));
    CHECK(failedToRead(ServiceRequestService(*t.db).list()));
    CHECK(failedToRead(ServiceRequestService(*t.db).all()));
    CHECK(failedToRead(MemberService(*t.db).of(lidang)));
    CHECK(failedToRead(MemberService(*t.db).count()));

    damage(*t.db, "division");
    DivisionService divisions(*t.db);
    CHECK(failedToRead(divisions.byCode(QStringLiteral("450126101"))));  // not "no such township"
    CHECK(failedToRead(divisions.townships()));
    CHECK(failedToRead(divisions.children(QStringLiteral("450126"))));

    damage(*t.db, "chamber");
    ChamberService chambers(*t.db);
    CHECK(failedToRead(chambers.list()));
    CHECK(failedToRead(chambers.count()));
    CHECK(failedToRead(chambers.all()));
    CHECK(failedToRead(chambers.get(lidang)));
}

TEST_CASE("points years rules entries vetoes and publications report a failed read")
{
    test::TempDatabase t(QStringLiteral("450126"));
    PointsService points(*t.db);
    REQUIRE(points.startYear(2025).ok());
    REQUIRE(points.years()->size() == 1);
    for (const char *table : {"points_rule", "points_entry", "points_veto", "points_publication", "points_category_cap"})
        damage(*t.db, table);
    CHECK(failedToRead(points.rules(2025)));
    CHECK(failedToRead(points.entryRows(PointsEntryQuery::ofYear(2025))));
    CHECK(failedToRead(points.entryCount(PointsEntryQuery::ofYear(2025))));
    CHECK(failedToRead(points.vetoes(2025)));
    CHECK(failedToRead(points.publications(2025)));
    CHECK(failedToRead(points.categoryCaps(2025)));
    CHECK(failedToRead(points.scorecards(2025)));
    damage(*t.db, "points_year");
    CHECK(failedToRead(points.years()));
    CHECK(failedToRead(points.year(2025)));  // not "the year has not been started"
}

TEST_CASE("whose received records a county holds is an error when it cannot be read, not this database's own")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    PointsService points(*t.db);
    REQUIRE(points.startYear(2025).ok());
    REQUIRE(ExchangeStore(*t.db).ownerOf(QStringLiteral("450126")).ok());
    CHECK(ExchangeStore(*t.db).ownerOf(QStringLiteral("450126"))->isEmpty());  // none received: its own
    REQUIRE(points.scorecardInput(2025, QStringLiteral("450126")).ok());

    damage(*t.db, "exchange_origin");
    CHECK(failedToRead(ExchangeStore(*t.db).ownerOf(QStringLiteral("450126"))));
    CHECK(failedToRead(ExchangeStore(*t.db).ownerOf(QStringLiteral("450126101"))));
    // Taken as "its own", the county would be scored by this database's rules: the read's error instead.
    CHECK(failedToRead(points.scorecardInput(2025, QStringLiteral("450126"))));
}

TEST_CASE("a closed connection is a read error and never an empty database")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    REQUIRE(ChamberService(*t.db).list()->size() == 1);
    t.db->sql().close();
    CHECK(failedToRead(ChamberService(*t.db).list()));
    CHECK(failedToRead(ChamberService(*t.db).count()));
    CHECK(failedToRead(HonourService(*t.db).of(lidang)));
    CHECK(failedToRead(DivisionService(*t.db).scope()));  // not "no scope yet; run init first"
}
