// SPDX-License-Identifier: GPL-3.0-or-later
// The micro-points workflow in the GUI: an entry counts in the scorecard once it is approved
// (and stops counting when sent back); the scorecard model passes the model tester.
#include "AppFixture.h"
#include "ChamberEditor.h"
#include "ChamberPointsTab.h"
#include "PointsEntriesPanel.h"
#include "PointsPage.h"
#include "PointsService.h"
#include "RecordListPanel.h"
#include "ReportsPage.h"
#include "ScorecardModel.h"
#include "ScoringReport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
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
        rule.categoryId = points.categories()->first().id;
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
        // A rejected entry is corrected before it goes again: Submit waits, Edit is offered.
        const auto button = [&](const QString &text) -> QPushButton * {
            for (auto *b : page.entries()->findChildren<QPushButton *>())
                if (b->text() == text)
                    return b;
            return nullptr;
        };
        page.entries()->panel()->selectId(entryId.value());
        QVERIFY(button(QStringLiteral("Submit")) && button(QStringLiteral("Approve")) && button(QStringLiteral("Edit…")));
        QVERIFY(button(QStringLiteral("Edit…"))->isEnabled());  // the entry is selected and open to correction
        QVERIFY(!button(QStringLiteral("Submit"))->isEnabled());
        QVERIFY(!button(QStringLiteral("Approve"))->isEnabled());
    }

    void reportsPageWritesTheScoringReport();
    void publishingFromThePageFreezesTheYearAndReopeningOpensIt();
    void switchingTabsUpdatesTheActions();
    void theChamberEditorShowsTheChambersScorecard();
};

namespace {
// A started year with one rule (5 points each) and an entry of 2 for 宾州镇商会 taken as far as
// the given status; returns the entry's id.
qint64 yearWithEntry(PointsService &points, int year, qint64 chamberId, EntryStatus upTo)
{
    if (!points.startYear(year))
        qFatal("year refused");
    PointsRule rule;
    rule.year = year;
    rule.categoryId = points.categories()->first().id;
    rule.description = QStringLiteral("为会员解决融资难题，每件");
    rule.pointsTenths = 50;
    const auto ruleId = points.addRule(rule);
    if (!ruleId)
        qFatal("rule refused: %s", qPrintable(ruleId.firstError()));
    PointsEntry entry;
    entry.chamberId = chamberId;
    entry.ruleId = ruleId.value();
    entry.date = QDate(year, 6, 1);
    entry.quantity = 2;
    const auto entryId = points.addEntry(entry);
    if (!entryId)
        qFatal("entry refused: %s", qPrintable(entryId.firstError()));
    if (upTo != EntryStatus::Draft && !points.submitEntry(entryId.value()))
        qFatal("submit refused");
    if (upTo == EntryStatus::Approved && !points.approveEntry(entryId.value()))
        qFatal("approval refused");
    return entryId.value();
}

QPushButton *buttonTitled(QWidget *parent, const QString &text)
{
    for (auto *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    qFatal("no button %s", qPrintable(text));
    return nullptr;
}
} // namespace

// Publishing from the page: the year is published as the CLI publishes it (report kept, dated
// as given), its entries are frozen in the page and in the service; reopening with a reason
// opens it again.
void PointsTests::publishingFromThePageFreezesTheYearAndReopeningOpensIt()
{
    test::AppFixture f;
    PointsService points(f.workspace.db());
    const int year = QDate::currentDate().year() - 1;
    const qint64 entryId = yearWithEntry(points, year, f.binzhou, EntryStatus::Submitted);

    PointsPage page(f.workspace);
    page.reload();
    QVERIFY(page.selectYear(year));
    page.tabs()->setCurrentWidget(page.entries());
    QVERIFY(page.publishButton()->isEnabled());
    QVERIFY(!page.reopenButton()->isEnabled());
    QVERIFY(page.canCreate());

    // An entry still waiting for approval: refused, and the year stays open.
    const QDate issued = QDate::currentDate();
    const Status waiting = page.publishYear(issued);
    QVERIFY(!waiting.ok());
    QVERIFY(!points.year(year)->published);
    QVERIFY(page.publishButton()->isEnabled());

    QVERIFY(points.approveEntry(entryId).ok());
    const Status published = page.publishYear(issued);
    QVERIFY2(published.ok(), qPrintable(published.firstError()));
    QVERIFY(points.year(year)->published);
    const auto publication = points.currentPublication(year);
    QVERIFY(publication->has_value());
    QCOMPARE(publication.value()->issueDate, std::optional<QDate>(issued));
    QVERIFY(!publication.value()->sha256.isEmpty());

    // The page shows the frozen year: Publish off, Reopen on, no new entries.
    QCOMPARE(page.year(), year);
    QVERIFY(!page.publishButton()->isEnabled());
    QVERIFY(page.reopenButton()->isEnabled());
    QVERIFY(!page.canCreate());
    QVERIFY(!buttonTitled(page.entries(), QStringLiteral("New entry…"))->isEnabled());
    QCOMPARE(page.scorecards()->cardOf(f.binzhou)->totalTenths, 100);
    PointsEntry more;
    more.chamberId = f.lidang;
    more.ruleId = points.rules(year)->first().id;
    more.date = QDate(year, 7, 1);
    more.quantity = 1;
    QVERIFY(!points.addEntry(more).ok());
    QVERIFY(!page.publishYear(issued).ok());  // once is enough

    QVERIFY(!page.reopenYear(QString()).ok());  // a reason is required
    QVERIFY(points.year(year)->published);
    const Status reopened = page.reopenYear(QStringLiteral("更正宾州镇商会积分记录"));
    QVERIFY2(reopened.ok(), qPrintable(reopened.firstError()));
    QVERIFY(!points.year(year)->published);
    QVERIFY(page.publishButton()->isEnabled());
    QVERIFY(!page.reopenButton()->isEnabled());
    QVERIFY(page.canCreate());
    QVERIFY(buttonTitled(page.entries(), QStringLiteral("New entry…"))->isEnabled());
    QVERIFY(points.addEntry(more).ok());
}

// Ctrl+N follows the tab: the main window asks again when the tab changes.
void PointsTests::switchingTabsUpdatesTheActions()
{
    test::AppFixture f;
    PointsService points(f.workspace.db());
    const int year = QDate::currentDate().year() - 1;
    yearWithEntry(points, year, f.binzhou, EntryStatus::Draft);
    PointsPage page(f.workspace);
    page.reload();
    QVERIFY(page.selectYear(year));
    QSignalSpy spy(&page, &Page::actionsChanged);
    page.tabs()->setCurrentIndex(0);  // scorecards
    page.tabs()->setCurrentWidget(page.entries());
    QCOMPARE(spy.count(), 1);
    QVERIFY(page.canCreate());
    page.tabs()->setCurrentIndex(2);  // rules
    QCOMPARE(spy.count(), 2);
    QVERIFY(!page.canCreate());
}

// The editor's micro-points tab: the chamber's approved entry (2 × 5) is its total, as on the
// page; a draft of another chamber is listed there but counts nothing; a new chamber has no tab.
void PointsTests::theChamberEditorShowsTheChambersScorecard()
{
    test::AppFixture f;
    PointsService points(f.workspace.db());
    const int year = QDate::currentDate().year() - 1;
    yearWithEntry(points, year, f.binzhou, EntryStatus::Approved);
    PointsEntry draft;
    draft.chamberId = f.lidang;
    draft.ruleId = points.rules(year)->first().id;
    draft.date = QDate(year, 8, 1);
    draft.quantity = 4;
    QVERIFY(points.addEntry(draft).ok());

    ChamberEditor editor(f.workspace, f.binzhou);
    ChamberPointsTab *tab = editor.pointsTab();
    QAbstractItemModelTester tester(tab->entries(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(tab->isEnabled());
    QCOMPARE(editor.tabs()->indexOf(tab), 7);
    QVERIFY(tab->selectYear(year));
    QCOMPARE(tab->yearCombo()->count(), 1);
    QVERIFY(tab->card());
    QCOMPARE(tab->card()->totalTenths, 100);
    QCOMPARE(tab->totalLabel()->text(), QStringLiteral("10.0"));
    QCOMPARE(tab->entries()->totalCount(), 1);
    tab->entries()->fetchMore({});
    QCOMPARE(tab->entries()->at(0).entry.status, EntryStatus::Approved);
    QCOMPARE(tab->entries()->index(0, 4).data().toString(), QStringLiteral("10.0"));

    ChamberEditor other(f.workspace, f.lidang);
    QVERIFY(other.pointsTab()->selectYear(year));
    QCOMPARE(other.pointsTab()->entries()->totalCount(), 1);  // the draft, listed
    QCOMPARE(other.pointsTab()->totalLabel()->text(), QStringLiteral("0.0"));

    ChamberEditor fresh(f.workspace, 0);
    QVERIFY(!fresh.pointsTab()->isEnabled());
    QCOMPARE(fresh.pointsTab()->year(), 0);
}

// The Reports page writes the scoring report of the chosen year in each format; the figures
// are the scorecard's (one approved entry: 2 × 5 = 10.0 points for 宾州镇商会).
void PointsTests::reportsPageWritesTheScoringReport()
{
    test::AppFixture f;
    PointsService points(f.workspace.db());
    const int year = QDate::currentDate().year() - 1;
    yearWithEntry(points, year, f.binzhou, EntryStatus::Approved);

    ReportsPage page(f.workspace);
    page.reload();
    QVERIFY(!page.selectScoringYear(year - 5));
    QVERIFY(page.selectScoringYear(year));
    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("scoring.csv"));
    const Status csv = page.writeScoringReport(QStringLiteral("csv"), csvPath);
    QVERIFY2(csv.ok(), qPrintable(csv.firstError()));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csvFile.readAll());
    const auto line = [&](const QString &name) {
        for (const QString &l : text.split(QStringLiteral("\r\n")))
            if (l.contains(name))
                return l;
        return QString();
    };
    QVERIFY2(line(QStringLiteral("宾阳县宾州镇商会,")).contains(QStringLiteral(",10.0,")), qPrintable(text));
    QVERIFY(line(QStringLiteral("宾阳县黎塘镇商会")).contains(QStringLiteral(",0.0,")));
    QVERIFY(!line(QStringLiteral("宾阳县黎塘镇商会")).contains(QStringLiteral("10.0")));
    // The report's own language: Chinese unless English is chosen on the page.
    QVERIFY2(text.contains(QStringLiteral("编号,排名,商会")), qPrintable(text));
    QVERIFY(!page.selectScoringLanguage(QStringLiteral("fr")));
    QVERIFY(page.selectScoringLanguage(QStringLiteral("en")));
    const QString englishPath = out.filePath(QStringLiteral("scoring-en.csv"));
    QVERIFY(page.writeScoringReport(QStringLiteral("csv"), englishPath).ok());
    QFile englishFile(englishPath);
    QVERIFY(englishFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(englishFile.readAll()).contains(QStringLiteral("Number,Rank,Chamber")));
    QVERIFY(page.selectScoringLanguage(QStringLiteral("zh_CN")));

    for (const auto &[format, magic] : {std::pair{QStringLiteral("pdf"), QByteArray("%PDF")}, std::pair{QStringLiteral("xlsx"), QByteArray("PK")},
                                        std::pair{QStringLiteral("json"), QByteArray("{")}}) {
        const QString path = out.filePath(QStringLiteral("scoring.") + format);
        const Status written = page.writeScoringReport(format, path);
        QVERIFY2(written.ok(), qPrintable(written.firstError()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.read(magic.size()) == magic, qPrintable(format));
    }
    // A folder that does not exist: refused, and no file appears.
    const QString nowhere = out.filePath(QStringLiteral("missing/scoring.pdf"));
    QVERIFY(!page.writeScoringReport(QStringLiteral("pdf"), nowhere).ok());
    QVERIFY(!QFile::exists(nowhere));

    // Published in English: the page shows that language, and it cannot be changed.
    QVERIFY(ScoringReports(f.workspace.db()).publish(year, QDate(year + 1, 1, 20), ReportLanguage::English).ok());
    page.reload();
    QVERIFY(page.selectScoringYear(year));
    auto *language = page.findChild<QComboBox *>(QStringLiteral("scoringLanguage"));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QVERIFY(!language->isEnabled());
}

QTEST_MAIN(PointsTests)
#include "PointsTests.moc"
