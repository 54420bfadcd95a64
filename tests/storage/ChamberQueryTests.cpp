// SPDX-License-Identifier: GPL-3.0-or-later
// The list queries the desktop app pages through: the SQL "ready to register" filter must agree
// with Readiness::ready, and every sort must give pages that neither overlap nor skip.
#include "ChamberService.h"
#include "Readiness.h"
#include "TestSupport.h"

#include <QSet>

using namespace chamber;

namespace {
// One condition short at a time, so that each clause of the SQL filter is exercised.
QList<Chamber> candidates()
{
    Chamber ready;
    ready.townshipCode = QStringLiteral("450126100");
    ready.name = QStringLiteral("齐备商会");
    ready.founded = QDate(2015, 1, 1);
    ready.president = QStringLiteral("黄志强");
    ready.secretaryGeneral = QStringLiteral("韦丽");
    ready.premises = QStringLiteral("宾州镇新华路1号");
    ready.fullTimeStaff = 2;
    ready.activityFundsFen = 3000000;
    ready.individualMembers = 20;
    ready.unitMembers = 30;
    ready.independentLiability = true;

    QList<Chamber> out{ready};
    auto variant = [&](const char *name, auto change) {
        Chamber c = ready;
        c.name = QString::fromUtf8(name);
        change(c);
        out.append(c);
    };
    variant("会员不足商会", [](Chamber &c) { c.unitMembers = 29; c.individualMembers = 20; });
    variant("个人会员齐备商会", [](Chamber &c) { c.unitMembers = 0; c.individualMembers = 50; });
    variant("无秘书长商会", [](Chamber &c) { c.secretaryGeneral.clear(); });
    variant("无会长商会", [](Chamber &c) { c.president = QStringLiteral("  "); });
    variant("无场所商会", [](Chamber &c) { c.premises.clear(); });
    variant("专职人员未填商会", [](Chamber &c) { c.fullTimeStaff.reset(); });
    variant("无专职人员商会", [](Chamber &c) { c.fullTimeStaff = 0; });
    variant("资金不足商会", [](Chamber &c) { c.activityFundsFen = 2999999; });
    variant("资金未填商会", [](Chamber &c) { c.activityFundsFen.reset(); });
    variant("责任未评估商会", [](Chamber &c) { c.independentLiability.reset(); });
    variant("不能独立承担责任商会", [](Chamber &c) { c.independentLiability = false; });
    variant("休眠齐备商会", [](Chamber &c) { c.status = ChamberStatus::Dormant; });
    variant("已注销齐备商会", [](Chamber &c) {
        c.status = ChamberStatus::Dissolved;
        c.dissolved = QDate(2024, 1, 1);
    });
    return out;
}
} // namespace

TEST_CASE("the ready-to-register filter agrees with Readiness::ready")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    QSet<QString> expected;
    for (const auto &c : candidates()) {
        auto added = chambers.add(c);
        INFO(test::describe(added.problems()));
        REQUIRE(added.ok());
        if (c.status != ChamberStatus::Dissolved && Readiness::ready(c))
            expected.insert(c.name);
    }
    // A registered chamber that meets every condition is not "ready": it is done.
    const qint64 registered = chambers.find(QStringLiteral("个人会员齐备商会"))->id;
    RegistrationEvent e;
    e.chamberId = registered;
    e.status = RegistrationStatus::Registered;
    e.date = QDate(2020, 1, 1);
    e.creditCode = QStringLiteral("51450126MJ3016613P");
    REQUIRE(RegistrationService(*t.db).record(e).ok());
    expected.remove(QStringLiteral("个人会员齐备商会"));

    // Hand count: the complete one and the dormant one (dormant chambers may still register).
    CHECK(expected == QSet<QString>{QStringLiteral("齐备商会"), QStringLiteral("休眠齐备商会")});
    ChamberQuery query;
    query.readyOnly = true;
    QSet<QString> found;
    for (const auto &row : test::valueOf(chambers.list(query)))
        found.insert(row.chamber.name);
    CHECK(found == expected);
    CHECK(*chambers.count(query) == 2);
}

TEST_CASE("every sort pages through all chambers exactly once, both ways")
{
    test::TempDatabase t(QStringLiteral("450126"));
    ChamberService chambers(*t.db);
    for (const auto &c : candidates())
        REQUIRE(chambers.add(c).ok());
    const int total = *chambers.count();
    REQUIRE(total == 14);
    const QList<ChamberSort> sorts{ChamberSort::ByTownship, ChamberSort::ByName,         ChamberSort::ByFounded,
                                   ChamberSort::ByStatus,   ChamberSort::ByMembers,      ChamberSort::ByRegistration,
                                   ChamberSort::ByPresident, ChamberSort::ByPhone};
    for (ChamberSort sort : sorts) {
        for (bool descending : {false, true}) {
            ChamberQuery query;
            query.sort = sort;
            query.descending = descending;
            query.limit = 4;
            QList<qint64> seen;
            for (query.offset = 0; query.offset < total; query.offset += query.limit)
                for (const auto &row : test::valueOf(chambers.list(query)))
                    seen.append(row.chamber.id);
            INFO("sort " << int(sort) << (descending ? " descending" : " ascending"));
            CHECK(seen.size() == total);
            CHECK(QSet<qint64>(seen.cbegin(), seen.cend()).size() == total);
        }
    }
    ChamberQuery byMembers;
    byMembers.sort = ChamberSort::ByMembers;
    byMembers.descending = true;
    const auto rows = chambers.list(byMembers);
    CHECK(rows->first().chamber.totalMembers() == 50);
    CHECK(rows->last().chamber.totalMembers() == 49);
}
