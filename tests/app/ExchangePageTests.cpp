// SPDX-License-Identifier: GPL-3.0-or-later
// 报送情况 in the app: the hand-made 宾阳县 reports to a 南宁市 file; the page lists the city's
// twelve counties, the one reported with its package, the others 未报送 in red; its model passes
// QAbstractItemModelTester; the dashboard says how many counties the figures cover.
#include "AppFixture.h"
#include "ChamberService.h"
#include "DivisionCatalog.h"
#include "ExchangePage.h"
#include "ExchangeService.h"
#include "StatsReporting.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace chamber;

class ExchangePageTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void cityListsItsCountiesWithTheirPackages()
    {
        test::AppFixture county;
        auto package = ExchangeService(county.workspace.db()).exportPackage(QDate(2025, 12, 31), QStringLiteral("450126.zip"));
        QVERIFY(package.ok());

        Workspace city;
        QVERIFY(city.create(county.dir.filePath(QStringLiteral("nanning.sqlite")), *DivisionCatalog::bundled().byCode(QStringLiteral("4501"))).ok());
        ExchangeService above(city.db());
        const auto plan = above.plan({{QStringLiteral("450126.zip"), *package}});
        QVERIFY(plan.ok());
        QVERIFY(above.apply(*plan).ok());

        ExchangePage page(city);
        page.reload();
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 12);
        int reported = 0, missing = 0;
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const QString code = page.model()->index(row, 0).data().toString();
            const QString standing = page.model()->index(row, 2).data().toString();
            if (code == QStringLiteral("450126")) {
                ++reported;
                QCOMPARE(standing, QStringLiteral("#1"));
                QCOMPARE(page.model()->index(row, 4).data().toString(), QStringLiteral("2025-12-31"));
                QVERIFY(page.model()->index(row, 5).data().toString().startsWith(QStringLiteral("7 chambers")));
            } else {
                ++missing;
                QCOMPARE(standing, QStringLiteral("not reported"));
                QVERIFY(page.model()->index(row, 2).data(Qt::ForegroundRole).value<QBrush>().color().red() > 150);
            }
        }
        QCOMPARE(reported, 1);
        QCOMPARE(missing, 11);

        // The dashboard's note, and the services refusing a received chamber.
        const auto reporting = StatsReporting::load(city.db(), *DivisionCatalog::bundled().byCode(QStringLiteral("4501")));
        QVERIFY(reporting->has_value());
        QCOMPARE(reporting.value()->note(), QStringLiteral("reported: 1/12 counties"));
        ChamberService chambers(city.db());
        auto chamber = chambers.get(chambers.all()->first().id);
        QVERIFY(chamber.ok());
        chamber.value().president = QStringLiteral("张三");
        const auto saved = chambers.update(*chamber);
        QVERIFY(!saved.ok());
        QVERIFY(saved.firstError().contains(QStringLiteral("Reported by 宾阳县, data as of 2025-12-31")));
    }
};

QTEST_MAIN(ExchangePageTests)
#include "ExchangePageTests.moc"
