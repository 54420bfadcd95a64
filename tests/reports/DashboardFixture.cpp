// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardFixture.h"

#include "ChamberService.h"
#include "CountyFixture.h"
#include "TestSupport.h"

namespace chamber::test {

namespace {
void meetAllConditions(Database &db, const char *name)
{
    ChamberService service(db);
    auto found = service.find(QString::fromUtf8(name));
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
} // namespace

void fillDashboardFixture(Database &db)
{
    fillCountyFixture(db);
    meetAllConditions(db, "宾阳县宾州镇商会");
    meetAllConditions(db, "宾阳县黎塘镇商会");
    meetAllConditions(db, "宾阳县新圩镇商会");
}

} // namespace chamber::test
