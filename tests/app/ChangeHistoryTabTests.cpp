// SPDX-License-Identifier: GPL-3.0-or-later
// The chamber editor's 修改记录 tab: a chamber's changes with each field before and after, and
// 撤销此修改; and a save refused because someone else saved the chamber since, with Reload.
#include "AppFixture.h"
#include "ChamberEditor.h"
#include "ChamberService.h"
#include "ChangeHistoryDialog.h"
#include "ChangeHistory.h"
#include "ChangeHistoryTab.h"
#include "MemberService.h"
#include "OptionalDateEdit.h"
#include "PointsService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace chamber;

namespace {

// Clicks the button with this text in the next message box of this name, once it shows.
void answerNextBox(const QString &name, const QString &buttonText)
{
    QTimer::singleShot(0, [name, buttonText] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible() && box->objectName() == name) {
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == buttonText) {
                        b->click();
                        return;
                    }
            }
        answerNextBox(name, buttonText);
    });
}

} // namespace

class ChangeHistoryTabTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void theTabListsAChangeBeforeAndAfterAndUndoesIt()
    {
        test::AppFixture f;
        ChamberService chambers(f.workspace.db());
        const QString before = QStringLiteral("韦春梅");
        Chamber edited = *chambers.get(f.binzhou);
        edited.president = before;
        QVERIFY(chambers.update(edited).ok());
        edited.president = QStringLiteral("张三");
        QVERIFY(chambers.update(edited).ok());

        ChamberEditor editor(f.workspace, f.binzhou);
        editor.show();
        ChangeHistoryTab *tab = editor.historyTab();
        QVERIFY(tab);
        QCOMPARE(editor.tabs()->tabText(editor.tabs()->indexOf(tab)), QStringLiteral("Change history"));
        QTableWidget *table = tab->table();
        QVERIFY(table->rowCount() >= 2);  // the chamber's creation and the edit, newest first
        QCOMPARE(table->item(0, 1)->text(), ChangeHistory::actorName(Database::actor()));
        const QString fields = table->item(0, 4)->text();
        QVERIFY2(fields.contains(before) && fields.contains(QStringLiteral("张三")) && fields.contains(QStringLiteral("→")), qPrintable(fields));
        QVERIFY(!tab->undoButton()->isEnabled());  // nothing selected

        table->selectRow(0);
        QVERIFY(tab->undoButton()->isEnabled());
        QVERIFY(tab->undoSelected(false));
        QCOMPARE(chambers.get(f.binzhou)->president, before);
        // The editor shows the chamber as it now is, and the undo is the newest line.
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("presidentEdit"))->text(), before);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("undone"));
        // The edit cannot be undone twice: refused, with the reason shown, nothing written.
        table->selectRow(1);
        QVERIFY(!tab->undoSelected(false));
        QCOMPARE(chambers.get(f.binzhou)->president, before);
        QVERIFY(!tab->findChild<QLabel *>(QStringLiteral("problem"))->isHidden());
    }

    void oneRecordOfSeveralAddedTogetherIsUndoneAlone()
    {
        // Three members added in one transaction share one line of the log (issue 16); the tab
        // shows a row for each, and undoing one row takes back that member only.
        test::AppFixture f;
        Database &db = f.workspace.db();
        MemberService members(db);
        QList<qint64> ids;
        {
            Transaction tx(db);
            for (const QString &name : {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")}) {
                Member m;
                m.chamberId = f.binzhou;
                m.kind = MemberKind::Individual;
                m.name = name;
                ids.append(members.add(m).value());
            }
            QVERIFY(tx.commit().ok());
        }
        ChamberEditor editor(f.workspace, f.binzhou);
        editor.show();
        QTableWidget *table = editor.historyTab()->table();
        QList<int> rows;
        qint64 change = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            for (qint64 id : ids)
                if (table->item(row, 2)->text() == tr("%1 %2").arg(ChangeHistory::entityName(QStringLiteral("member"))).arg(id)) {
                    rows.append(row);
                    const qint64 line = table->item(row, 0)->data(Qt::UserRole).toLongLong();
                    QVERIFY(change == 0 || change == line);  // one line for the three
                    change = line;
                }
        QCOMPARE(rows.size(), 3);
        table->selectRow(rows[1]);  // newest first: the second member
        QVERIFY(editor.historyTab()->undoSelected(false));
        QVERIFY(!members.get(ids[1]).ok());  // gone
        QCOMPARE(members.get(ids[0])->name, QStringLiteral("甲"));
        QCOMPARE(members.get(ids[2])->name, QStringLiteral("丙"));
        MemberQuery ofBinzhou;
        ofBinzhou.chamberId = f.binzhou;
        QCOMPARE(members.list(ofBinzhou)->size(), 2);
    }

    void theEditMenusHistoryShowsEveryRecordKindAndUndoes()
    {
        // 编辑 → 修改记录: a points rule's change belongs to no chamber, yet it is listed and undone.
        test::AppFixture f;
        PointsService points(f.workspace.db());
        const int year = 2025;
        QVERIFY(points.startYear(year).ok());
        PointsRule rule;
        rule.year = year;
        rule.categoryId = points.categories()->first().id;
        rule.description = QStringLiteral("为会员解决融资难题，每件");
        rule.pointsTenths = 500;
        const qint64 ruleId = points.addRule(rule).value();
        rule = *points.rule(ruleId);
        rule.pointsTenths = 300;
        QVERIFY(points.updateRule(rule).ok());

        ChangeHistoryDialog dialog(f.workspace);
        dialog.show();
        QTableWidget *table = dialog.history()->table();
        QVERIFY(table->rowCount() >= 3);  // the year, the rule's creation and its edit at least
        const QString fields = table->item(0, 4)->text();
        QVERIFY2(fields.contains(QStringLiteral("50")) && fields.contains(QStringLiteral("30")) && fields.contains(QStringLiteral("→")),
                 qPrintable(fields));
        table->selectRow(0);
        QVERIFY(dialog.history()->undoSelected(false));
        QCOMPARE(points.rule(ruleId)->pointsTenths, 500);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("undone"));

        // Narrowed by user: another clerk's name shows nothing; this one's shows them all again.
        const int all = table->rowCount();
        dialog.userEdit()->setText(QStringLiteral("someone-else"));
        dialog.apply();
        QCOMPARE(table->rowCount(), 0);
        dialog.userEdit()->setText(Database::actor());
        dialog.apply();
        QCOMPARE(table->rowCount(), all);
        // Narrowed by date: nothing was changed after tomorrow.
        dialog.sinceEdit()->setOptionalDate(QDate::currentDate().addDays(1));
        dialog.apply();
        QCOMPARE(table->rowCount(), 0);
        dialog.hide();
    }

    void aSaveAfterSomeoneElseSavedIsRefusedAndReloads()
    {
        test::AppFixture f;
        ChamberEditor editor(f.workspace, f.lidang);
        editor.show();
        // Meanwhile another clerk saves the chamber.
        ChamberService chambers(f.workspace.db());
        Chamber theirs = *chambers.get(f.lidang);
        theirs.contactPerson = QStringLiteral("蓝海燕");
        QVERIFY(chambers.update(theirs).ok());

        auto *president = editor.findChild<QLineEdit *>(QStringLiteral("presidentEdit"));
        president->setFocus();
        president->selectAll();
        test::type(president, QStringLiteral("李四"));
        QVERIFY(editor.saveButton()->isEnabled());
        answerNextBox(QStringLiteral("staleSave"), QStringLiteral("Reload"));
        QVERIFY(!editor.save());
        // Nothing overwritten: their change stands, mine was not written, the editor shows theirs.
        QCOMPARE(chambers.get(f.lidang)->contactPerson, QStringLiteral("蓝海燕"));
        QVERIFY(chambers.get(f.lidang)->president != QStringLiteral("李四"));
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("contactPersonEdit"))->text(), QStringLiteral("蓝海燕"));
        QVERIFY(!editor.isDirty());
        // Edited again on what is saved now, it saves.
        president->selectAll();
        test::type(president, QStringLiteral("李四"));
        QVERIFY(editor.save());
        QCOMPARE(chambers.get(f.lidang)->president, QStringLiteral("李四"));
        QCOMPARE(chambers.get(f.lidang)->contactPerson, QStringLiteral("蓝海燕"));
    }
};

QTEST_MAIN(ChangeHistoryTabTests)
#include "ChangeHistoryTabTests.moc"
