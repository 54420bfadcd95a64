// SPDX-License-Identifier: GPL-3.0-or-later
// A clerk's keyboard, driven through the real widgets: a date typed into an empty date field, Tab
// through every field of the chamber editor in order, the status offered after 已登记 and the
// confirmation's default, the window's first size, Ctrl+End in a list loaded page by page.
#include "AppFixture.h"
#include "ChamberEditor.h"
#include "ChamberTableModel.h"
#include "ChambersPage.h"
#include "DivisionPicker.h"
#include "MainWindow.h"
#include "OptionalDateEdit.h"
#include "Page.h"
#include "RegistrationTab.h"
#include "UserGuide.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>
#include <QTimer>

using namespace chamber;

namespace {
using test::field;

// The field that has the focus, by name: the nearest named ancestor of the focus widget inside
// the editor (an editable combo box's line edit counts as the combo box).
QString focusedField(QWidget *root)
{
    for (QWidget *w = QApplication::focusWidget(); w && w != root; w = w->parentWidget())
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QStringLiteral("qt_")))
            return w->objectName();
    return QStringLiteral("(outside)");
}

// Answers the next message box with the given button once it shows, noting its default button.
void answerNextMessageBox(QMessageBox::StandardButton button, QMessageBox::StandardButton *defaultButton)
{
    QTimer::singleShot(0, [button, defaultButton] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                *defaultButton = box->standardButton(box->defaultButton());
                box->button(button)->click();
                return;
            }
        answerNextMessageBox(button, defaultButton);
    });
}
} // namespace

class KeyboardTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void aDateIsTypedIntoAnEmptyDateField()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, 0);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *name = field<QLineEdit>(&editor, "nameEdit");
        auto *founded = field<OptionalDateEdit>(&editor, "foundedEdit");
        QVERIFY(founded->text().isEmpty());
        QVERIFY(!founded->optionalDate());

        // Tab reaches the empty field; the digits typed are the date, in either separator.
        name->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focusedField(&editor), QStringLiteral("foundedEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2011/10/10"));
        QCOMPARE(founded->optionalDate(), std::optional<QDate>(QDate(2011, 10, 10)));
        // Shift+Tab leaves with what was typed, shown in the one format.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(focusedField(&editor), QStringLiteral("nameEdit"));
        QCOMPARE(founded->text(), QStringLiteral("2011-10-10"));
        QCOMPARE(founded->optionalDate(), std::optional<QDate>(QDate(2011, 10, 10)));

        // A click on the field lets one type over it; a date that does not exist is kept as typed,
        // marked, and never becomes another date.
        QTest::mouseClick(founded, Qt::LeftButton);
        QCOMPARE(focusedField(&editor), QStringLiteral("foundedEdit"));
        founded->selectAll();
        QTest::keyClicks(founded, QStringLiteral("2011-02-30"));
        QCOMPARE(founded->text(), QStringLiteral("2011-02-30"));
        QVERIFY(!founded->isInputValid());
        QVERIFY(founded->optionalDate() != std::optional<QDate>(QDate(2011, 3, 2)));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(field<QLabel>(&editor, "foundedProblem")->isVisible());
        founded->selectAll();
        QTest::keyClicks(founded, QStringLiteral("2011-10-10"));
        QVERIFY(founded->isInputValid());
        QCOMPARE(founded->optionalDate(), std::optional<QDate>(QDate(2011, 10, 10)));

        // Emptied, it is no date again; opening the calendar does not fill in today.
        founded->selectAll();
        QTest::keyClick(founded, Qt::Key_Delete);
        QVERIFY(!founded->optionalDate());
        QTest::keyClick(founded, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(founded->calendar() && founded->calendar()->isVisible());
        QTest::keyClick(founded->calendar(), Qt::Key_Escape);
        QVERIFY(!founded->calendar()->isVisible());
        QVERIFY(founded->text().isEmpty());
        QVERIFY(!founded->optionalDate());
        // Picking a day in it sets that day.
        founded->showCalendar();
        founded->calendar()->setSelectedDate(QDate(2015, 3, 1));
        emit founded->calendar()->activated(QDate(2015, 3, 1));
        QCOMPARE(founded->text(), QStringLiteral("2015-03-01"));
    }

    void tabReachesEveryFieldOfTheChamberEditorInOrder()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, 0);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        // Dissolved, so that the dissolution date is open to typing too.
        auto *status = field<QComboBox>(&editor, "statusCombo");
        status->setCurrentIndex(status->findData(int(ChamberStatus::Dissolved)));
        field<QComboBox>(&editor, "townshipCombo")->setFocus();
        const QStringList expected = {
            QStringLiteral("townshipCombo"),  QStringLiteral("nameEdit"),         QStringLiteral("foundedEdit"),
            QStringLiteral("statusCombo"),    QStringLiteral("dissolvedEdit"),    QStringLiteral("creditCodeEdit"),
            QStringLiteral("supervisingUnitEdit"),
            // Then as the groups are read: 会员与办会条件 to the right, 负责人和联系方式 below, 备注 last.
            QStringLiteral("individualSpin"), QStringLiteral("unitSpin"),         QStringLiteral("premisesEdit"),
            QStringLiteral("staffSpin"),      QStringLiteral("fundsEdit"),        QStringLiteral("liabilityCombo"),
            QStringLiteral("presidentEdit"),  QStringLiteral("presidentPhoneEdit"), QStringLiteral("secretaryEdit"),
            QStringLiteral("secretaryPhoneEdit"), QStringLiteral("contactPersonEdit"), QStringLiteral("contactPhoneEdit"),
            QStringLiteral("notesEdit"),
        };
        QStringList reached{focusedField(&editor)};
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.append(focusedField(&editor));
        }
        QCOMPARE(reached, expected);

        // 专职工作人员 shows 未填写 (not recorded) when empty: reached by Tab, typed over, and by a
        // click on its words too.
        auto *staff = field<QSpinBox>(&editor, "staffSpin");
        QCOMPARE(staff->value(), staff->minimum());
        staff->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(staff, QStringLiteral("3"));
        QCOMPARE(staff->value(), 3);
        staff->setValue(staff->minimum());
        field<QLineEdit>(&editor, "nameEdit")->setFocus();
        QTest::mouseClick(staff, Qt::LeftButton, {}, QPoint(10, staff->height() / 2));
        QCOMPARE(focusedField(&editor), QStringLiteral("staffSpin"));
        QTest::keyClicks(staff, QStringLiteral("2"));
        QCOMPARE(staff->value(), 2);
    }

    void afterRegisteringNeitherDeregisteringIsOfferedNorYesTheDefault()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, f.lidang);  // applied: the next step is 已登记
        editor.show();
        RegistrationTab *tab = editor.registrationTab();
        auto *status = field<QComboBox>(tab, "changeStatusCombo");
        auto *record = field<QPushButton>(tab, "recordButton");
        QCOMPARE(status->currentData().toInt(), int(RegistrationStatus::Registered));
        field<QDateEdit>(tab, "changeDateEdit")->setDate(QDate(2025, 1, 6));
        QCOMPARE(field<QDateEdit>(tab, "changeDateEdit")->text(), QStringLiteral("2025-01-06"));
        test::type(field<QLineEdit>(tab, "changeCodeEdit"), QStringLiteral("51450126MJ1234561T"));
        QVERIFY(record->isEnabled());

        // The irreversible confirmation: No is the default; answering No records nothing.
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        answerNextMessageBox(QMessageBox::No, &defaultButton);
        record->click();
        QCOMPARE(defaultButton, QMessageBox::No);
        QCOMPARE(tab->currentStatus(), RegistrationStatus::Applied);
        defaultButton = QMessageBox::NoButton;
        answerNextMessageBox(QMessageBox::Yes, &defaultButton);
        record->click();
        QCOMPARE(defaultButton, QMessageBox::No);
        QCOMPARE(tab->currentStatus(), RegistrationStatus::Registered);

        // Nothing is preselected now — least of all 已注销 — and nothing can be recorded by Enter.
        QVERIFY(status->currentIndex() < 0 || status->currentData().toInt() != int(RegistrationStatus::Deregistered));
        QVERIFY(!record->isEnabled());
        // The checklist no longer invites the chamber to apply.
        const QString summary = field<QLabel>(tab, "readinessSummary")->text();
        QVERIFY2(!summary.contains(QStringLiteral("can apply")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("registered")), qPrintable(summary));
    }

    void theFirstWindowFitsA1366x768Screen()
    {
        // A 1366×768 screen with a 40-pixel panel: the window, frame included, stays inside it.
        const QRect available(0, 0, 1366, 728);
        const QSize size = MainWindow::initialSize(available);
        QVERIFY(size.width() + 16 <= available.width());
        QVERIFY(size.height() + 48 <= available.height());
        QVERIFY(size.width() >= 1200 && size.height() >= 600);

        // And every page fits that size: nothing forces the window (and its status bar) taller.
        test::AppFixture f;
        MainWindow window(f.workspace);
        window.resize(size);
        window.show();
        for (const QString &key : window.pageKeys()) {
            window.showPage(key);
            QApplication::processEvents();
            const QSize least = window.minimumSizeHint();
            QVERIFY2(least.width() <= size.width() && least.height() <= size.height(),
                     qPrintable(QStringLiteral("%1 needs %2×%3").arg(key).arg(least.width()).arg(least.height())));
        }
        QVERIFY(window.statusBar()->isVisible());
    }

    void ctrlEndGoesToTheLastRowOfAPagedList()
    {
        test::AppFixture f;
        ChambersPage page(f.workspace);
        page.model()->setPageSize(2);
        page.reload();
        page.show();
        QTableView *view = page.view();
        QCOMPARE(page.model()->totalCount(), 7);
        QVERIFY(page.model()->rowCount() < 7);
        view->setFocus();
        view->setCurrentIndex(page.model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(page.model()->rowCount(), 7);
        QCOMPARE(view->currentIndex().row(), 6);
    }

    void enterInTheScopeSearchPicksTheOneMatch()
    {
        DivisionPicker picker;
        picker.show();
        auto *search = picker.findChild<QLineEdit *>();
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("4501"));  // 南宁市 and its counties: more than one
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!picker.selected());
        search->clear();
        QTest::keyClicks(search, QStringLiteral("450126"));  // 宾阳县 alone
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(picker.selected());
        QCOMPARE(picker.selected()->code, QStringLiteral("450126"));
    }

    void theUserGuideOpensFromTheHelpMenu()
    {
        // Beside a build the guide is the source tree's docs/user-guide.md.
        const QString path = UserGuide::locate();
        QVERIFY2(path.endsWith(QStringLiteral("docs/user-guide.md")), qPrintable(UserGuide::candidates().join(QLatin1Char(' '))));
        QWidget parent;
        UserGuide::show(&parent);
        auto *browser = parent.findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(QStringLiteral("用户指南")));
        // Pointed elsewhere with nothing there, it is not found (and the menu then says where it looked).
        qputenv("CHAMBERDESK_DOCS", QByteArrayLiteral("/nonexistent"));
        QVERIFY(UserGuide::candidates().first().startsWith(QStringLiteral("/nonexistent")));
        qunsetenv("CHAMBERDESK_DOCS");
    }
};

QTEST_MAIN(KeyboardTests)
#include "KeyboardTests.moc"
