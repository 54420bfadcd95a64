// SPDX-License-Identifier: GPL-3.0-or-later
// The chamber editor driven through its widgets: a chamber made in the editor shows up in the
// list; a wrong credit code blocks Save and names the character expected; the registration tab.
#include "AppFixture.h"
#include "ChamberBasicsTab.h"
#include "ChamberEditor.h"
#include "ChamberFilterBar.h"
#include "ChamberTableModel.h"
#include "ChamberService.h"
#include "ChambersPage.h"
#include "RegistrationHistoryModel.h"
#include "RegistrationTab.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace chamber;

namespace {
using test::field;

// The problems the editor shows, for failure messages.
QString visibleProblems(QWidget *editor)
{
    QStringList out;
    for (const QLabel *l : editor->findChildren<QLabel *>())
        if (l->objectName().endsWith(QStringLiteral("Problem")) && !l->text().isEmpty())
            out.append(l->objectName() + QStringLiteral(": ") + l->text());
    return out.join(QLatin1Char('\n'));
}

// Answers the next message box with the given button, once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
        answerNextMessageBox(button);
    });
}
} // namespace

class ChamberEditorTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void aChamberMadeInTheEditorIsFoundInTheList()
    {
        test::AppFixture f;
        ChambersPage page(f.workspace);
        page.reload();
        QCOMPARE(page.model()->totalCount(), 7);

        ChamberEditor editor(f.workspace, 0, &page);
        editor.show();
        QVERIFY(!editor.saveButton()->isEnabled());  // nothing typed yet
        auto *township = field<QComboBox>(&editor, "townshipCombo");
        township->setCurrentIndex(township->findData(QStringLiteral("450126107")));  // 大桥镇
        test::type(field<QLineEdit>(&editor, "nameEdit"), QStringLiteral("宾阳县大桥镇商会"));
        test::type(field<QLineEdit>(&editor, "presidentEdit"), QStringLiteral("陆建华"));
        test::type(field<QLineEdit>(&editor, "contactPhoneEdit"), QStringLiteral("13907710001"));
        field<QSpinBox>(&editor, "unitSpin")->setValue(35);
        test::type(field<QLineEdit>(&editor, "fundsEdit"), QStringLiteral("3万"));
        QVERIFY(editor.isDirty());
        QVERIFY2(editor.saveButton()->isEnabled(), qPrintable(visibleProblems(&editor)));
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QTest::keySequence(&editor, QKeySequence::Save);
        QVERIFY(editor.chamberId() != 0);
        QVERIFY(!editor.isDirty());
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(editor.registrationTab()->findChild<QGroupBox *>(QStringLiteral("changeGroup"))->isEnabled());

        page.filterBar()->setSearchText(QStringLiteral("大桥"));
        QCOMPARE(page.model()->totalCount(), 1);
        page.model()->fetchMore({});
        const ChamberRow &row = page.model()->rowAt(0);
        QCOMPARE(row.chamber.id, editor.chamberId());
        QCOMPARE(row.chamber.president, QStringLiteral("陆建华"));
        QCOMPARE(row.chamber.activityFundsFen, std::optional<qint64>(3000000));
        QCOMPARE(page.model()->index(0, ChamberTableModel::TownshipColumn).data().toString(), QStringLiteral("大桥镇"));
        QCOMPARE(page.model()->index(0, ChamberTableModel::MembersColumn).data().toString(), QStringLiteral("35"));
    }

    void aWrongCreditCodeBlocksSaveAndNamesTheExpectedCharacter()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, f.lidang);
        editor.show();
        auto *code = field<QLineEdit>(&editor, "creditCodeEdit");
        auto *problem = field<QLabel>(&editor, "creditCodeProblem");
        QVERIFY(problem->text().isEmpty());  // its line kept, empty
        // 51450126MJ1234561T is valid; the same with a wrong last character is not.
        test::type(code, QStringLiteral("51450126MJ1234561X"));
        QVERIFY(editor.isDirty());
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("expected T")), qPrintable(problem->text()));
        QCOMPARE(problem->property("problem").toString(), QStringLiteral("error"));

        QTest::keyClick(code, Qt::Key_Backspace);
        test::type(code, QStringLiteral("T"));
        QVERIFY2(editor.saveButton()->isEnabled(), qPrintable(code->text() + QLatin1Char(' ') + visibleProblems(&editor)));
        QVERIFY(problem->text().isEmpty());  // its line kept, empty
        // Taken by another chamber: refused as well, before the database would refuse it.
        code->clear();
        test::type(code, QStringLiteral("51450126MJ749118X0"));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("宾阳县甘棠镇商会")));
    }

    void otherProblemsShowBesideTheirFields()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, f.binzhou);
        editor.show();
        auto *name = field<QLineEdit>(&editor, "nameEdit");
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QVERIFY(field<QLabel>(&editor, "nameProblem")->isVisible());
        QVERIFY(!editor.saveButton()->isEnabled());
        test::type(name, QStringLiteral("宾阳县宾州镇个体私营企业商会"));  // the township's other chamber
        QVERIFY(field<QLabel>(&editor, "nameProblem")->isVisible());
        QVERIFY(!editor.saveButton()->isEnabled());
        name->clear();
        test::type(name, QStringLiteral("宾阳县宾州镇总商会"));
        QVERIFY(editor.saveButton()->isEnabled());

        test::type(field<QLineEdit>(&editor, "fundsEdit"), QStringLiteral("abc"));
        QVERIFY(field<QLabel>(&editor, "fundsProblem")->isVisible());
        QVERIFY(!editor.saveButton()->isEnabled());
    }

    void closingWithUnsavedChangesAsksFirst()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, f.binzhou);
        editor.show();
        test::type(field<QLineEdit>(&editor, "presidentEdit"), QStringLiteral("覃"));
        answerNextMessageBox(QMessageBox::Cancel);  // keep editing
        editor.reject();
        QVERIFY(editor.isVisible());
        answerNextMessageBox(QMessageBox::Save);
        editor.reject();
        QVERIFY(!editor.isVisible());
        QCOMPARE(ChamberService(f.workspace.db()).get(f.binzhou)->president, QStringLiteral("覃"));
    }

    void registrationTabShowsHistoryChecklistAndRecords()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, f.lidang);
        editor.show();
        RegistrationTab *tab = editor.registrationTab();
        auto *view = tab->findChild<QTableView *>(QStringLiteral("historyView"));
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(tab->currentStatus(), RegistrationStatus::Applied);

        auto *tree = tab->findChild<QTreeWidget *>(QStringLiteral("readinessTree"));
        QCOMPARE(tree->topLevelItemCount(), 6);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            QCOMPARE(tree->topLevelItem(i)->data(1, Qt::UserRole).toString(), QStringLiteral("met"));
        // The checklist follows the Basics tab as it is typed, before anything is saved.
        field<QComboBox>(&editor, "liabilityCombo")->setCurrentIndex(0);
        QCOMPARE(tree->topLevelItem(5)->data(1, Qt::UserRole).toString(), QStringLiteral("unknown"));
        field<QSpinBox>(&editor, "unitSpin")->setValue(0);
        QCOMPARE(tree->topLevelItem(0)->data(1, Qt::UserRole).toString(), QStringLiteral("not_met"));

        // The next step is offered: registered, which needs a valid credit code.
        auto *record = tab->findChild<QPushButton *>(QStringLiteral("recordButton"));
        auto *status = tab->findChild<QComboBox *>(QStringLiteral("changeStatusCombo"));
        QCOMPARE(status->currentData().toInt(), int(RegistrationStatus::Registered));
        tab->findChild<QDateEdit *>(QStringLiteral("changeDateEdit"))->setDate(QDate(2025, 1, 6));
        QVERIFY(!record->isEnabled());
        auto *code = tab->findChild<QLineEdit *>(QStringLiteral("changeCodeEdit"));
        test::type(code, QStringLiteral("51450126MJ3016613P"));  // 宾州镇商会's code
        QVERIFY(!record->isEnabled());
        code->clear();
        test::type(code, QStringLiteral("51450126MJ1234567X"));
        QVERIFY(!record->isEnabled());
        QVERIFY(!tab->findChild<QLabel *>(QStringLiteral("changeCodeProblem"))->text().isEmpty());

        code->clear();
        test::type(code, QStringLiteral("51450126MJ1234561T"));
        QVERIFY(record->isEnabled());
        answerNextMessageBox(QMessageBox::Yes);
        record->click();
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(tab->currentStatus(), RegistrationStatus::Registered);
        // Recording "registered" put the code on the chamber, and the Basics tab shows it.
        QCOMPARE(field<QLineEdit>(&editor, "creditCodeEdit")->text(), QStringLiteral("51450126MJ1234561T"));
        QCOMPARE(ChamberService(f.workspace.db()).get(f.lidang)->creditCode, QStringLiteral("51450126MJ1234561T"));
    }
};

QTEST_MAIN(ChamberEditorTests)
#include "ChamberEditorTests.moc"
