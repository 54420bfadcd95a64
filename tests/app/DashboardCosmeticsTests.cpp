// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard as a user meets it on the hand-made county of AppFixture.h (no mediation cases,
// no scoring year): charts with nothing to draw give way to a sentence saying why, a drill-down
// starts at the top of the page, and a change against a year earlier carries its base.
#include "AppFixture.h"
#include "DashboardPage.h"
#include "FigureTile.h"
#include "GradeChart.h"
#include "MediationChart.h"
#include "ScoreDistributionChart.h"
#include "TileGrid.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace chamber;

namespace {
QStringList visibleEmptyStates(DashboardPage &page)
{
    QStringList out;
    for (const QLabel *l : page.findChildren<QLabel *>(QStringLiteral("chartEmpty")))
        if (l->isVisible())
            out.append(l->text());
    return out;
}
} // namespace

class DashboardCosmeticsTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void chartsWithNothingToDrawSayWhy()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.reload();
        page.setAsOf(QDate(2025, 12, 31));
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.current());
        // No case in the list: no empty monthly chart; no scorecard: no "0 chambers" charts.
        QVERIFY(page.mediationChart()->isHidden());
        QVERIFY(page.scoreChart()->isHidden());
        QVERIFY(page.gradeChart()->isHidden());
        const QString shown = visibleEmptyStates(page).join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QStringLiteral("no chamber of 宾阳县 has a scorecard")), qPrintable(shown));
        if (page.current()->stats.total.counts.contains(QStringLiteral("mediation.cases")))
            QVERIFY2(shown.contains(QStringLiteral("no case in the case list")), qPrintable(shown));
        // The average has nothing to average: it says so beside its dash.
        FigureTile *average = page.tiles()->tile(QStringLiteral("points.average"));
        if (average && average->valueText() == QStringLiteral("—"))
            QVERIFY2(average->baseText().contains(QStringLiteral("none scored in 2025")), qPrintable(average->baseText()));
    }

    void aChangeCarriesItsBase()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.reload();
        page.setAsOf(QDate(2025, 12, 31));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        FigureTile *chambers = page.tiles()->tile(QStringLiteral("chambers"));
        QVERIFY(chambers);
        const QLabel *since = chambers->findChild<QLabel *>(QStringLiteral("tileSince"));
        QVERIFY(since);
        static const QRegularExpression withBase(QStringLiteral("^vs\\. \\d+ a year earlier$"));
        QVERIFY2(withBase.match(since->text()).hasMatch(), qPrintable(since->text()));
    }

    void aCountOfTodaysFileIsNotComparedWithAYearEarlier()
    {
        // 待核实 counts the items open now, whatever the date: "±0 vs. 0 a year earlier" said nothing.
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.reload();
        page.setAsOf(QDate(2025, 12, 31));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        FigureTile *open = page.tiles()->tile(QStringLiteral("verification.open"));
        QVERIFY(open);
        const QLabel *change = open->findChild<QLabel *>(QStringLiteral("tileChange"));
        const QLabel *since = open->findChild<QLabel *>(QStringLiteral("tileSince"));
        QVERIFY(change && since);
        QVERIFY(change->isHidden());
        QCOMPARE(since->text(), QStringLiteral("as it stands now"));
        QVERIFY(!open->toolTip().contains(QStringLiteral("2024-12-31")));
        // A dated figure beside it keeps its comparison.
        QVERIFY(!page.tiles()->tile(QStringLiteral("chambers"))->findChild<QLabel *>(QStringLiteral("tileChange"))->isHidden());
    }

    void aDrillDownStartsAtTheTopOfThePage()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.reload();
        page.resize(1000, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QScrollBar *bar = page.findChild<QScrollArea *>()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        page.drillTo(QStringLiteral("450126100"));
        QCOMPARE(bar->value(), 0);
    }
};

QTEST_MAIN(DashboardCosmeticsTests)
#include "DashboardCosmeticsTests.moc"
