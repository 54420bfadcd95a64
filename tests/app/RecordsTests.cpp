// SPDX-License-Identifier: GPL-3.0-or-later
// Party building, mediation and needs through their dialogs, editor tabs and pages: a record
// saved in its dialog shows in the lists, problems show beside their fields and block Save, a
// case moves through its lifecycle step by step, and the filters narrow to hand counts.
#include "AppFixture.h"
#include "CaseDialog.h"
#include "ChamberFilterBar.h"
#include "ChamberTableModel.h"
#include "ChambersPage.h"
#include "DivisionCombo.h"
#include "HonourDialog.h"
#include "ListExport.h"
#include "MediationService.h"
#include "MediationCaseService.h"
#include "MediationPage.h"
#include "NeedDialog.h"
#include "OptionalDateEdit.h"
#include "ServiceRequestService.h"
#include "PartyOrganizationDialog.h"
#include "PartyPage.h"
#include "PartyService.h"
#include "RecordListPanel.h"
#include "RecordTableModel.h"
#include "StatusChangeBox.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace chamber;

namespace {
using test::field;

qint64 addCase(Database &db, qint64 chamberId, const char *applicant, QDate received)
{
    MediationCase c;
    c.chamberId = chamberId;
    c.receivedOn = received;
    c.applicant = QString::fromUtf8(applicant);
    c.respondent = QStringLiteral("宾阳县某建材有限公司");
    c.disputeType = DisputeType::Debt;
    const auto added = MediationCaseService(db).add(c);
    if (!added)
        qFatal("case refused: %s", qPrintable(added.firstError()));
    return added.value();
}
} // namespace

class RecordsTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void aPartyOrganisationSavedInItsDialogShowsInTheListsAndFilters()
    {
        test::AppFixture f;
        PartyOrganization fresh;
        fresh.chamberId = f.lidang;
        PartyOrganizationDialog dialog(f.workspace, fresh);
        dialog.show();
        test::type(field<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("中共宾阳县黎塘镇商会支部委员会"));
        field<QSpinBox>(&dialog, "membersSpin")->setValue(7);
        test::type(field<QLineEdit>(&dialog, "secretaryEdit"), QStringLiteral("黄志强"));
        // A rating date without a rating is refused beside its field.
        field<OptionalDateEdit>(&dialog, "ratedOnEdit")->setOptionalDate(QDate(2024, 7, 1));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!field<QLabel>(&dialog, "problem_star_rated_on")->text().isEmpty());
        field<QComboBox>(&dialog, "starCombo")->setCurrentIndex(4);  // four stars
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(field<QLabel>(&dialog, "problem_star_rated_on")->text().isEmpty());
        QVERIFY(dialog.save());
        const auto saved = PartyService(f.workspace.db()).organizationOf(f.lidang);
        QVERIFY(saved->has_value());
        QCOMPARE(saved.value()->members, 7);
        QCOMPARE(saved.value()->starRating, std::optional<int>(4));

        PartyPage page(f.workspace);
        QAbstractItemModelTester tester(page.organizations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QCOMPARE(page.organizations()->totalCount(), 1);
        page.organizations()->fetchMore({});
        QCOMPARE(page.organizations()->index(0, 1).data().toString(), QStringLiteral("宾阳县黎塘镇商会"));
        QCOMPARE(page.organizations()->index(0, 6).data().toString(), QStringLiteral("★★★★"));

        // The chambers page's Party filter: 1 with, 6 without (hand count from the fixture).
        ChambersPage chambers(f.workspace);
        chambers.reload();
        chambers.filterBar()->setPartyOrganization(true);
        QCOMPARE(chambers.model()->totalCount(), 1);
        chambers.filterBar()->setPartyOrganization(false);
        QCOMPARE(chambers.model()->totalCount(), 6);
    }

    void anHonourOffersTheUsualIssuingBody()
    {
        test::AppFixture f;
        Honour fresh;
        fresh.chamberId = f.binzhou;
        HonourDialog dialog(f.workspace, fresh);
        dialog.show();
        QVERIFY(dialog.saveButton()->isEnabled());  // a new record may be saved as offered
        field<QSpinBox>(&dialog, "yearSpin")->setValue(2023);
        QVERIFY(dialog.save());
        QVERIFY(dialog.savedId() > 0);
    }

    void aCaseMovesThroughItsLifecycleAndThePageFiltersFollow()
    {
        test::AppFixture f;
        const qint64 first = addCase(f.workspace.db(), f.binzhou, "韦建国", QDate(2024, 3, 4));
        addCase(f.workspace.db(), f.lidang, "蒙丽华", QDate(2023, 11, 20));

        MediationPage page(f.workspace);
        QAbstractItemModelTester tester(page.cases(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QCOMPARE(page.cases()->totalCount(), 2);
        page.yearFilter()->setCurrentIndex(page.yearFilter()->findData(2024));
        QCOMPARE(page.cases()->totalCount(), 1);
        page.yearFilter()->setCurrentIndex(0);

        {
            CaseDialog dialog(f.workspace, *MediationCaseService(f.workspace.db()).get(first));
            dialog.show();
            StatusChangeBox *box = dialog.statusBox();
            QVERIFY(box);
            // Received → the only step forward is mediating.
            QCOMPARE(box->stepCombo()->count(), 1);
            box->dateEdit()->setDate(QDate(2024, 3, 5));
            QVERIFY(box->recordButton()->isEnabled());
            box->recordButton()->click();
            // Mediating → settled, failed or referred; a date before the last change is refused.
            QCOMPARE(box->stepCombo()->count(), 3);
            box->stepCombo()->setCurrentIndex(0);
            box->dateEdit()->setDate(QDate(2024, 3, 1));
            QVERIFY(!box->recordButton()->isEnabled());
            box->dateEdit()->setDate(QDate(2024, 4, 10));
            test::type(field<QLineEdit>(&dialog, "agreedEdit"), QStringLiteral("12000"));
            QVERIFY(box->recordButton()->isEnabled());
            box->recordButton()->click();
            QCOMPARE(MediationCaseService(f.workspace.db()).get(first)->status, CaseStatus::Settled);
            QCOMPARE(MediationCaseService(f.workspace.db()).get(first)->agreedAmountFen, std::optional<qint64>(1200000));
            // Closed: reopening is offered, and needs a reason.
            QCOMPARE(box->stepCombo()->count(), 1);
            box->dateEdit()->setDate(QDate(2024, 5, 1));
            QVERIFY(!box->recordButton()->isEnabled());
            test::type(box->reasonEdit(), QStringLiteral("对方未履行协议"));
            QVERIFY(box->recordButton()->isEnabled());
        }
        page.reload();
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(CaseStatus::Settled)));
        QCOMPARE(page.cases()->totalCount(), 1);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(-2));  // still open
        QCOMPARE(page.cases()->totalCount(), 1);
    }

    void aNewCaseIsCheckedAsItIsTyped()
    {
        test::AppFixture f;
        MediationCase fresh;
        fresh.chamberId = f.binzhou;
        CaseDialog dialog(f.workspace, fresh);
        dialog.show();
        QVERIFY(!dialog.saveButton()->isEnabled());  // no parties yet
        test::type(field<QLineEdit>(&dialog, "applicantEdit"), QStringLiteral("韦建国"));
        test::type(field<QLineEdit>(&dialog, "respondentEdit"), QStringLiteral("覃某"));
        test::type(field<QLineEdit>(&dialog, "amountEdit"), QStringLiteral("三万"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!field<QLabel>(&dialog, "problem_amount_disputed")->text().isEmpty());
        field<QLineEdit>(&dialog, "amountEdit")->clear();
        test::type(field<QLineEdit>(&dialog, "amountEdit"), QStringLiteral("3万"));
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.save());
        const auto saved = MediationCaseService(f.workspace.db()).get(dialog.savedId());
        QCOMPARE(saved->amountDisputedFen, std::optional<qint64>(3000000));
        QVERIFY(!saved->number.isEmpty());  // numbered by the service
    }

    void aNeedIsSavedAndMovesOn()
    {
        test::AppFixture f;
        ServiceRequest fresh;
        fresh.chamberId = f.binzhou;
        NeedDialog dialog(f.workspace, fresh);
        dialog.show();
        test::type(field<QLineEdit>(&dialog, "requesterEdit"), QStringLiteral("宾阳县恒丰米业有限公司"));
        test::type(field<QPlainTextEdit>(&dialog, "descriptionEdit"), QStringLiteral("流动资金短缺"));
        field<QComboBox>(&dialog, "kindCombo")->setCurrentIndex(field<QComboBox>(&dialog, "kindCombo")->findData(ServiceRequests::kindKey(NeedKind::Funding)));
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.save());
        const auto saved = ServiceRequestService(f.workspace.db()).get(dialog.savedId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->status, NeedStatus::Open);

        NeedDialog again(f.workspace, *saved);
        again.show();
        QVERIFY(again.statusBox());
        QCOMPARE(again.statusBox()->stepCombo()->count(), 2);  // in progress, or resolved at once
        again.statusBox()->recordButton()->click();
        QCOMPARE(ServiceRequestService(f.workspace.db()).get(saved->id)->status, NeedStatus::InProgress);
    }

    // Export and Print write the whole list as filtered, not only the rows held: three cases,
    // two in 宾州镇 (one received in 2024), one in 黎塘镇 (2023); committees in 宾州镇 and 黎塘镇.
    void theMediationExportIsTheFilteredList()
    {
        test::AppFixture f;
        Database &db = f.workspace.db();
        addCase(db, f.binzhou, "韦建国", QDate(2024, 3, 4));
        addCase(db, f.binzhou, "黄海燕", QDate(2023, 5, 10));
        addCase(db, f.lidang, "蒙丽华", QDate(2023, 11, 20));
        for (qint64 chamber : {f.binzhou, f.lidang}) {
            MediationCommittee m;
            m.chamberId = chamber;
            m.name = QStringLiteral("人民调解委员会");
            m.mediators = 5;
            QVERIFY(MediationService(db).addCommittee(m).ok());
        }

        MediationPage page(f.workspace);
        page.reload();
        page.cases()->setPageSize(1);  // only one row held: the export must still have them all
        page.cases()->reload();
        ListTable all = page.exportTable();
        QCOMPARE(all.headers.size(), page.cases()->columnCount());
        QCOMPARE(all.rows.size(), 3);
        QVERIFY(all.numericColumns.contains(7));  // the amount

        page.divisionFilter()->setPrefix(QStringLiteral("450126100"));
        ListTable binzhou = page.exportTable();
        QCOMPARE(binzhou.rows.size(), 2);
        QVERIFY2(binzhou.title.contains(QStringLiteral("宾州镇")), qPrintable(binzhou.title));
        for (const QStringList &row : std::as_const(binzhou.rows))
            QCOMPARE(row.at(1), QStringLiteral("宾阳县宾州镇商会"));
        page.yearFilter()->setCurrentIndex(page.yearFilter()->findData(2024));
        ListTable one = page.exportTable();
        QCOMPARE(one.rows.size(), 1);
        QCOMPARE(one.rows.first().at(4), QStringLiteral("韦建国"));
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(ListExport::writeCsv(one, csv).ok());
        QCOMPARE(csv.data().count("\r\n"), 2);  // the header and one case

        page.tabs()->setCurrentWidget(page.committeePanel());
        QCOMPARE(page.exportTable().rows.size(), 1);  // 宾州镇 only
        page.divisionFilter()->setPrefix(QString());
        QCOMPARE(page.exportTable().rows.size(), 2);
    }

    void thePartyExportIsTheFilteredList()
    {
        test::AppFixture f;
        for (qint64 chamber : {f.binzhou, f.lidang}) {
            PartyOrganization o;
            o.chamberId = chamber;
            o.name = QStringLiteral("党支部");
            o.members = 5;
            o.secretary = QStringLiteral("黄志强");
            QVERIFY(PartyService(f.workspace.db()).addOrganization(o).ok());
        }
        PartyPage page(f.workspace);
        page.reload();
        QCOMPARE(page.exportTable().rows.size(), 2);
        page.divisionFilter()->setPrefix(QStringLiteral("450126101"));
        const ListTable lidang = page.exportTable();
        QCOMPARE(lidang.rows.size(), 1);
        QCOMPARE(lidang.rows.first().at(1), QStringLiteral("宾阳县黎塘镇商会"));
        QCOMPARE(lidang.headers.size(), page.organizations()->columnCount());
        QVERIFY(lidang.numericColumns.contains(4));  // Party members
        QVERIFY2(lidang.title.contains(QStringLiteral("黎塘镇")), qPrintable(lidang.title));
        page.tabs()->setCurrentIndex(1);  // instructors: none on record
        QCOMPARE(page.exportTable().rows.size(), 0);
    }

    // A header click sorts the whole list in SQL. One row is fetched at a time, so the rows held
    // come page by page in the service's order, and the first row is the list's first, not the
    // first of the rows held. Cases: 韦建国 (宾州镇, 2024-03-04), 黄海燕 (宾州镇, 2022-06-15),
    // 蒙丽华 (黎塘镇, 2023-11-20); the usual order is the newest first.
    void theCaseListSortsInSqlOnAHeaderClick()
    {
        test::AppFixture f;
        Database &db = f.workspace.db();
        addCase(db, f.binzhou, "韦建国", QDate(2024, 3, 4));
        addCase(db, f.binzhou, "黄海燕", QDate(2022, 6, 15));
        addCase(db, f.lidang, "蒙丽华", QDate(2023, 11, 20));
        MediationPage page(f.workspace);
        PagedTableModel *cases = page.cases();
        QAbstractItemModelTester tester(cases, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cases->setPageSize(1);
        page.reload();
        auto applicants = [cases] {
            while (cases->canFetchMore({}))
                cases->fetchMore({});
            QStringList out;
            for (int row = 0; row < cases->rowCount(); ++row)
                out.append(cases->index(row, 4).data().toString());
            return out;
        };
        QCOMPARE(applicants(), (QStringList{QStringLiteral("韦建国"), QStringLiteral("蒙丽华"), QStringLiteral("黄海燕")}));

        QTableView *view = page.casePanel()->view();
        view->sortByColumn(3, Qt::AscendingOrder);  // received
        QCOMPARE(cases->rowCount(), 0);  // read again from the first page
        cases->fetchMore({});
        QCOMPARE(cases->rowCount(), 1);
        QCOMPARE(cases->index(0, 4).data().toString(), QStringLiteral("黄海燕"));  // the oldest of all, from one page
        QCOMPARE(applicants(), (QStringList{QStringLiteral("黄海燕"), QStringLiteral("蒙丽华"), QStringLiteral("韦建国")}));

        // Clicks on the header: township (宾州镇 before 黎塘镇, the newest first within one), then
        // received, ascending and on the second click descending.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView *header = view->horizontalHeader();
        auto click = [header](int column) {
            const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
        };
        click(0);
        QCOMPARE(cases->sortKey(), QStringLiteral("township"));
        QCOMPARE(applicants(), (QStringList{QStringLiteral("韦建国"), QStringLiteral("黄海燕"), QStringLiteral("蒙丽华")}));
        click(3);
        QCOMPARE(cases->sortKey(), QStringLiteral("received"));
        QVERIFY(!cases->sortDescending());
        QCOMPARE(applicants(), (QStringList{QStringLiteral("黄海燕"), QStringLiteral("蒙丽华"), QStringLiteral("韦建国")}));
        click(3);
        QVERIFY(cases->sortDescending());
        QCOMPARE(header->sortIndicatorSection(), 3);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(applicants(), (QStringList{QStringLiteral("韦建国"), QStringLiteral("蒙丽华"), QStringLiteral("黄海燕")}));
        QCOMPARE(cases->totalCount(), 3);
        // The export writes the list in the order shown.
        QCOMPARE(page.exportTable().rows.first().at(4), QStringLiteral("韦建国"));
        click(0);
        QCOMPARE(page.exportTable().rows.last().at(4), QStringLiteral("蒙丽华"));
        {
            MediationPage again(f.workspace);  // the sort is remembered with the columns
            QCOMPARE(again.cases()->sortKey(), QStringLiteral("township"));
        }
        click(0);
        QVERIFY(cases->sortDescending());
        click(0);  // a third click: back to the usual order
        QVERIFY(cases->sortKey().isEmpty());
        QCOMPARE(header->sortIndicatorSection(), -1);
        QCOMPARE(applicants(), (QStringList{QStringLiteral("韦建国"), QStringLiteral("蒙丽华"), QStringLiteral("黄海燕")}));
    }

    // Columns without a sort key ignore clicks: no indicator, and the list stays in its order.
    void aColumnWithoutASortKeyDoesNotSort()
    {
        RecordTableModel<int> model;
        model.setColumns({QStringLiteral("n"), QStringLiteral("n²")},
                         {[](const int &n, int role) { return role == Qt::DisplayRole ? QVariant(n) : QVariant(); },
                          [](const int &n, int role) { return role == Qt::DisplayRole ? QVariant(n * n) : QVariant(); }});
        model.setSortKeys({QString(), QStringLiteral("square")});
        const QList<int> rows = {3, 1, 2};
        model.setSource([&] { return int(rows.size()); }, [&](int offset, int limit) { return rows.mid(offset, limit < 0 ? -1 : limit); },
                        [](const int &n) { return qint64(n); });
        RecordListPanel panel(&model, QStringLiteral("test-unsorted"), {});
        model.reload();
        QHeaderView *header = panel.view()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), -1);
        panel.view()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), -1);
        QCOMPARE(model.sortColumn(), -1);
        panel.view()->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(model.sortKey(), QStringLiteral("square"));
        QVERIFY(model.sortDescending());
        panel.view()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), 1);  // back on the sorted column
        QCOMPARE(model.sortKey(), QStringLiteral("square"));
    }

    // Ctrl+N and Delete follow the tab: new cases and deleting a case only on the cases tab.
    void theMediationActionsFollowTheTab()
    {
        test::AppFixture f;
        const qint64 id = addCase(f.workspace.db(), f.binzhou, "韦建国", QDate(2024, 3, 4));
        MediationPage page(f.workspace);
        page.reload();
        page.cases()->fetchMore({});
        page.casePanel()->selectId(id);
        QVERIFY(page.canCreate());
        QVERIFY(page.canDelete());
        QSignalSpy spy(&page, &Page::actionsChanged);
        page.tabs()->setCurrentWidget(page.committeePanel());
        QCOMPARE(spy.count(), 1);
        QVERIFY(!page.canCreate());
        QVERIFY(!page.canDelete());
        page.tabs()->setCurrentWidget(page.casePanel());
        QCOMPARE(spy.count(), 2);
        QVERIFY(page.canCreate());
        QVERIFY(page.canDelete());
    }
};

QTEST_MAIN(RecordsTests)
#include "RecordsTests.moc"
