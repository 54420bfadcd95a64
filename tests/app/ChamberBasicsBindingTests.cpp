// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11: the chamber editor's basics tab is bound to the chamber's description (FormBinding),
// as the record dialogs are. What the tab did by hand, the binding now does, and each is checked
// here through the widgets: every field loads and saves; the township is picked by any part of its
// name, and a name that is none is refused; the credit code is kept without spaces in capitals; the
// dissolution date counts only with the status dissolved; the liability box is yes, no or not known;
// the status box's items are numbered by ChamberStatus. Expected values are written by hand.
#include "AppFixture.h"
#include "ChamberBasicsTab.h"
#include "ChamberEditor.h"
#include "OptionalDateEdit.h"
#include "RecordKind.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace chamber;

namespace {

using test::field;

// A chamber with every field set, none to its default.
Chamber everyFieldSet()
{
    Chamber c;
    c.id = 42;
    c.townshipCode = QStringLiteral("450126101");  // 黎塘镇
    c.name = QStringLiteral("宾阳县黎塘镇商会");
    c.founded = QDate(2015, 3, 1);
    c.status = ChamberStatus::Dissolved;
    c.dissolved = QDate(2024, 5, 6);
    c.president = QStringLiteral("陆建华");
    c.presidentPhone = QStringLiteral("13907710001");
    c.secretaryGeneral = QStringLiteral("韦丽");
    c.secretaryPhone = QStringLiteral("0771-8221234");
    c.contactPerson = QStringLiteral("黄小明");
    c.contactPhone = QStringLiteral("13800000002");
    c.premises = QStringLiteral("黎塘镇民主路 8 号");
    c.fullTimeStaff = 3;
    c.activityFundsFen = 3050050;
    c.individualMembers = 40;
    c.unitMembers = 35;
    c.independentLiability = false;
    c.creditCode = QStringLiteral("51450126MJ1234561T");
    c.supervisingUnit = QStringLiteral("宾阳县工商业联合会");
    c.notes = QStringLiteral("换届于 2023 年");
    return c;
}

} // namespace

class ChamberBasicsBindingTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void everyFieldOfTheChamberIsBoundAndRoundTrips()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, 0);
        ChamberBasicsTab *tab = editor.basicsTab();
        // Each of the chamber's 20 described fields has its widget, and no widget names another.
        QStringList keys;
        for (QWidget *w : tab->findChildren<QWidget *>())
            if (const QVariant key = w->property("field"); key.isValid()) {
                QVERIFY2(recordKind(RecordKindId::Chamber).field(key.toString()), qPrintable(key.toString()));
                keys.append(key.toString());
            }
        QCOMPARE(keys.size(), 20);
        QCOMPARE(qsizetype(recordKind(RecordKindId::Chamber).fields.size()), 20);

        const Chamber c = everyFieldSet();
        tab->setChamber(c);
        QCOMPARE(field<QComboBox>(tab, "townshipCombo")->currentText(), QStringLiteral("黎塘镇"));
        QCOMPARE(field<QLineEdit>(tab, "fundsEdit")->text(), QStringLiteral("30500.50"));
        QCOMPARE(field<QSpinBox>(tab, "staffSpin")->value(), 3);
        QCOMPARE(field<QPlainTextEdit>(tab, "notesEdit")->toPlainText(), QStringLiteral("换届于 2023 年"));
        QVERIFY(tab->inputProblems().isEmpty());
        QVERIFY(tab->chamber() == c);

        // Not known: no staff count, no funds, liability not assessed.
        Chamber blank = c;
        blank.fullTimeStaff.reset();
        blank.activityFundsFen.reset();
        blank.independentLiability.reset();
        tab->setChamber(blank);
        QCOMPARE(field<QSpinBox>(tab, "staffSpin")->value(), field<QSpinBox>(tab, "staffSpin")->minimum());
        QVERIFY(field<QLineEdit>(tab, "fundsEdit")->text().isEmpty());
        QVERIFY(tab->chamber() == blank);
    }

    void theTownshipIsPickedByAnyPartOfItsNameAndANameThatIsNoneIsRefused()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, 0);
        editor.show();
        ChamberBasicsTab *tab = editor.basicsTab();
        auto *township = field<QComboBox>(tab, "townshipCombo");
        QCompleter *completer = township->completer();
        QVERIFY(completer);
        // "塘" is in the middle of 黎塘镇: found all the same, and so is any case of Latin text.
        completer->setCompletionPrefix(QStringLiteral("塘"));
        QStringList found;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            found.append(completer->currentCompletion());
        QVERIFY2(found.contains(QStringLiteral("黎塘镇")), qPrintable(found.join(QLatin1Char(' '))));
        for (const QString &name : found)
            QVERIFY2(name.contains(QStringLiteral("塘")), qPrintable(name));
        QCOMPARE(completer->caseSensitivity(), Qt::CaseInsensitive);
        QCOMPARE(township->insertPolicy(), QComboBox::NoInsert);

        // A township typed in full is stored by its code.
        test::type(township->lineEdit(), QStringLiteral("黎塘镇"));
        QCOMPARE(tab->chamber().townshipCode, QStringLiteral("450126101"));
        QVERIFY(tab->inputProblems().isEmpty());
        // A name that is no township of the database leaves it empty, and says so under the field.
        township->lineEdit()->clear();
        test::type(township->lineEdit(), QStringLiteral("不存在镇"));
        QVERIFY(tab->chamber().townshipCode.isEmpty());
        const Problems problems = tab->inputProblems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("township"));
        QCOMPARE(problems.first().message,
                 QStringLiteral("\"不存在镇\" is not a township of this database; pick one from the list."));
        // Nothing typed: no problem of its own (the rules say a township is missing).
        township->lineEdit()->clear();
        QVERIFY(tab->inputProblems().isEmpty());
    }

    void theCreditCodeIsKeptWithoutSpacesInCapitals()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, f.lidang);
        ChamberBasicsTab *tab = editor.basicsTab();
        auto *code = field<QLineEdit>(tab, "creditCodeEdit");
        code->clear();
        QTest::keyClicks(code, QStringLiteral(" 51450126mj 1234 561t "));
        QCOMPARE(tab->chamber().creditCode, QStringLiteral("51450126MJ1234561T"));
        QCOMPARE(code->maxLength(), 24);  // room for the spaces people type
    }

    void theDissolutionDateCountsOnlyWithTheStatusDissolved()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, 0);
        ChamberBasicsTab *tab = editor.basicsTab();
        auto *status = field<QComboBox>(tab, "statusCombo");
        auto *dissolved = field<OptionalDateEdit>(tab, "dissolvedEdit");
        QVERIFY(!dissolved->isEnabled());  // a new chamber is active
        status->setCurrentIndex(status->findData(int(ChamberStatus::Dissolved)));
        QVERIFY(dissolved->isEnabled());
        dissolved->setOptionalDate(QDate(2024, 5, 6));
        QCOMPARE(tab->chamber().dissolved, std::optional<QDate>(QDate(2024, 5, 6)));
        // Dormant: the date is not offered and not kept, though the widget still shows it.
        status->setCurrentIndex(status->findData(int(ChamberStatus::Dormant)));
        QVERIFY(!dissolved->isEnabled());
        QCOMPARE(tab->chamber().dissolved, std::nullopt);
        QCOMPARE(tab->chamber().status, ChamberStatus::Dormant);

        // A dissolved chamber loaded (its widgets' signals held back meanwhile) offers its date.
        Chamber c = everyFieldSet();
        tab->setChamber(c);
        QVERIFY(dissolved->isEnabled());
        c.status = ChamberStatus::Active;
        c.dissolved.reset();
        tab->setChamber(c);
        QVERIFY(!dissolved->isEnabled());
    }

    void theLiabilityBoxIsYesNoOrNotKnown()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, 0);
        ChamberBasicsTab *tab = editor.basicsTab();
        auto *liability = field<QComboBox>(tab, "liabilityCombo");
        QCOMPARE(liability->count(), 3);
        const QList<std::optional<bool>> inOrder = {std::nullopt, true, false};
        QCOMPARE(liability->itemText(0), QStringLiteral("not assessed"));
        QCOMPARE(liability->itemText(1), QStringLiteral("able to bear it"));
        QCOMPARE(liability->itemText(2), QStringLiteral("not able to bear it"));
        for (int i = 0; i < 3; ++i) {
            liability->setCurrentIndex(i);
            QCOMPARE(tab->chamber().independentLiability, inOrder[i]);
        }
        Chamber c = everyFieldSet();
        for (int i = 0; i < 3; ++i) {
            c.independentLiability = inOrder[i];
            tab->setChamber(c);
            QCOMPARE(liability->currentIndex(), i);
        }
    }

    void theStatusBoxIsNumberedByChamberStatus()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, 0);
        ChamberBasicsTab *tab = editor.basicsTab();
        auto *status = field<QComboBox>(tab, "statusCombo");
        QCOMPARE(status->count(), 3);
        const QList<std::pair<ChamberStatus, const char *>> statuses = {
            {ChamberStatus::Active, "active"}, {ChamberStatus::Dormant, "dormant"}, {ChamberStatus::Dissolved, "dissolved"}};
        for (const auto &[s, name] : statuses) {
            const int item = status->findData(int(s));
            QVERIFY(item >= 0);
            QCOMPARE(status->itemText(item), QString::fromLatin1(name));
            status->setCurrentIndex(item);
            QCOMPARE(tab->chamber().status, s);
            Chamber c = everyFieldSet();
            c.status = s;
            tab->setChamber(c);
            QCOMPARE(status->currentData().toInt(), int(s));
        }
    }
};

QTEST_MAIN(ChamberBasicsBindingTests)
#include "ChamberBasicsBindingTests.moc"
