// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: a record dialog saves over the version it opened, never over a later one. For each
// kind of record dialog: the record is opened, someone else saves it underneath (through the
// service, as another window or another clerk on a shared file would), and the dialog's save is
// refused with who saved it — the message the chamber editor shows — leaving the database as the
// other save left it. A dialog opened afterwards saves.
#include "AppFixture.h"
#include "CaseDialog.h"
#include "CommitteeDialog.h"
#include "DisclosureDialog.h"
#include "EntryDialog.h"
#include "HonourDialog.h"
#include "InstructorDialog.h"
#include "MemberDialog.h"
#include "NeedDialog.h"
#include "PartyOrganizationDialog.h"
#include "PointsService.h"
#include "RuleDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

#include <functional>

using namespace chamber;

namespace {

const QString kTheirs = QStringLiteral("另一位录入员的修改");
const QString kMine = QStringLiteral("本窗口的修改");

void typeNotes(QWidget *dialog, const QString &text)
{
    auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    QVERIFY(notes);
    notes->selectAll();
    test::type(notes, text);
}

// Opens the record in Dialog, saves it underneath, and saves from the dialog.
template<typename Dialog, typename T>
void staleSaveIsRefused(test::AppFixture &f, const std::function<Result<qint64>()> &add, const std::function<Result<T>(qint64)> &get,
                        const std::function<Status(const T &)> &update)
{
    const auto id = add();
    QVERIFY2(id, qPrintable(id.firstError()));
    const auto loaded = get(id.value());
    QVERIFY2(loaded, qPrintable(loaded.firstError()));
    Dialog dialog(f.workspace, loaded.value());
    dialog.show();

    T theirs = loaded.value();
    theirs.notes = kTheirs;
    const Status underneath = update(theirs);
    QVERIFY2(underneath, qPrintable(underneath.firstError()));

    typeNotes(&dialog, kMine);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.isVisible());  // still open: the clerk can reload and make the change again
    const auto *message = dialog.template findChild<QLabel *>(QStringLiteral("generalProblem"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QStringLiteral("saved this record after you opened it")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(Database::actor()), qPrintable(message->text()));  // who saved it
    QCOMPARE(get(id.value())->notes, kTheirs);  // their change stands

    // Opened again, on the record as it now is: the save goes through.
    Dialog fresh(f.workspace, get(id.value()).value());
    fresh.show();
    typeNotes(&fresh, kMine);
    QVERIFY(fresh.save());
    QCOMPARE(get(id.value())->notes, kMine);
}

// The same for a record without notes: text is the plain-text field the dialog edits (editor: its
// object name), and the record's text read and set through the two functions.
template<typename Dialog, typename T>
void staleSaveIsRefusedIn(test::AppFixture &f, qint64 id, const std::function<Result<T>(qint64)> &get, const std::function<Status(const T &)> &update,
                          const char *editor, const std::function<QString &(T &)> &text)
{
    const auto loaded = get(id);
    QVERIFY2(loaded, qPrintable(loaded.firstError()));
    Dialog dialog(f.workspace, loaded.value());
    dialog.show();

    T theirs = loaded.value();
    text(theirs) = kTheirs;
    const Status underneath = update(theirs);
    QVERIFY2(underneath, qPrintable(underneath.firstError()));

    auto *edit = dialog.template findChild<QPlainTextEdit *>(QString::fromLatin1(editor));
    QVERIFY(edit);
    edit->selectAll();
    test::type(edit, kMine);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.isVisible());
    const auto *message = dialog.template findChild<QLabel *>(QStringLiteral("generalProblem"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QStringLiteral("saved this record after you opened it")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(Database::actor()), qPrintable(message->text()));
    T now = get(id).value();
    QCOMPARE(text(now), kTheirs);  // their change stands

    Dialog fresh(f.workspace, get(id).value());
    fresh.show();
    auto *freshEdit = fresh.template findChild<QPlainTextEdit *>(QString::fromLatin1(editor));
    QVERIFY(freshEdit);
    freshEdit->selectAll();
    test::type(freshEdit, kMine);
    QVERIFY(fresh.save());
    now = get(id).value();
    QCOMPARE(text(now), kMine);
}

} // namespace

class StaleSaveTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void aStaleSaveFromARecordDialogIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"party organisation", "instructor", "disclosure", "honour", "committee", "case", "need", "member"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void aStaleSaveFromARecordDialogIsRefused()
    {
        QFETCH(QString, kind);
        test::AppFixture f;
        Session &s = f.workspace.session();
        const qint64 chamber = f.binzhou;
        if (kind == QLatin1String("party organisation")) {
            PartyOrganization o;
            o.chamberId = chamber;
            o.name = QStringLiteral("宾阳县宾州镇商会党支部");
            o.members = 5;
            o.secretary = QStringLiteral("黄志强");
            staleSaveIsRefused<PartyOrganizationDialog, PartyOrganization>(
                f, [&] { return s.party().addOrganization(o); }, [&](qint64 id) { return s.party().getOrganization(id); },
                [&](const PartyOrganization &r) { return s.party().updateOrganization(r); });
        } else if (kind == QLatin1String("instructor")) {
            PartyInstructor i;
            i.chamberId = chamber;
            i.name = QStringLiteral("韦志明");
            i.unit = QStringLiteral("宾阳县工商联");
            i.from = QDate(2023, 3, 1);
            staleSaveIsRefused<InstructorDialog, PartyInstructor>(
                f, [&] { return s.party().addInstructor(i); }, [&](qint64 id) { return s.party().getInstructor(id); },
                [&](const PartyInstructor &r) { return s.party().updateInstructor(r); });
        } else if (kind == QLatin1String("disclosure")) {
            Disclosure d;
            d.chamberId = chamber;
            d.period = QStringLiteral("2024");
            d.partyAffairs = true;
            d.disclosedOn = QDate(2024, 12, 20);
            staleSaveIsRefused<DisclosureDialog, Disclosure>(
                f, [&] { return s.disclosures().add(d); }, [&](qint64 id) { return s.disclosures().get(id); },
                [&](const Disclosure &r) { return s.disclosures().update(r); });
        } else if (kind == QLatin1String("honour")) {
            Honour h;
            h.chamberId = chamber;
            h.kind = HonourKind::RegionalFourGood;
            h.year = 2023;
            h.issuingBody = QStringLiteral("广西壮族自治区工商业联合会");
            staleSaveIsRefused<HonourDialog, Honour>(
                f, [&] { return s.honours().add(h); }, [&](qint64 id) { return s.honours().get(id); },
                [&](const Honour &r) { return s.honours().update(r); });
        } else if (kind == QLatin1String("committee")) {
            MediationCommittee m;
            m.chamberId = chamber;
            m.name = QStringLiteral("宾阳县宾州镇商会人民调解委员会");
            m.mediators = 5;
            staleSaveIsRefused<CommitteeDialog, MediationCommittee>(
                f, [&] { return s.mediation().addCommittee(m); }, [&](qint64 id) { return s.mediation().getCommittee(id); },
                [&](const MediationCommittee &r) { return s.mediation().updateCommittee(r); });
        } else if (kind == QLatin1String("case")) {
            MediationCase c;
            c.chamberId = chamber;
            c.receivedOn = QDate(2024, 3, 4);
            c.applicant = QStringLiteral("韦建国");
            c.respondent = QStringLiteral("宾阳县某建材有限公司");
            c.disputeType = DisputeType::Debt;
            staleSaveIsRefused<CaseDialog, MediationCase>(
                f, [&] { return s.cases().add(c); }, [&](qint64 id) { return s.cases().get(id); },
                [&](const MediationCase &r) { return s.cases().update(r); });
        } else if (kind == QLatin1String("need")) {
            ServiceRequest r;
            r.chamberId = chamber;
            r.requester = QStringLiteral("宾阳县恒丰米业有限公司");
            r.description = QStringLiteral("流动资金短缺");
            r.kind = NeedKind::Funding;
            r.raisedOn = QDate(2024, 5, 6);
            staleSaveIsRefused<NeedDialog, ServiceRequest>(
                f, [&] { return s.needs().add(r); }, [&](qint64 id) { return s.needs().get(id); },
                [&](const ServiceRequest &x) { return s.needs().update(x); });
        } else if (kind == QLatin1String("member")) {
            Member m;
            m.chamberId = chamber;
            m.name = QStringLiteral("宾阳县宏达建材有限公司");
            m.kind = MemberKind::Enterprise;
            staleSaveIsRefused<MemberDialog, Member>(
                f, [&] { return s.members().add(m); }, [&](qint64 id) { return s.members().get(id); },
                [&](const Member &x) { return s.members().update(x); });
        } else {
            QFAIL("no such kind");
        }
    }

    // Issue 15: the points entry and points rule dialogs pass the version they opened too.
    void aStalePointsSaveIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"points entry", "points rule"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void aStalePointsSaveIsRefused()
    {
        QFETCH(QString, kind);
        test::AppFixture f;
        PointsService &points = f.workspace.session().points();
        const int year = QDate::currentDate().year() - 1;
        QVERIFY(points.startYear(year).ok());
        PointsRule rule;
        rule.year = year;
        rule.categoryId = points.categories()->first().id;
        rule.description = QStringLiteral("为会员解决融资难题，每件");
        rule.pointsTenths = 50;
        const auto ruleId = points.addRule(rule);
        QVERIFY2(ruleId, qPrintable(ruleId.firstError()));
        if (kind == QLatin1String("points rule")) {
            staleSaveIsRefusedIn<RuleDialog, PointsRule>(
                f, ruleId.value(), [&](qint64 id) { return points.rule(id); }, [&](const PointsRule &r) { return points.updateRule(r); },
                "descriptionEdit", [](PointsRule &r) -> QString & { return r.description; });
            return;
        }
        PointsEntry entry;
        entry.chamberId = f.binzhou;
        entry.ruleId = ruleId.value();
        entry.date = QDate(year, 6, 1);
        entry.quantity = 2;
        entry.evidence = QStringLiteral("会议纪要");
        const auto entryId = points.addEntry(entry);
        QVERIFY2(entryId, qPrintable(entryId.firstError()));
        staleSaveIsRefusedIn<EntryDialog, PointsEntry>(
            f, entryId.value(), [&](qint64 id) { return points.entry(id); }, [&](const PointsEntry &e) { return points.updateEntry(e); },
            "evidenceEdit", [](PointsEntry &e) -> QString & { return e.evidence; });
    }
};

QTEST_MAIN(StaleSaveTests)
#include "StaleSaveTests.moc"
