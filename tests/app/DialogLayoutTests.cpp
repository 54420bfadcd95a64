// SPDX-License-Identifier: GPL-3.0-or-later
// Every record dialog, new, in Chinese, as a clerk meets it on a 1366×768 screen: it fits; a
// blank form shows no red; and when errors appear under the fields typed into, no field moves
// (each message has its line kept from the start; only a message wrapping onto a second line
// pushes what is below it by that line). A field's
// problem shows once that field is touched, not because another one was.
#include "AppFixture.h"
#include "AppInfo.h"
#include "CaseDialog.h"
#include "ChamberEditor.h"
#include "CommitteeDialog.h"
#include "DisclosureDialog.h"
#include "EntryDialog.h"
#include "HonourDialog.h"
#include "InstructorDialog.h"
#include "MemberDialog.h"
#include "NeedDialog.h"
#include "OptionalDateEdit.h"
#include "PartyOrganizationDialog.h"
#include "PointsService.h"
#include "RuleDialog.h"
#include "VetoDialog.h"

#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <memory>

using namespace chamber;

namespace {

constexpr int kYear = 2025;

std::unique_ptr<RecordDialog> make(const QString &which, test::AppFixture &f)
{
    Workspace &w = f.workspace;
    const qint64 chamber = f.binzhou;
    if (which == QStringLiteral("case")) {
        MediationCase c;
        c.chamberId = chamber;
        return std::make_unique<CaseDialog>(w, c);
    }
    if (which == QStringLiteral("committee")) {
        MediationCommittee c;
        c.chamberId = chamber;
        return std::make_unique<CommitteeDialog>(w, c);
    }
    if (which == QStringLiteral("disclosure")) {
        Disclosure d;
        d.chamberId = chamber;
        return std::make_unique<DisclosureDialog>(w, d);
    }
    if (which == QStringLiteral("entry")) {
        PointsEntry e;
        e.chamberId = chamber;
        e.date = QDate(kYear, 6, 1);
        return std::make_unique<EntryDialog>(w, e);
    }
    if (which == QStringLiteral("honour")) {
        Honour h;
        h.chamberId = chamber;
        return std::make_unique<HonourDialog>(w, h);
    }
    if (which == QStringLiteral("instructor")) {
        PartyInstructor i;
        i.chamberId = chamber;
        return std::make_unique<InstructorDialog>(w, i);
    }
    if (which == QStringLiteral("member")) {
        Member m;
        m.chamberId = chamber;
        return std::make_unique<MemberDialog>(w, m);
    }
    if (which == QStringLiteral("need")) {
        ServiceRequest r;
        r.chamberId = chamber;
        return std::make_unique<NeedDialog>(w, r);
    }
    if (which == QStringLiteral("party")) {
        PartyOrganization o;
        o.chamberId = chamber;
        return std::make_unique<PartyOrganizationDialog>(w, o);
    }
    if (which == QStringLiteral("rule")) {
        PointsRule r;
        r.year = kYear;
        return std::make_unique<RuleDialog>(w, r);
    }
    Veto v;
    v.chamberId = chamber;
    v.year = kYear;
    return std::make_unique<VetoDialog>(w, v);
}

QList<QLabel *> problemLabels(QWidget *dialog)
{
    QList<QLabel *> out;
    for (QLabel *l : dialog->findChildren<QLabel *>())
        if (l->objectName().startsWith(QStringLiteral("problem_")) || l->objectName() == QStringLiteral("generalProblem"))
            out.append(l);
    return out;
}

QStringList shownProblems(QWidget *dialog)
{
    QStringList out;
    for (QLabel *l : problemLabels(dialog))
        if (!l->text().isEmpty())
            out.append(l->objectName() + QStringLiteral(": ") + l->text());
    return out;
}

// The top-left corner of every input field in the dialog, by object name.
QMap<QString, QPoint> fieldPositions(QWidget *dialog)
{
    QMap<QString, QPoint> out;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w)
                           || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<OptionalDateEdit *>(w);
        if (input && !w->objectName().isEmpty() && w->isVisible())
            out.insert(w->objectName(), w->mapTo(dialog, QPoint(0, 0)));
    }
    return out;
}

void shoot(QWidget *dialog, const QString &name)
{
    // CHAMBERDESK_DIALOG_SHOTS=folder: the dialogs as the test saw them, to look at.
    const QString folder = qEnvironmentVariable("CHAMBERDESK_DIALOG_SHOTS");
    if (!folder.isEmpty())
        dialog->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class DialogLayoutTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings();
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QLocale::setDefault(chinese);
        AppInfo::installTranslations(*QCoreApplication::instance(), chinese);
    }

    void errorsAppearInRoomKeptForThem_data()
    {
        QTest::addColumn<QString>("which");
        for (const char *name : {"case", "committee", "disclosure", "entry", "honour", "instructor", "member", "need", "party", "rule",
                                 "veto"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void errorsAppearInRoomKeptForThem()
    {
        QFETCH(QString, which);
        test::AppFixture f;
        {
            // The points dialogs need a year with a rule.
            PointsService points(f.workspace.db());
            QVERIFY(points.startYear(kYear).ok());
            PointsRule rule;
            rule.year = kYear;
            rule.categoryId = points.categories()->first().id;
            rule.description = QStringLiteral("为会员解决融资难题，每件");
            rule.pointsTenths = 50;
            QVERIFY(points.addRule(rule).ok());
        }
        const auto dialog = make(which, f);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QApplication::processEvents();
        shoot(dialog.get(), which + QStringLiteral("-blank"));

        // It fits a 1366×768 screen with the window manager's title bar (the room MainWindow leaves too).
        QVERIFY2(dialog->height() <= 768 - 48, qPrintable(QStringLiteral("%1 px tall").arg(dialog->height())));
        QVERIFY2(dialog->width() <= 1366, qPrintable(QStringLiteral("%1 px wide").arg(dialog->width())));
        // A blank new form: no red.
        QVERIFY2(shownProblems(dialog.get()).isEmpty(), qPrintable(shownProblems(dialog.get()).join(QLatin1Char('\n'))));
        QVERIFY(!problemLabels(dialog.get()).isEmpty());

        // Each message has one line kept for it from the start, visible and empty.
        QHash<QLabel *, int> reserved;
        for (QLabel *l : problemLabels(dialog.get())) {
            QVERIFY2(l->isVisible(), qPrintable(l->objectName()));
            reserved.insert(l, l->height());
        }
        const QMap<QString, QPoint> before = fieldPositions(dialog.get());
        // "abc" is no amount, count, phone number or code: the structured fields typed into get
        // their errors; names and notes take it.
        int typed = 0;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (!edit->isVisible() || !edit->isEnabled() || edit->isReadOnly() || qobject_cast<QSpinBox *>(edit->parentWidget())
                || qobject_cast<QComboBox *>(edit->parentWidget()))
                continue;
            // A date in the future is wrong for every date here.
            edit->setFocus();
            if (qobject_cast<OptionalDateEdit *>(edit))
                edit->clear();
            test::type(edit, qobject_cast<OptionalDateEdit *>(edit) ? QStringLiteral("2099-12-31") : QStringLiteral("abc"));
            ++typed;
        }
        QTest::qWait(50);  // the layouts settle (a minimum height grown is laid out in a posted event)
        shoot(dialog.get(), which + QStringLiteral("-errors"));
        QVERIFY(typed > 0);
        const QStringList shown = shownProblems(dialog.get());
        QVERIFY2(!shown.isEmpty(), "typing abc into every field shows no problem");
        QVERIFY(!dialog->saveButton()->isEnabled());
        // Fields move only by (at most) the lines a message too long for its line wrapped into — a
        // text box may give that room instead — never by a message's first line (the jump the
        // issue saw), and not at all when every message fits its line.
        const QMap<QString, QPoint> after = fieldPositions(dialog.get());
        int wrapped = 0;
        for (auto r = reserved.cbegin(); r != reserved.cend(); ++r)
            wrapped += std::max(0, r.key()->height() - r.value());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const int moved = after.value(it.key()).y() - it.value().y();
            QVERIFY2(wrapped == 0 ? moved == 0 : std::abs(moved) <= wrapped,
                     qPrintable(QStringLiteral("%1 moved from y %2 to y %3 (lines wrapped: %4 px) when these showed:\n%5")
                                    .arg(it.key())
                                    .arg(it.value().y())
                                    .arg(after.value(it.key()).y())
                                    .arg(wrapped)
                                    .arg(shown.join(QLatin1Char('\n')))));
        }
        // Leaving unsaved changes asks first: answered by closing without the question here.
        dialog->hide();
    }

    void theChamberEditorFitsWithItsLinesKept()
    {
        // The editor's tabs (basics, registration …) keep their lines too: still on the screen.
        test::AppFixture f;
        ChamberEditor editor(f.workspace, f.lidang);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        for (int i = 0; i < editor.tabs()->count(); ++i) {
            editor.tabs()->setCurrentIndex(i);
            QTest::qWait(20);
            shoot(&editor, QStringLiteral("editor-tab%1").arg(i));
            QVERIFY2(editor.height() <= 768 - 48, qPrintable(QStringLiteral("tab %1: %2 px tall").arg(i).arg(editor.height())));
            QVERIFY2(editor.width() <= 1366, qPrintable(QStringLiteral("tab %1: %2 px wide").arg(i).arg(editor.width())));
        }
        editor.hide();
    }

    void aFieldsProblemWaitsUntilItIsTouched()
    {
        test::AppFixture f;
        Member m;
        m.chamberId = f.binzhou;
        MemberDialog dialog(f.workspace, m);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The name is required, but the clerk typed the phone first: only the phone's problem shows.
        auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        QVERIFY(phone);
        phone->setFocus();
        test::type(phone, QStringLiteral("12a"));
        const QStringList shown = shownProblems(&dialog);
        QVERIFY2(shown.size() == 1 && shown.first().startsWith(QStringLiteral("problem_phone")), qPrintable(shown.join(QLatin1Char('\n'))));
        for (const QString &line : shown)
            QVERIFY2(!line.startsWith(QStringLiteral("problem_name")), qPrintable(line));
        // Save is off, and says why — the name too, though its line waits.
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.saveButton()->toolTip().count(QLatin1Char('\n')) >= 2, qPrintable(dialog.saveButton()->toolTip()));
        dialog.hide();
    }
};

QTEST_MAIN(DialogLayoutTests)
#include "DialogLayoutTests.moc"
