// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard page on the hand-made county of AppFixture.h (7 chambers; on 2025-12-31 and
// today: 16 townships counted, 3 covered — 宾州, 黎塘, 甘棠; 6 chambers exist, 2 registered;
// 黎塘 ready to register). Expected values are counted from the fixture, not from a run.
#include "AppFixture.h"
#include "AsOfPicker.h"
#include "Breadcrumb.h"
#include "ChamberService.h"
#include "DashboardExport.h"
#include "DashboardPage.h"
#include "FigureTile.h"
#include "GapTabs.h"
#include "MainWindow.h"
#include "StatusDonutChart.h"
#include "TileGrid.h"
#include "UnitBarChart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace chamber;

namespace {
FigureTile *tile(DashboardPage &page, const char *key)
{
    return page.tiles()->tile(QString::fromLatin1(key));
}

// The texts a chart view draws (title, legend, axis labels), as laid out now.
QStringList drawnTexts(QGraphicsView *view)
{
    QStringList out;
    for (QGraphicsItem *item : view->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            out.append(text->toPlainText());
    return out;
}
} // namespace

class DashboardPageTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void loadsOnlyWhenShownAndShowsFiguresWithTheirBases()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.reload();
        QVERIFY(!page.current());  // hidden: nothing computed yet
        page.setAsOf(QDate(2025, 12, 31));
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.current());
        QVERIFY(tile(page, "coverage"));
        QCOMPARE(tile(page, "coverage")->valueText(), QStringLiteral("18.75%"));
        QCOMPARE(tile(page, "coverage")->baseText(), QStringLiteral("3/16"));
        QCOMPARE(tile(page, "registration")->baseText(), QStringLiteral("2/6"));
        QCOMPARE(tile(page, "chambers")->valueText(), QStringLiteral("6"));
        QVERIFY(tile(page, "coverage")->toolTip().contains(QStringLiteral("active chamber")));
        QVERIFY(tile(page, "coverage")->toolTip().contains(QStringLiteral("3/16 = 18.75%")));
        // A year earlier (2024-12-31) nothing differed: 黎塘 applied in May, 邹圩 dormant already.
        QCOMPARE(tile(page, "registration")->changeText(), QStringLiteral("±0.00 pp"));

        QTableView *units = page.gapTabs()->unitsView();
        QAbstractItemModelTester tester(units->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(units->model()->rowCount(), 17);
        for (auto kind : {GapListModel::Kind::Townships, GapListModel::Kind::ReadyToRegister, GapListModel::Kind::WithoutParty,
                          GapListModel::Kind::OverdueCases})
            QAbstractItemModelTester(page.gapTabs()->list(kind), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.gapTabs()->list(GapListModel::Kind::Townships)->rowCount(), 13);
        const auto *ready = page.gapTabs()->list(GapListModel::Kind::ReadyToRegister);
        QCOMPARE(ready->rowCount(), 1);
        QCOMPARE(ready->index(0, 2).data().toString(), QStringLiteral("宾阳县黎塘镇商会"));
        QCOMPARE(ready->index(0, 3).data().toString(), Registrations::statusName(RegistrationStatus::Applied));
        // No Party records in this fixture: all six chambers lack one.
        QCOMPARE(page.gapTabs()->list(GapListModel::Kind::WithoutParty)->rowCount(), 6);
        QCOMPARE(page.statusChart()->legendTexts().size(), 5);
        QVERIFY(page.statusChart()->legendTexts().contains(
            QStringLiteral("%1 2 (33.33%)").arg(Registrations::statusName(RegistrationStatus::Registered))));
    }

    void anotherDateComparesWithTheYearBefore()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setAsOf(QDate(2021, 12, 31));
        // 甘棠 registered on 2021-12-01: A, C, G of A B C D F G; a year earlier A and G.
        QCOMPARE(tile(page, "registration")->baseText(), QStringLiteral("3/6"));
        QCOMPARE(tile(page, "registration")->changeText(), QStringLiteral("+16.67 pp"));
        QCOMPARE(tile(page, "coverage")->baseText(), QStringLiteral("4/16"));  // 新圩 not yet dissolved
        QCOMPARE(page.gapTabs()->list(GapListModel::Kind::Townships)->rowCount(), 12);
        QVERIFY(page.findChild<AsOfPicker *>()->date() == QDate(2021, 12, 31));
    }

    void barsAreSortedAndDrillDownGoesThereAndBack()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.setAsOf(QDate(2025, 12, 31));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Coverage 100% for 甘棠, 宾州, 黎塘; then registration 1/1, 1/2, 0/1 breaks the tie.
        const QStringList top = page.unitChart()->unitNamesTopDown().mid(0, 3);
        QCOMPARE(top, (QStringList{QStringLiteral("甘棠镇"), QStringLiteral("宾州镇"), QStringLiteral("黎塘镇")}));

        QSignalSpy loaded(&page, &DashboardPage::loaded);
        // A bar: the series index counts from the bottom, so the top bar is the last one.
        const int topBar = int(page.unitChart()->unitNamesTopDown().size()) - 1;
        emit page.unitChart()->unitClicked(page.unitChart()->codeAt(topBar));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(page.scopeCode(), QStringLiteral("450126102"));
        QCOMPARE(page.breadcrumb()->text(), QStringLiteral("宾阳县 › 甘棠镇"));
        QVERIFY(!page.unitChart()->isVisible());  // a township has no units below it
        QCOMPARE(tile(page, "registration")->baseText(), QStringLiteral("1/1"));

        // Back up through the breadcrumb's link to the county.
        auto *up = page.breadcrumb()->findChild<QToolButton *>();
        QVERIFY(up);
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(page.scopeCode(), QStringLiteral("450126"));
        QCOMPARE(page.breadcrumb()->text(), QStringLiteral("宾阳县"));

        // A row of the units table drills down too.
        QTableView *units = page.gapTabs()->unitsView();
        page.gapTabs()->setCurrentIndex(0);
        QApplication::processEvents();
        const QModelIndex first = units->model()->index(0, 0);  // 宾州镇, in code order
        QTest::mouseClick(units->viewport(), Qt::LeftButton, {}, units->visualRect(first).center());
        QCOMPARE(page.scopeCode(), QStringLiteral("450126100"));
        QCOMPARE(tile(page, "chambers")->valueText(), QStringLiteral("2"));
    }

    // Figures seen before come back from the page's cache; a change to the data drops it, so the
    // county's chamber count follows a chamber added after the first look.
    void figuresSeenBeforeAreKeptUntilTheDataChange()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.setAsOf(QDate(2025, 12, 31));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString before = tile(page, "chambers")->valueText();
        page.drillTo(QStringLiteral("450126100"));
        QCOMPARE(tile(page, "chambers")->valueText(), QStringLiteral("2"));

        Chamber added;
        added.townshipCode = QStringLiteral("450126103");
        added.name = QStringLiteral("宾阳县思陇镇商会");
        added.founded = QDate(2020, 5, 1);
        QVERIFY(ChamberService(f.workspace.db()).add(added).ok());
        page.drillTo(QStringLiteral("450126"));
        QCOMPARE(tile(page, "chambers")->valueText(), before);  // as first computed: the page was not told
        page.reload();
        QCOMPARE(tile(page, "chambers")->valueText(), QString::number(before.toInt() + 1));
    }

    // In the app the figures are computed in a worker thread: the page says so and stays usable,
    // the figures arrive with loaded(), equal to those computed in the window's thread; a unit
    // seen before comes back from the cache at once.
    void backgroundLoadingShowsTheSameFigures()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.setBackgroundLoading(true);
        QSignalSpy loaded(&page, &DashboardPage::loaded);
        page.setAsOf(QDate(2025, 12, 31));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.isLoading());
        QVERIFY(loaded.size() >= 1);
        QCOMPARE(page.scopeCode(), QStringLiteral("450126"));

        page.drillTo(QStringLiteral("450126102"));
        QVERIFY(page.isLoading());  // not computed in the window's thread
        QTRY_VERIFY(!page.isLoading());
        QCOMPARE(page.scopeCode(), QStringLiteral("450126102"));
        QCOMPARE(tile(page, "registration")->baseText(), QStringLiteral("1/1"));  // 甘棠, as drawn synchronously above
        {
            // The worker's figures are the window thread's, to the byte.
            DashboardPage synchronous(f.workspace);
            synchronous.setAsOf(QDate(2025, 12, 31));
            synchronous.drillTo(QStringLiteral("450126102"));
            QVERIFY(synchronous.current());
            QByteArray inWorker, inWindow;
            QBuffer a(&inWorker), b(&inWindow);
            a.open(QIODevice::WriteOnly);
            b.open(QIODevice::WriteOnly);
            QVERIFY(DashboardService::writeJson(*page.current(), a));
            QVERIFY(DashboardService::writeJson(*synchronous.current(), b));
            QCOMPARE(inWorker, inWindow);
        }

        page.drillTo(QStringLiteral("450126"));
        QVERIFY(!page.isLoading());  // from the cache
        QCOMPARE(page.scopeCode(), QStringLiteral("450126"));
    }

    void readableAtTheSmallestWindow()
    {
        test::AppFixture f;
        MainWindow window(f.workspace);
        window.resize(1366, 768);
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<DashboardPage *>(window.currentPage());
        QVERIFY(page && page->current());
        // Every tile's text fits its tile: nothing is cut off or drawn over its neighbour.
        for (FigureTile *t : page->tiles()->tiles())
            for (QLabel *label : t->findChildren<QLabel *>())
                QVERIFY2(label->sizeHint().width() <= t->contentsRect().width(), qPrintable(t->tile().key + QLatin1Char(' ') + label->text()));
        // The bar chart keeps about 24 px for each unit's name.
        QVERIFY(page->unitChart()->height() >= 24 * 17);
        // As many tiles a row as fit (seven at most), the tiles of a row equally tall, and the
        // first charts begin on the first screen.
        const auto tiles = page->tiles()->tiles();
        const int columns = page->tiles()->columns();
        QVERIFY2(columns >= 4 && columns <= TileGrid::kMaxColumns, qPrintable(QString::number(columns)));
        for (qsizetype i = 0; i < tiles.size(); ++i) {
            const FigureTile *first = tiles.at(i - i % columns);
            QCOMPARE(tiles.at(i)->y(), first->y());
            QCOMPARE(tiles.at(i)->height(), first->height());
            QCOMPARE(tiles.at(i)->x(), tiles.at(i % columns)->x());
        }
        // Parts tiles list their parts in one block; each part's count and change is in the tooltip.
        for (FigureTile *t : tiles)
            for (const auto &part : t->tile().parts) {
                QVERIFY(t->partsText().contains(part.label));
                QVERIFY(t->toolTip().contains(part.label.toHtmlEscaped()));
            }
        auto *scroll = page->findChild<QScrollArea *>();
        QVERIFY(scroll);
        const int chartTop = page->unitChart()->mapTo(scroll->viewport(), QPoint(0, 0)).y();
        QVERIFY2(chartTop < scroll->viewport()->height() - 200, qPrintable(QString::number(chartTop)));
    }

    void everyUnitNameIsReadInFull()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.setAsOf(QDate(2025, 12, 31));
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        UnitBarChart *chart = page.unitChart();
        const QStringList names = chart->unitNamesTopDown();
        const int units = int(names.size());
        QVERIFY(units >= 10);
        // The chart grows with its units, a row each tall enough for a line of its font.
        QCOMPARE(chart->minimumHeight(), chart->heightFor(units));
        QCOMPARE(chart->heightFor(units + 13) - chart->heightFor(units), 13 * chart->rowHeight());
        QVERIFY(chart->rowHeight() >= QFontMetrics(chart->chart()->font()).height() + 8);
        QApplication::processEvents();
        // Qt Charts elides a label it has no room for with "...": none is, every name is drawn.
        const QStringList drawn = drawnTexts(chart);
        for (const QString &text : drawn)
            QVERIFY2(!text.endsWith(QStringLiteral("...")) && !text.endsWith(QStringLiteral("…")), qPrintable(text));
        for (const QString &name : names)
            QVERIFY2(drawn.contains(name), qPrintable(name));
        // The donut keeps its height beside the taller bars.
        QVERIFY(page.statusChart()->height() < chart->height());
    }

    void exportsPictureAndFigures()
    {
        test::AppFixture f;
        DashboardPage page(f.workspace);
        page.setAsOf(QDate(2025, 12, 31));
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("d.png"));
        QVERIFY(DashboardExport::write(page.content(), page.exportTitle(), *page.current(), DashboardExport::Format::Png, png).ok());
        const QImage image(png);
        QCOMPARE(image.size(), page.content()->size() * page.content()->devicePixelRatio());
        const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
        QVERIFY(DashboardExport::write(page.content(), page.exportTitle(), *page.current(), DashboardExport::Format::Pdf, pdf).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        // The figures, in the stats contract, with the hand-counted values of the fixture on
        // 2025-12-31: 3 of 16 townships covered, 2 of 6 existing chambers registered.
        const QString jsonPath = dir.filePath(QStringLiteral("figures.json"));
        QVERIFY(DashboardExport::write(page.content(), page.exportTitle(), *page.current(), DashboardExport::Format::Json, jsonPath).ok());
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("chamberdesk.stats/1"));
        QCOMPARE(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2025-12-31"));
        QCOMPARE(json.value(QStringLiteral("scope")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("450126"));
        QCOMPARE(json.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("numerator")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("denominator")).toInt(), 16);
        QCOMPARE(json.value(QStringLiteral("registration")).toObject().value(QStringLiteral("numerator")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("registration")).toObject().value(QStringLiteral("denominator")).toInt(), 6);
        const QString csvPath = dir.filePath(QStringLiteral("figures.csv"));
        QVERIFY(DashboardExport::write(page.content(), page.exportTitle(), *page.current(), DashboardExport::Format::Csv, csvPath).ok());
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));  // a BOM, for Excel and WPS
        const QString csv = QString::fromUtf8(csvBytes);
        QVERIFY(csv.contains(QStringLiteral("coverage_numerator")));
        QVERIFY(csv.contains(QStringLiteral("宾州镇")));
    }
};

QTEST_MAIN(DashboardPageTests)
#include "DashboardPageTests.moc"
