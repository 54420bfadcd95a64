// SPDX-License-Identifier: GPL-3.0-or-later
// The app's side of issue 20: correcting and deleting registration and case history entries (with
// the reason, refused where the history would be impossible), the categories-and-grades editor
// (same checks as the CLI; a published year read-only and saying why), the import log page, and
// a published year's scorecard equal to the published report field by field.
#include "AppFixture.h"
#include "CaseDialog.h"
#include "CaseHistoryEditor.h"
#include "ChamberPointsTab.h"
#include "ChamberService.h"
#include "HistoryCorrections.h"
#include "HistoryEntryDialog.h"
#include "ImportLogPage.h"
#include "LedgerExportAction.h"
#include "MediationService.h"
#include "MediationTab.h"
#include "MediationCaseService.h"
#include "PointsPage.h"
#include "PointsRulesPanel.h"
#include "PointsService.h"
#include "RecordListPanel.h"
#include "RegistrationHistoryEditor.h"
#include "RegistrationHistoryModel.h"
#include "RegistrationTab.h"
#include "ScorecardModel.h"
#include "ScoringReport.h"
#include "TallyPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace chamber;

namespace {

qint64 chamberNamed(Database &db, const char *name)
{
    return ChamberService(db).find(QString::fromUtf8(name))->id;
}

// Selects the history row of the entry with this status.
bool selectStatus(QTableView *view, RegistrationStatus status)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(RegistrationHistoryModel::StatusRole).toInt() == int(status)) {
            view->selectRow(row);
            return true;
        }
    return false;
}

} // namespace

class CorrectionAppTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void registrationEntriesAreCorrectedAndDeletedWithAReason()
    {
        test::AppFixture f;
        Database &db = f.workspace.db();
        const qint64 g = chamberNamed(db, "宾阳县宾州镇个体私营企业商会");  // registered 2020-01-15, deregistered 2023-03-01
        RegistrationTab tab(f.workspace.session());
        tab.setChamberId(g);
        auto *editor = tab.findChild<RegistrationHistoryEditor *>();
        QVERIFY(editor);
        auto *view = tab.findChild<QTableView *>(QStringLiteral("historyView"));
        QVERIFY(view);
        QVERIFY(!editor->deleteButton()->isEnabled());  // nothing selected
        QSignalSpy corrected(editor, &RegistrationHistoryEditor::corrected);

        // Deleting the registration under the deregistration: the dialog says why and refuses.
        QVERIFY(selectStatus(view, RegistrationStatus::Registered));
        QVERIFY(editor->deleteButton()->isEnabled());
        HistoryEntryDialog *dialog = editor->deleteSelected();
        QVERIFY(dialog);
        test::type(dialog->reasonEdit(), QStringLiteral("录错了"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problem_status"))->text().contains(QStringLiteral("Only a registered chamber")));
        dialog->reject();
        QCOMPARE(RegistrationService(db).history(g)->size(), 2);

        // Correcting the registration date: the reason is required, then it is written.
        QVERIFY(selectStatus(view, RegistrationStatus::Registered));
        dialog = editor->correctSelected();
        QVERIFY(dialog);
        dialog->dateEdit()->setDate(QDate(2020, 2, 1));
        QVERIFY(!dialog->okButton()->isEnabled());  // no reason yet
        test::type(dialog->reasonEdit(), QStringLiteral("登记证书日期为2020-02-01"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(corrected.count(), 1);
        auto history = RegistrationService(db).history(g);
        QCOMPARE(history->first().date, QDate(2020, 2, 1));
        QCOMPARE(view->model()->index(0, RegistrationHistoryModel::DateColumn).data(RegistrationHistoryModel::EventIdRole).toLongLong(),
                 history->first().id);

        // The deregistration was entered against the wrong chamber: deleted.
        QVERIFY(selectStatus(view, RegistrationStatus::Deregistered));
        dialog = editor->deleteSelected();
        test::type(dialog->reasonEdit(), QStringLiteral("注销的是另一商会"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(corrected.count(), 2);
        QCOMPARE(RegistrationService(db).history(g)->size(), 1);
        QCOMPARE(tab.currentStatus(), RegistrationStatus::Registered);
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void caseStatusEntriesAreCorrectedAndDeletedWithAReason()
    {
        test::AppFixture f;
        Database &db = f.workspace.db();
        MediationCaseService cases(db);
        MediationCase d;
        d.chamberId = f.binzhou;
        d.receivedOn = QDate(2024, 3, 4);
        d.applicant = QStringLiteral("宾阳县宾州镇永福农资店");
        d.respondent = QStringLiteral("覃某");
        d.disputeType = DisputeType::Debt;
        const qint64 id = cases.add(d).value();
        QVERIFY(cases.changeStatus({0, id, CaseStatus::Mediating, QDate(2024, 3, 5), false, {}}).ok());
        QVERIFY(cases.changeStatus({0, id, CaseStatus::Settled, QDate(2024, 3, 20), false, {}}).ok());
        const auto history = cases.history(id);

        CaseDialog dialog(f.workspace, *cases.get(id));
        auto *editor = dialog.findChild<CaseHistoryEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->table()->rowCount(), 2);

        // Deleting "mediating" would leave received → settled: refused by the lifecycle.
        QVERIFY(editor->selectEntry((*history)[0].id));
        HistoryEntryDialog *entry = editor->deleteSelected();
        QVERIFY(entry);
        test::type(entry->reasonEdit(), QStringLiteral("误录"));
        QVERIFY(!entry->okButton()->isEnabled());
        entry->reject();

        // The case failed on 2024-03-22: corrected, and the case follows.
        QVERIFY(editor->selectEntry((*history)[1].id));
        entry = editor->correctSelected();
        entry->statusCombo()->setCurrentIndex(entry->statusCombo()->findData(int(CaseStatus::Failed)));
        entry->dateEdit()->setDate(QDate(2024, 3, 22));
        test::type(entry->reasonEdit(), QStringLiteral("实为调解不成"));
        QVERIFY(entry->okButton()->isEnabled());
        QTest::mouseClick(entry->okButton(), Qt::LeftButton);
        QCOMPARE(cases.get(id)->status, CaseStatus::Failed);
        QCOMPARE(cases.get(id)->closedOn, std::optional<QDate>(QDate(2024, 3, 22)));
        QCOMPARE(editor->table()->item(1, 1)->text(), Mediation::statusName(CaseStatus::Failed));

        // Not closed after all: the closing change deleted, the case mediating again.
        QVERIFY(editor->selectEntry((*history)[1].id));
        entry = editor->deleteSelected();
        test::type(entry->reasonEdit(), QStringLiteral("尚未结案"));
        QTest::mouseClick(entry->okButton(), Qt::LeftButton);
        QCOMPARE(cases.get(id)->status, CaseStatus::Mediating);
        QCOMPARE(editor->table()->rowCount(), 1);
    }

    void categoriesCapsAndGradesAreEditedInTheAppWithTheCliChecks()
    {
        test::AppFixture f;
        PointsService points(f.workspace.db());
        const int year = QDate::currentDate().year() - 1;
        QVERIFY(points.startYear(year).ok());
        PointsPage page(f.workspace);
        page.reload();
        QVERIFY(page.selectYear(year));
        PointsRulesPanel *panel = page.rulesPanel();
        QAbstractItemModelTester tester(panel->categories(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!panel->isReadOnly());
        QVERIFY(panel->frozenLabel()->isHidden());
        const int before = panel->categories()->totalCount();

        QVERIFY(panel->addCategory(QStringLiteral("助力乡村振兴（新）")).ok());
        QCOMPARE(panel->categories()->totalCount(), before + 1);
        QVERIFY(!panel->addCategory(QStringLiteral("  ")).ok());  // a name is needed, as in the CLI
        const qint64 first = points.categories()->first().id;
        QVERIFY(panel->setCap(first, QStringLiteral("20")).ok());
        QCOMPARE(points.categoryCaps(year)->value(first), 200);
        const Status badCap = panel->setCap(first, QStringLiteral("二十"));
        QVERIFY(!badCap.ok());
        QCOMPARE(badCap.problems().first().field, QStringLiteral("cap"));
        QVERIFY(panel->setCap(first, QString()).ok());  // empty: no cap
        QVERIFY(!points.categoryCaps(year)->contains(first));

        panel->excellentEdit()->setText(QStringLiteral("95"));
        panel->registeredYearBox()->setChecked(true);
        QVERIFY(panel->saveGrades().ok());
        QCOMPARE(points.year(year)->thresholds.excellentTenths, 950);
        QVERIFY(points.year(year)->awardRequiresRegisteredYear);
        panel->goodEdit()->setText(QStringLiteral("99"));  // above excellent: refused by the core rule
        QVERIFY(!panel->saveGrades().ok());
        QCOMPARE(points.year(year)->thresholds.goodTenths, 750);

        // Published: caps and grades read-only, and the panel says why.
        const Status published = page.publishYear(QDate::currentDate());
        QVERIFY2(published.ok(), qPrintable(published.firstError()));
        page.reload();
        QVERIFY(page.selectYear(year));
        QVERIFY(panel->isReadOnly());
        QVERIFY(!panel->frozenLabel()->isHidden());
        QVERIFY(panel->frozenText().contains(QStringLiteral("Published on")));
        QVERIFY(panel->frozenText().contains(QStringLiteral("reopen")));
        QVERIFY(!panel->saveButton()->isEnabled());
        QVERIFY(!panel->excellentEdit()->isEnabled());
        QVERIFY(!panel->setCap(first, QStringLiteral("10")).ok());  // the service refuses too
    }

    void aPublishedYearsScorecardIsThePublishedReport()
    {
        test::AppFixture f;
        Database &db = f.workspace.db();
        PointsService points(db);
        const int year = QDate::currentDate().year() - 1;
        QVERIFY(points.startYear(year).ok());
        PointsYear options = *points.year(year);
        options.awardRequiresRegisteredYear = true;
        QVERIFY(points.updateYear(options).ok());
        PointsRule rule;
        rule.year = year;
        rule.categoryId = points.categories()->first().id;
        rule.description = QStringLiteral("为会员解决融资难题，每件");
        rule.pointsTenths = 500;
        const qint64 ruleId = points.addRule(rule).value();
        for (qint64 chamber : {f.binzhou, f.lidang}) {
            PointsEntry e;
            e.chamberId = chamber;
            e.ruleId = ruleId;
            e.date = QDate(year, 6, 1);
            e.quantity = chamber == f.binzhou ? 2 : 1;
            const qint64 id = points.addEntry(e).value();
            QVERIFY(points.submitEntry(id).ok());
            QVERIFY(points.approveEntry(id).ok());
        }
        PointsPage page(f.workspace);
        QAbstractItemModelTester tester(page.scorecards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QVERIFY(page.selectYear(year));
        QVERIFY(!page.scorecards()->isPublished());
        QVERIFY(page.scorecardState()->text().startsWith(QStringLiteral("Draft")));
        QVERIFY(page.publishYear(QDate::currentDate()).ok());

        // After publication the registration is found wrong and corrected: 宾州镇商会 was
        // registered in the middle of the year, so recomputed it would not be award-eligible.
        RegistrationEvent registered = RegistrationService(db).history(f.binzhou)->first();
        registered.date = QDate(year, 7, 1);
        QVERIFY(HistoryCorrections(db).correctRegistration(registered, QStringLiteral("登记证书日期")).ok());
        const auto recomputed = points.scorecards(year);
        QVERIFY(recomputed.ok());
        bool recomputedEligible = true;
        for (const auto &card : *recomputed)
            if (card.chamberId == f.binzhou)
                recomputedEligible = card.awardEligible;
        QVERIFY(!recomputedEligible);

        page.reload();
        QVERIFY(page.selectYear(year));
        QVERIFY(page.scorecards()->isPublished());
        QVERIFY(page.scorecardState()->text().startsWith(QStringLiteral("Published")));
        const auto report = ScoringReports(db).report(year);
        QVERIFY2(report.ok(), qPrintable(report.firstError()));
        ScorecardModel *model = page.scorecards();
        QCOMPARE(model->rowCount(), int(report->rows.size()));
        for (int r = 0; r < report->rows.size(); ++r) {
            const ScoringReportRow &row = report->rows.at(r);
            const Scorecard &card = model->scorecards().at(r);
            QCOMPARE(card.chamberId, row.card.chamberId);
            QCOMPARE(card.totalTenths, row.card.totalTenths);
            QCOMPARE(card.rank, row.card.rank);
            QCOMPARE(int(card.grade), int(row.card.grade));
            QCOMPARE(card.vetoed, row.card.vetoed);
            QCOMPARE(card.awardEligible, row.card.awardEligible);
            QCOMPARE(card.ineligible, row.card.ineligible);
            QCOMPARE(card.categories, row.card.categories);
            QCOMPARE(card, row.card);
            QCOMPARE(model->index(r, ScorecardModel::ChamberColumn).data().toString(), row.chamberName);
            QCOMPARE(model->index(r, ScorecardModel::TownshipColumn).data().toString(), row.townshipName);
            QCOMPARE(model->index(r, model->totalColumn()).data().toString(), Points::formatTenths(row.card.totalTenths));
        }
        QCOMPARE(model->columnCount(), ScorecardModel::FirstCategoryColumn + int(report->categories.size()) + 4);
        for (int c = 0; c < report->categories.size(); ++c)
            QCOMPARE(model->headerData(ScorecardModel::FirstCategoryColumn + c, Qt::Horizontal).toString(), report->categories.at(c).name);
        QVERIFY(model->cardOf(f.binzhou)->awardEligible);  // as published, not as recomputed

        // The chamber editor's micro-points tab shows the same, marked published.
        ChamberPointsTab tab(f.workspace);
        tab.setChamberId(f.binzhou);
        QVERIFY(tab.selectYear(year));
        QVERIFY(tab.card());
        QVERIFY(tab.card()->awardEligible);
        bool marked = false;
        for (auto *label : tab.findChildren<QLabel *>())
            marked = marked || label->text().startsWith(QStringLiteral("Published"));
        QVERIFY(marked);
    }

    void theImportLogListsImportsAndOpensTheirChanges()
    {
        test::AppFixture f;
        Database &db = f.workspace.db();
        const QString sha = QStringLiteral("ab").repeated(32);
        {
            // What Importer::commit writes, in its order: the start mark, the records, the log line.
            Transaction tx(db);
            QVERIFY(ImportLogService(db).markStart(sha).ok());
            Chamber c;
            c.townshipCode = QStringLiteral("450126103");
            c.name = QStringLiteral("宾阳县大桥镇商会");
            QVERIFY(ChamberService(db).add(c).ok());
            ImportLogEntry entry;
            entry.fileName = QStringLiteral("大桥镇台账.xlsx");
            entry.fileSha256 = sha;
            entry.sheet = QStringLiteral("Sheet1");
            entry.updatePolicy = QStringLiteral("fill_empty");
            entry.records = 1;
            entry.created = 1;
            QVERIFY(ImportLogService(db).record(entry).ok());
            QVERIFY(tx.commit().ok());
        }
        ImportLogPage page(f.workspace);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QCOMPARE(page.model()->totalCount(), 1);
        page.model()->fetchMore({});
        QVERIFY(page.errorLabel()->isHidden());
        QCOMPARE(page.model()->index(0, 2).data().toString(), QStringLiteral("大桥镇台账.xlsx"));
        QCOMPARE(page.model()->index(0, 3).data(Qt::ToolTipRole).toString(), sha);
        QCOMPARE(page.model()->index(0, 3).data().toString(), sha.left(16) + QStringLiteral("…"));
        QCOMPARE(page.model()->index(0, 4).data().toString(), QStringLiteral("Sheet1"));
        QCOMPARE(page.model()->index(0, 5).data().toString(), QStringLiteral("fill empty fields"));
        QCOMPARE(page.model()->index(0, 7).data().toString(), QStringLiteral("1"));
        QDialog *changes = page.showChanges(page.model()->at(0).id);
        QVERIFY(changes);
        auto *list = changes->findChild<QTableWidget *>(QStringLiteral("importChangeList"));
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 2);  // the chamber added, the import's own line
        QCOMPARE(list->item(0, 2)->text(), QStringLiteral("added"));
        QVERIFY(list->item(0, 3)->text().contains(QStringLiteral("大桥镇")));
        changes->close();
    }

    // The two CLI actions the app lacked: yearly case tallies and writing a ledger.
    void talliesAreKeptAndALedgerIsWrittenFromTheApp()
    {
        test::AppFixture f;
        MediationTab tab(f.workspace);
        tab.setChamberId(f.binzhou);
        TallyPanel *tallies = tab.tallies();
        QVERIFY(tallies->setTally(2023, 12, 10, QStringLiteral("台账年度数")).ok());
        QCOMPARE(tallies->table()->rowCount(), 1);
        QCOMPARE(tallies->table()->item(0, 1)->text(), QStringLiteral("12"));
        QVERIFY(!tallies->setTally(2023, 5, 9, {}).ok());  // more settled than taken in: the service refuses
        QCOMPARE(MediationService(f.workspace.db()).talliesOf(f.binzhou)->first().cases, 12);
        tallies->table()->selectRow(0);
        QVERIFY(tallies->removeSelected().ok());
        QCOMPARE(tallies->table()->rowCount(), 0);

        const QString path = f.dir.filePath(QStringLiteral("台账.csv"));
        QVERIFY(LedgerExportAction::write(f.workspace, path).ok());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(written.readAll()).contains(QStringLiteral("宾阳县黎塘镇商会")));
    }
};

QTEST_MAIN(CorrectionAppTests)
#include "CorrectionAppTests.moc"
