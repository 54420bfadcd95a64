// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountyFixture.h"

#include "ChamberService.h"
#include "TestSupport.h"

namespace chamber::test {

namespace {
qint64 addChamber(Database &db, const char *township, const char *name, QDate founded,
                  ChamberStatus status = ChamberStatus::Active, std::optional<QDate> dissolved = std::nullopt)
{
    Chamber c;
    c.townshipCode = QString::fromLatin1(township);
    c.name = QString::fromUtf8(name);
    c.founded = founded;
    c.status = status;
    c.dissolved = dissolved;
    auto r = ChamberService(db).add(c);
    INFO(describe(r.problems()));
    REQUIRE(r.ok());
    return r.value();
}

void change(Database &db, qint64 id, RegistrationStatus status, QDate date, const char *code = "")
{
    RegistrationEvent e;
    e.chamberId = id;
    e.status = status;
    e.date = date;
    e.creditCode = QString::fromLatin1(code);
    auto r = RegistrationService(db).record(e);
    INFO(describe(r.problems()));
    REQUIRE(r.ok());
}
} // namespace

void fillCountyFixture(Database &db)
{
    const qint64 a = addChamber(db, "450126100", "宾阳县宾州镇商会", QDate(2012, 7, 1));
    change(db, a, RegistrationStatus::Registered, QDate(2016, 9, 1), "51450126MJ3016613P");
    const qint64 b = addChamber(db, "450126101", "宾阳县黎塘镇商会", QDate(2011, 10, 10));
    change(db, b, RegistrationStatus::Preparing, QDate(2015, 3, 1));
    change(db, b, RegistrationStatus::Applied, QDate(2024, 5, 1));
    const qint64 c = addChamber(db, "450126102", "宾阳县甘棠镇商会", QDate(2013, 12, 25));
    change(db, c, RegistrationStatus::Registered, QDate(2021, 12, 1), "51450126MJ749118X0");
    addChamber(db, "450126105", "宾阳县新圩镇商会", QDate(2010, 1, 24), ChamberStatus::Dissolved, QDate(2022, 6, 30));
    addChamber(db, "450126106", "宾阳县邹圩镇商会", QDate(2023, 2, 6), ChamberStatus::Dormant);
    addChamber(db, "450126451", "廖平农场商会", QDate(2015, 5, 5));
    const qint64 g = addChamber(db, "450126100", "宾阳县宾州镇个体私营企业商会", QDate(2019, 1, 1));
    change(db, g, RegistrationStatus::Registered, QDate(2020, 1, 15), "51450126MJ000000XF");
    change(db, g, RegistrationStatus::Deregistered, QDate(2023, 3, 1));
}

} // namespace chamber::test
