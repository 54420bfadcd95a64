// SPDX-License-Identifier: GPL-3.0-or-later
// The chamber list: the paged model (through QAbstractItemModelTester), the filters against the
// fixture's hand counts, sorting, and the list as exported.
#include "AppFixture.h"
#include "ChamberFilterBar.h"
#include "ChamberTableModel.h"
#include "ChambersPage.h"
#include "ListExport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace chamber;

class ChamberListTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void modelPagesThroughTheList()
    {
        test::AppFixture f;
        ChamberTableModel model;
        model.setPageSize(3);
        model.setDatabase(&f.workspace.db(), false);
        model.setQuery({});
        QCOMPARE(model.totalCount(), 7);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(!model.canFetchMore({}));
        // Township order: 宾州镇 (two), 黎塘镇, 甘棠镇, 新圩镇, 邹圩镇, 廖平农场.
        QCOMPARE(model.index(2, ChamberTableModel::NameColumn).data().toString(), QStringLiteral("宾阳县黎塘镇商会"));
        QCOMPARE(model.index(6, ChamberTableModel::TownshipColumn).data().toString(), QStringLiteral("廖平农场"));
        QCOMPARE(model.index(2, ChamberTableModel::RegistrationColumn).data(ChamberTableModel::RegistrationRole).toInt(),
                 int(RegistrationStatus::Applied));
        QCOMPARE(model.index(2, ChamberTableModel::MembersColumn).data().toString(), QStringLiteral("71"));
        QCOMPARE(model.index(2, ChamberTableModel::PhoneColumn).data().toString(), QStringLiteral("0771-8221234"));

        model.sort(ChamberTableModel::MembersColumn, Qt::DescendingOrder);
        model.fetchMore({});
        QCOMPARE(model.index(0, ChamberTableModel::NameColumn).data().toString(), QStringLiteral("宾阳县黎塘镇商会"));
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
    }

    void modelPassesTheModelTester()
    {
        test::AppFixture f;
        ChamberTableModel model;
        model.setPageSize(2);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&f.workspace.db(), true);
        model.setQuery({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 7);
        // Region-scale lists name each township with its county.
        QCOMPARE(model.index(0, ChamberTableModel::TownshipColumn).data().toString(), QStringLiteral("宾阳县 宾州镇"));
        for (int column = 0; column < ChamberTableModel::ColumnCount; ++column) {
            model.sort(column, Qt::DescendingOrder);
            model.fetchMore({});
            model.sort(column, Qt::AscendingOrder);
        }
        ChamberQuery q;
        q.status = ChamberStatus::Dormant;
        model.setQuery(q);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        model.setDatabase(nullptr, false);
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersNarrowToTheHandCountedRows()
    {
        test::AppFixture f;
        ChambersPage page(f.workspace);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        ChamberFilterBar *filters = page.filterBar();
        QCOMPARE(page.model()->totalCount(), 7);

        filters->setStatus(ChamberStatus::Active);
        QCOMPARE(page.model()->totalCount(), 5);
        filters->setStatus(ChamberStatus::Dormant);
        QCOMPARE(page.model()->totalCount(), 1);
        filters->setStatus(ChamberStatus::Dissolved);
        QCOMPARE(page.model()->totalCount(), 1);
        filters->setStatus(std::nullopt);

        filters->setRegistration(RegistrationStatus::Registered);
        QCOMPARE(page.model()->totalCount(), 2);
        filters->setRegistration(RegistrationStatus::NotRegistered);
        QCOMPARE(page.model()->totalCount(), 3);
        filters->setRegistration(RegistrationStatus::Deregistered);
        QCOMPARE(page.model()->totalCount(), 1);
        filters->setRegistration(std::nullopt);

        filters->setDivision(QStringLiteral("450126100"));
        QCOMPARE(page.model()->totalCount(), 2);
        filters->setRegistration(RegistrationStatus::Registered);
        QCOMPARE(page.model()->totalCount(), 1);
        filters->setRegistration(std::nullopt);
        filters->setDivision(QString());

        filters->setReadyOnly(true);
        QCOMPARE(page.model()->totalCount(), 1);
        page.model()->fetchMore({});
        QCOMPARE(page.model()->rowAt(0).chamber.id, f.lidang);
        filters->setReadyOnly(false);

        // Search as you type: the query runs once typing pauses.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("chamberSearch"));
        QVERIFY(search);
        test::type(search, QStringLiteral("宾州"));
        QTRY_COMPARE(page.model()->totalCount(), 2);
        filters->setSearchText(QStringLiteral("廖平"));
        QCOMPARE(page.model()->totalCount(), 1);
        filters->setSearchText(QStringLiteral("no such chamber"));
        QCOMPARE(page.model()->totalCount(), 0);
    }

    void theFilteredListIsWhatIsExported()
    {
        test::AppFixture f;
        ChambersPage page(f.workspace);
        page.reload();
        page.filterBar()->setDivision(QStringLiteral("450126100"));
        const ListTable table = page.exportTable();
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.headers.size(), ChamberTableModel::ColumnCount + 1);
        QCOMPARE(table.rows.at(0).at(ChamberTableModel::NameColumn), QStringLiteral("宾阳县宾州镇个体私营企业商会"));
        QCOMPARE(table.rows.at(1).last(), QStringLiteral("51450126MJ3016613P"));

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(ListExport::writeCsv(table, csv).ok());
        const QByteArray bytes = csv.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 3);
        QVERIFY(bytes.contains(QStringLiteral("宾阳县宾州镇商会").toUtf8()));

        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("list.xlsx"));
        QVERIFY(ListExport::writeXlsx(table, xlsx).ok());
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(2) == "PK");  // a zip container, as every XLSX is
        QVERIFY(!QFile::exists(xlsx + QStringLiteral(".part")));

        const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
        QVERIFY(ListExport::writePdf(table, pdf).ok());
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");  // its text layer is checked in tests/reports (TablePrint)
    }

    void viewFetchesAsItScrolls()
    {
        test::AppFixture f;
        ChambersPage page(f.workspace);
        page.model()->setPageSize(2);
        page.reload();
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The view asks for more until its viewport is full or the list is exhausted.
        QTRY_COMPARE(page.model()->rowCount(), 7);
    }
};

QTEST_MAIN(ChamberListTests)
#include "ChamberListTests.moc"
