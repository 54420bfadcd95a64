// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberService.h"
#include "DisclosureService.h"
#include "HonourService.h"
#include "PartyService.h"
#include "RecordsSupport.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace chamber;
using chamber::test::hasProblem;

namespace {
int changeLogRows(Database &db, const QString &entity)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = ?"));
    q.addBindValue(entity);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

TEST_CASE("a chamber has at most one Party organisation - set adds or replaces it")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 lidang = test::addChamber(*t.db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    PartyService party(*t.db);
    PartyOrganization o;
    o.chamberId = lidang;
    o.form = PartyForm::Standalone;
    o.members = 11;
    o.founded = QDate(2017, 6, 1);
    auto added = party.addOrganization(o);
    REQUIRE(added.ok());
    CHECK(party.organizationOf(lidang).value()->members == 11);
    CHECK(hasProblem(party.addOrganization(o).problems(), QStringLiteral("chamber")));  // a second one

    o.form = PartyForm::Joint;
    o.members = 4;
    o.starRating = 3;
    o.starRatedOn = QDate(2023, 7, 1);
    const auto set = party.setOrganization(o);  // the ledger says 联合组建, 4 members
    REQUIRE(set.ok());
    CHECK(set.value() == added.value());
    CHECK(party.organizationOf(lidang).value()->form == PartyForm::Joint);
    CHECK(party.organizationOf(lidang).value()->starRating == 3);
    CHECK(*party.countOrganizations() == 1);
    CHECK(changeLogRows(*t.db, QStringLiteral("party_organization")) == 2);

    o.starRating = 6;
    CHECK(hasProblem(party.setOrganization(o).problems(), QStringLiteral("star_rating")));
    CHECK(party.organizationOf(lidang).value()->starRating == 3);  // unchanged
    o.chamberId = 999;
    CHECK(hasProblem(party.addOrganization(o).problems(), QStringLiteral("chamber")));

    // Founded before the chamber: recorded, with a warning.
    o = **party.organizationOf(lidang);
    o.founded = QDate(2010, 1, 1);
    const auto early = party.updateOrganization(o);
    REQUIRE(early.ok());
    CHECK(hasProblem(early.problems(), QStringLiteral("founded"), Problem::Severity::Warning));

    REQUIRE(party.removeOrganization(added.value()).ok());
    CHECK_FALSE(party.organizationOf(lidang)->has_value());
}

TEST_CASE("instructors are kept with dates - a second one in post is a warning")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 binzhou = test::addChamber(*t.db, "450126100", "宾阳县宾州镇商会", QDate(2012, 7, 1));
    PartyService party(*t.db);
    PartyInstructor first;
    first.chamberId = binzhou;
    first.name = QStringLiteral("莫建华");
    first.unit = QStringLiteral("宾州镇党委组织办");
    first.from = QDate(2019, 3, 1);
    auto a = party.addInstructor(first);
    REQUIRE(a.ok());
    CHECK(a.problems().isEmpty());
    PartyInstructor second = first;
    second.name = QStringLiteral("黄立新");
    second.from = QDate(2024, 1, 1);
    auto b = party.addInstructor(second);
    REQUIRE(b.ok());
    CHECK(hasProblem(b.problems(), QStringLiteral("until"), Problem::Severity::Warning));
    first = party.getInstructor(a.value()).value();
    first.until = QDate(2024, 1, 1);
    REQUIRE(party.updateInstructor(first).ok());
    CHECK(party.instructorsOf(binzhou)->size() == 2);
    CHECK(party.instructorsOf(binzhou)->first().name == QStringLiteral("莫建华"));
    RecordQuery search;
    search.text = QStringLiteral("黄立");
    CHECK(party.listInstructors(search)->size() == 1);
    CHECK(party.listInstructors(search)->first().chamberName == QStringLiteral("宾阳县宾州镇商会"));
    first.until = QDate(2018, 1, 1);  // before from
    CHECK(hasProblem(party.updateInstructor(first).problems(), QStringLiteral("until")));
}

TEST_CASE("disclosures: one per chamber and period")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 binzhou = test::addChamber(*t.db, "450126100", "宾阳县宾州镇商会", QDate(2012, 7, 1));
    DisclosureService disclosures(*t.db);
    Disclosure d;
    d.chamberId = binzhou;
    d.period = QStringLiteral("2024-h2");
    d.partyAffairs = d.finances = true;
    d.disclosedOn = QDate(2025, 1, 8);
    REQUIRE(disclosures.add(d).ok());
    CHECK(disclosures.of(binzhou)->first().period == QStringLiteral("2024-H2"));
    CHECK(hasProblem(disclosures.add(d).problems(), QStringLiteral("period")));
    d.period = QStringLiteral("2024-H1");
    d.disclosedOn = QDate(2024, 7, 5);
    REQUIRE(disclosures.add(d).ok());
    CHECK(disclosures.of(binzhou)->size() == 2);
    CHECK(disclosures.list()->size() == 2);
}

TEST_CASE("honours: several per chamber, one per kind and year, not after this year, before founding only warned")
{
    test::TempDatabase t(QStringLiteral("450126"));
    const qint64 wangling = test::addChamber(*t.db, "450126112", "宾阳县王灵镇商会", QDate(2018, 4, 1));
    HonourService honours(*t.db);
    Honour h;
    h.chamberId = wangling;
    h.kind = HonourKind::NationalFourGood;
    h.year = 2022;
    h.issuingBody = Honours::usualIssuingBody(h.kind);
    REQUIRE(honours.add(h).ok());
    h.kind = HonourKind::RegionalFourGood;
    h.year = 2021;
    REQUIRE(honours.add(h).ok());
    CHECK(hasProblem(honours.add(h).problems(), QStringLiteral("year")));  // the same again
    h.year = 2017;  // before the chamber was founded: kept, with a warning (one of the dates is wrong)
    const auto early = honours.add(h);
    REQUIRE(early.ok());
    CHECK(test::hasProblem(early.problems(), QStringLiteral("year"), Problem::Severity::Warning));
    REQUIRE(honours.remove(early.value()).ok());
    h.year = QDate::currentDate().year() + 1;
    CHECK(hasProblem(honours.add(h).problems(), QStringLiteral("year")));
    CHECK(honours.of(wangling)->size() == 2);
    HonourQuery national;
    national.kind = HonourKind::NationalFourGood;
    CHECK(*honours.count(national) == 1);
    HonourQuery in2021;
    in2021.year = 2021;
    CHECK(honours.list(in2021)->first().record.kind == HonourKind::RegionalFourGood);

    // Removing the chamber removes its records.
    REQUIRE(ChamberService(*t.db).remove(wangling).ok());
    CHECK(honours.all()->isEmpty());
}
