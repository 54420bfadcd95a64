// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven page by page on the sample ledger: file, mapping, preview, result;
// a file that is not a ledger; a mapping choice; Cancel while planning. Counts are by hand.
#include "AppFixture.h"
#include "ChamberService.h"
#include "DivisionCatalog.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewModel.h"
#include "ImportPreviewPage.h"
#include "ImportProgress.h"
#include "ImportResultPage.h"
#include "ImportSession.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace chamber;

namespace {

const QString kXlsx = QStringLiteral(CHAMBER_SHARED_DIR "/samples/binyang-ledger-2025.xlsx");

// A new, empty 宾阳县.
struct County
{
    QTemporaryDir dir;
    Workspace workspace;
    County()
    {
        const auto scope = DivisionCatalog::bundled().byCode(QStringLiteral("450126"));
        if (!scope || !workspace.create(dir.filePath(QStringLiteral("binyang.sqlite")), *scope).ok())
            qFatal("cannot create the test county");
    }
    QMap<QString, Chamber> chambers()
    {
        QMap<QString, Chamber> out;
        const auto all = ChamberService(workspace.db()).all();
        for (const auto &c : *all)
            out.insert(c.name, c);
        return out;
    }
};

} // namespace

class ImportWizardTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void importsTheSampleThroughEveryPage()
    {
        County county;
        QSignalSpy changed(&county.workspace, &Workspace::changed);
        ImportWizard wizard(county.workspace);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.filePage()->setPath(kXlsx);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QTableWidget *columns = wizard.mappingPage()->table();
        QCOMPARE(columns->rowCount(), 20);  // A 序号 … T 备注
        QCOMPARE(columns->item(2, 1)->text(), QStringLiteral("商会名称"));
        QCOMPARE(qobject_cast<QComboBox *>(columns->cellWidget(2, 3))->currentData().toString(), QStringLiteral("name"));
        QCOMPARE(qobject_cast<QComboBox *>(columns->cellWidget(0, 3))->currentData().toString(), QString());  // 序号
        QCOMPARE(columns->item(2, 2)->text(), QStringLiteral("宾阳县宾州镇商会"));
        QVERIFY(wizard.mappingPage()->problemLabel()->text().isEmpty());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
        ImportPreviewPage *preview = wizard.previewPage();
        QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(preview->model()->rowCount(), 11);
        QVERIFY(preview->countsLabel()->text().contains(QStringLiteral("11 to create")));
        QCOMPARE(preview->model()->index(0, ImportPreviewModel::ChamberColumn).data().toString(), QStringLiteral("宾阳县宾州镇商会"));
        QCOMPARE(preview->model()->index(0, ImportPreviewModel::ActionColumn).data(ImportPreviewModel::ActionRole).toString(),
                 QStringLiteral("create"));
        // Rows with a remark, by hand: month-only dates (3, 5, 7, 8, 9, 11, 13) and honours without a
        // year (4, 5, 11, 12); 新圩镇 (6) and 中华镇 (10) have none.
        preview->problemsOnlyBox()->setChecked(true);
        QCOMPARE(preview->view()->model()->rowCount(), 9);
        preview->problemsOnlyBox()->setChecked(false);
        QCOMPARE(preview->view()->model()->rowCount(), 11);
        QCOMPARE(wizard.button(QWizard::CommitButton)->text(), tr("&Import"));
        QVERIFY(county.chambers().isEmpty());  // the preview writes nothing

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPageId));
        QVERIFY(wizard.resultPage()->resultLabel()->text().contains(QStringLiteral("11 created")));
        QCOMPARE(changed.count(), 1);
        const auto chambers = county.chambers();
        QCOMPARE(chambers.size(), 11);
        QCOMPARE(chambers.value(QStringLiteral("宾阳县新圩镇商会")).founded, QDate(2010, 1, 24));
        QCOMPARE(chambers.value(QStringLiteral("宾阳县宾州镇商会")).presidentPhone, QStringLiteral("18153246119"));
    }

    void refusesAFileThatIsNotALedgerAndStays()
    {
        County county;
        const QString image = county.dir.filePath(QStringLiteral("台账.xlsx"));
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        f.close();
        ImportWizard wizard(county.workspace);
        wizard.show();
        wizard.filePage()->setPath(image);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(wizard.filePage()->problemLabel()->text().contains(QStringLiteral("PNG image")));
        wizard.filePage()->setPath(QStringLiteral(CHAMBER_IMPORT_DATA_DIR "/no-header.csv"));
        QVERIFY(wizard.filePage()->problemLabel()->text().isEmpty());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(wizard.filePage()->problemLabel()->text().contains(QStringLiteral("recognisable")));
        QVERIFY(county.chambers().isEmpty());
    }

    void readsXlsAndOdsWorkbooksAndOffersTheirSheets()
    {
        County county;
        ImportWizard wizard(county.workspace);
        wizard.show();
        // A password-protected .xls: refused on the first page, saying so.
        wizard.filePage()->setPath(QStringLiteral(CHAMBER_IMPORT_DATA_DIR "/encrypted-ledger.xls"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(wizard.filePage()->problemLabel()->text().contains(QStringLiteral("password")));
        // The .ods with three sheets: read, then its sheets offered to pick another when coming back.
        wizard.filePage()->setPath(QStringLiteral(CHAMBER_IMPORT_DATA_DIR "/merged-ledger.ods"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        wizard.back();
        QComboBox *sheets = wizard.filePage()->sheetBox();
        QCOMPARE(sheets->count(), 4);  // the first with a ledger, then 1. 说明, 2. 旧台账, 3. 台账
        QCOMPARE(sheets->itemText(3), QStringLiteral("3. 台账"));
        // The sample as .xls goes all the way through.
        wizard.filePage()->setPath(QStringLiteral(CHAMBER_IMPORT_DATA_DIR "/binyang-ledger-2025.xls"));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
        QCOMPARE(wizard.previewPage()->model()->rowCount(), 11);
        wizard.next();
        QCOMPARE(county.chambers().size(), 11);
        QCOMPARE(county.chambers().value(QStringLiteral("宾阳县新圩镇商会")).founded, QDate(2010, 1, 24));
    }

    void aColumnChosenByHandIsImported()
    {
        County county;
        ImportWizard wizard(county.workspace);
        wizard.show();
        wizard.filePage()->setPath(QStringLiteral(CHAMBER_IMPORT_DATA_DIR "/messy-ledger.csv"));
        wizard.next();
        ImportMappingPage *mapping = wizard.mappingPage();
        QVERIFY(mapping->problemLabel()->text().contains(QStringLiteral("片区")));  // column L, not known
        QVERIFY(!mapping->choose(11, QStringLiteral("name")));                       // taken by column C
        QVERIFY(mapping->choose(11, QStringLiteral("premises")));
        QCOMPARE(qobject_cast<QComboBox *>(mapping->table()->cellWidget(11, 3))->currentData().toString(), QStringLiteral("premises"));
        QVERIFY(!mapping->problemLabel()->text().contains(QStringLiteral("片区")));
        wizard.next();
        // 陈平镇's wrong credit code is held back; the chamber comes in.
        QVERIFY(wizard.previewPage()->countsLabel()->text().contains(QStringLiteral("4 to create")));
        QVERIFY(wizard.previewPage()->countsLabel()->text().contains(QStringLiteral("0 refused")));
        QVERIFY(wizard.previewPage()->countsLabel()->text().contains(QStringLiteral("1 values will be held back")));
        // The row itself says what is held back, naming the column and the value (not only a tooltip).
        ImportPreviewModel model;
        model.setPlan(&wizard.session().currentPlan());
        int chenping = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, ImportPreviewModel::ChamberColumn).data().toString() == QStringLiteral("宾阳县陈平镇商会"))
                chenping = r;
        QVERIFY(chenping >= 0);
        QVERIFY(model.index(chenping, ImportPreviewModel::ActionColumn).data().toString().contains(QStringLiteral("1 to verify")));
        const QString shown = model.index(chenping, ImportPreviewModel::ProblemsColumn).data().toString();
        QVERIFY(shown.startsWith(QStringLiteral("Held back, to verify: ")));
        QVERIFY(shown.contains(QStringLiteral("51450126MJ3016613P")));
        wizard.next();
        QCOMPARE(county.chambers().value(QStringLiteral("宾阳县宾州镇商会")).premises, QStringLiteral("城区"));
        QCOMPARE(county.chambers().size(), 4);
        // The result lists the held-back value with why, and offers the list to verify.
        ImportResultPage *result = wizard.resultPage();
        QVERIFY(result->resultLabel()->text().contains(QStringLiteral("1 values were held back")));
        QCOMPARE(result->problemList()->rowCount(), 1);
        QCOMPARE(result->problemList()->item(0, 1)->text(), QStringLiteral("宾阳县陈平镇商会"));
        QCOMPARE(result->problemList()->item(0, 4)->text(), QStringLiteral("51450126MJ3016613Q"));
        QVERIFY(!result->openToVerifyButton()->isHidden());
        const QString list = county.dir.filePath(QStringLiteral("to-verify.csv"));
        QVERIFY(wizard.session().saveReport(list).ok());
        QFile written(list);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(written.readAll()).contains(QStringLiteral("宾阳县陈平镇商会")));
        bool opened = false;
        connect(&wizard, &ImportWizard::openToVerify, this, [&opened] { opened = true; });
        result->openToVerifyButton()->click();
        QVERIFY(opened);
    }

    void theFileMenuOpensTheWizard()
    {
        County county;
        MainWindow window(county.workspace);
        QAction *import = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
                if (a->text().contains(QStringLiteral("Import a ledger")))
                    import = a;
        QVERIFY(import);
        QVERIFY(import->isEnabled());
        bool shown = false;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget())) {
                shown = wizard->currentId() == ImportWizard::FilePageId;
                wizard->reject();
            }
        });
        import->trigger();
        QVERIFY(shown);
    }

    void cancelWhilePlanningShowsNothingUntilPreviewedAgain()
    {
        County county;
        ImportWizard wizard(county.workspace);
        wizard.show();
        wizard.filePage()->setPath(kXlsx);
        wizard.next();
        // Cancel is pressed as soon as the planning lets events through.
        ImportPreviewPage *preview = wizard.previewPage();
        QTimer::singleShot(0, preview->progress()->cancelButton(), &QPushButton::click);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
        QVERIFY(preview->countsLabel()->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(preview->model()->rowCount(), 0);
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        preview->rebuild();
        QCOMPARE(preview->model()->rowCount(), 11);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(county.chambers().isEmpty());
    }
};

QTEST_MAIN(ImportWizardTests)
#include "ImportWizardTests.moc"
