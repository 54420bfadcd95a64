// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberService.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace chamber;
using chamber::test::hasProblem;

namespace {
Chamber lidang()
{
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = QStringLiteral("宾阳县黎塘镇商会");
    c.founded = QDate(2011, 10, 10);
    c.individualMembers = 40;
    c.unitMembers = 11;
    return c;
}

RegistrationEvent change(qint64 chamber, RegistrationStatus status, QDate date, QString code = {})
{
    RegistrationEvent e;
    e.chamberId = chamber;
    e.status = status;
    e.date = date;
    e.creditCode = std::move(code);
    return e;
}
} // namespace

TEST_CASE("init loads the scope's divisions - another scope is refused")
{
    test::TempDatabase t(QStringLiteral("450126"));
    DivisionService divisions(*t.db);
    CHECK(divisions.scope().value()->name == QStringLiteral("宾阳县"));
    const auto townships = divisions.townships();
    REQUIRE(townships->size() == 17);
    int proper = 0;
    for (const auto &tw : *townships)
        proper += Divisions::isProperTownship(tw.kind) ? 1 : 0;
    CHECK(proper == 16);
    CHECK(divisions.byCode(QStringLiteral("45")).value()->name == QStringLiteral("广西壮族自治区"));
    CHECK(divisions.initialise(*DivisionCatalog::bundled().byCode(QStringLiteral("450126"))).ok());  // same scope: no change
    CHECK_FALSE(divisions.initialise(*DivisionCatalog::bundled().byCode(QStringLiteral("450125"))).ok());  // 上林县
    CHECK(divisions.findTownship(QStringLiteral("黎塘镇"))->code == QStringLiteral("450126101"));
    CHECK(divisions.findTownship(QStringLiteral("450126451"))->name == QStringLiteral("廖平农场"));
    CHECK_FALSE(divisions.findTownship(QStringLiteral("东华门街道")).ok());  // Beijing: not in scope
}

TEST_CASE("a township name found twice in a city scope is refused with candidates")
{
    // 南宁市 has 新圩镇 in both 宾阳县 (450126105) and 横州市 — and several others repeat.
    test::TempDatabase t(QStringLiteral("4501"));
    DivisionService divisions(*t.db);
    QSqlQuery q(t.db->sql());
    q.exec(QStringLiteral("SELECT name FROM division WHERE level = 4 GROUP BY name HAVING count(*) > 1 LIMIT 1"));
    REQUIRE(q.next());
    const QString repeated = q.value(0).toString();
    const auto found = divisions.findTownship(repeated);
    REQUIRE_FALSE(found.ok());
    CHECK(found.firstError().contains(QStringLiteral("4501")));
}

TEST_CASE("chambers are added, found, updated, listed and removed")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    auto added = chambers.add(lidang());
    REQUIRE(added.ok());
    const qint64 id = added.value();
    CHECK(chambers.get(id)->name == QStringLiteral("宾阳县黎塘镇商会"));
    CHECK(chambers.find(QStringLiteral("宾阳县黎塘镇商会"))->id == id);
    CHECK(chambers.find(QString::number(id))->id == id);

    // The same name in the same township is refused; in another township it is fine.
    CHECK(hasProblem(chambers.add(lidang()).problems(), QStringLiteral("name")));
    Chamber other = lidang();
    other.townshipCode = QStringLiteral("450126100");
    CHECK(chambers.add(other).ok());

    Chamber edited = chambers.get(id).value();
    edited.premises = QStringLiteral("黎塘镇商贸街8号");
    edited.activityFundsFen = 5000000;
    REQUIRE(chambers.update(edited).ok());
    CHECK(chambers.get(id)->premises == QStringLiteral("黎塘镇商贸街8号"));
    CHECK(chambers.get(id)->activityFundsFen == 5000000);

    CHECK(*chambers.count() == 2);
    ChamberQuery query;
    query.text = QStringLiteral("黎塘");
    CHECK(*chambers.count(query) == 2);  // both carry the name 宾阳县黎塘镇商会
    query.divisionPrefix = QStringLiteral("450126101");
    CHECK(*chambers.count(query) == 1);
    ChamberQuery paged;
    paged.limit = 1;
    paged.offset = 1;
    CHECK(chambers.list(paged)->size() == 1);
    // LIKE wildcards in the search text are literal.
    ChamberQuery wildcard;
    wildcard.text = QStringLiteral("%");
    CHECK(*chambers.count(wildcard) == 0);

    REQUIRE(chambers.remove(id).ok());
    CHECK_FALSE(chambers.get(id).ok());
    CHECK(*chambers.count() == 1);
}

TEST_CASE("invalid chambers are refused and nothing is written")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    Chamber c = lidang();
    c.individualMembers = -1;
    CHECK(hasProblem(chambers.add(c).problems(), QStringLiteral("individual_members")));
    c = lidang();
    c.townshipCode = QStringLiteral("110101001");  // not in scope
    CHECK(hasProblem(chambers.add(c).problems(), QStringLiteral("township")));
    c = lidang();
    c.creditCode = QStringLiteral("51450126MJ3016613Q");
    const auto refused = chambers.add(c);
    REQUIRE(hasProblem(refused.problems(), QStringLiteral("credit_code")));
    CHECK(refused.firstError().contains(QStringLiteral("expected P")));
    CHECK(*chambers.count() == 0);
}

TEST_CASE("registration history is kept with dates and sets the credit code")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    RegistrationService registrations(*t.db);
    const qint64 id = chambers.add(lidang()).value();

    REQUIRE(registrations.record(change(id, RegistrationStatus::Preparing, QDate(2015, 3, 1))).ok());
    // Before founding: refused.
    CHECK(hasProblem(registrations.record(change(id, RegistrationStatus::Applied, QDate(2010, 1, 1))).problems(), QStringLiteral("date")));
    // Wrong check character: refused, naming P.
    const auto wrong = registrations.record(change(id, RegistrationStatus::Registered, QDate(2016, 9, 1), QStringLiteral("51450126MJ3016613Q")));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.firstError().contains(QStringLiteral("expected P")));
    REQUIRE(registrations.history(id)->size() == 1);
    CHECK(chambers.get(id)->creditCode.isEmpty());

    REQUIRE(registrations.record(change(id, RegistrationStatus::Registered, QDate(2016, 9, 1), QStringLiteral("51450126MJ3016613P"))).ok());
    CHECK(chambers.get(id)->creditCode == QStringLiteral("51450126MJ3016613P"));
    const auto history = registrations.history(id);
    REQUIRE(history->size() == 2);
    CHECK((*history)[1].date == QDate(2016, 9, 1));
    CHECK(Registrations::currentStatus(*history) == RegistrationStatus::Registered);

    // The same code cannot register a second chamber.
    Chamber other = lidang();
    other.townshipCode = QStringLiteral("450126100");
    const qint64 second = chambers.add(other).value();
    CHECK(hasProblem(registrations.record(change(second, RegistrationStatus::Registered, QDate(2017, 1, 1),
                                                 QStringLiteral("51450126MJ3016613P"))).problems(),
                     QStringLiteral("credit_code")));

    ChamberQuery registeredOnly;
    registeredOnly.registration = RegistrationStatus::Registered;
    CHECK(*chambers.count(registeredOnly) == 1);
    CHECK(registrations.allHistories()->value(id).size() == 2);

    // Removing the chamber removes its history (foreign key cascade).
    REQUIRE(chambers.remove(id).ok());
    CHECK(registrations.history(id)->isEmpty());
}

TEST_CASE("coverage setting for development zones and farms")
{
    test::TempDatabase t(QStringLiteral("450126"));
    DivisionService divisions(*t.db);
    CHECK_FALSE(*divisions.includeOtherUnits());
    REQUIRE(divisions.setIncludeOtherUnits(true).ok());
    CHECK(*divisions.includeOtherUnits());
}
