// SPDX-License-Identifier: GPL-3.0-or-later
// The micro-points workflow in the GUI: an entry counts in the scorecard once it is approved
// (and stops counting when sent back); the scorecard model passes the model tester.
#include "AppFixture.h"
#include "PointsEntriesPanel.h"
#include "PointsPage.h"
#include "PointsService.h"
#include "RecordListPanel.h"
#include "ScorecardModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace chamber;

class PointsTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void approvingAnEntryChangesTheScorecardTotal()
    {
        test::AppFixture f;
        PointsService points(f.workspace.db());
        const int year = QDate::currentDate().year() - 1;
        QVERIFY(points.startYear(year).ok());
        PointsRule rule;
        rule.year = year;
        rule.categoryId = points.categories().first().id;
        rule.description = QStringLiteral("为会员解决融资难题，每件");
        rule.pointsTenths = 50;
        const auto ruleId = points.addRule(rule);
        QVERIFY2(ruleId.ok(), qPrintable(ruleId.firstError()));
        PointsEntry entry;
        entry.chamberId = f.binzhou;
        entry.ruleId = ruleId.value();
        entry.date = QDate(year, 6, 1);
        entry.quantity = 3;
        const auto entryId = points.addEntry(entry);
        QVERIFY2(entryId.ok(), qPrintable(entryId.firstError()));

        PointsPage page(f.workspace);
        QAbstractItemModelTester cards(page.scorecards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester entries(page.entries()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rules(page.rules(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QVERIFY(page.selectYear(year));
        QCOMPARE(page.rules()->totalCount(), 1);
        QVERIFY(page.scorecards()->cardOf(f.binzhou));
        QCOMPARE(page.scorecards()->cardOf(f.binzhou)->totalTenths, 0);  // a draft counts for nothing

        page.entries()->model()->fetchMore({});
        page.entries()->panel()->selectId(entryId.value());
        QCOMPARE(page.entries()->selectedId(), entryId.value());
        page.entries()->submitSelected();
        QCOMPARE(page.scorecards()->cardOf(f.binzhou)->totalTenths, 0);  // submitted: not yet
        page.entries()->approveSelected();
        QCOMPARE(points.entry(entryId.value())->status, EntryStatus::Approved);
        // 3 × 5 points, approved: the total is 15.0, shown as such in the table.
        QCOMPARE(page.scorecards()->cardOf(f.binzhou)->totalTenths, 150);
        const int row = [&] {
            for (int r = 0; r < page.scorecards()->rowCount(); ++r)
                if (page.scorecards()->index(r, 0).data(ScorecardModel::ChamberIdRole).toLongLong() == f.binzhou)
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(page.scorecards()->index(row, page.scorecards()->totalColumn()).data().toString(), QStringLiteral("15.0"));

        page.entries()->rejectSelected(QStringLiteral("佐证材料不全"));
        QCOMPARE(points.entry(entryId.value())->status, EntryStatus::Rejected);
        QCOMPARE(page.scorecards()->cardOf(f.binzhou)->totalTenths, 0);
    }
};

QTEST_MAIN(PointsTests)
#include "PointsTests.moc"
