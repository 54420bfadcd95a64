// SPDX-License-Identifier: GPL-3.0-or-later
// Issues 11 and 15 in the app: a list whose read fails shows the database's message in its page,
// in place of the rows, never an empty list; once the file reads again, the list is back.
#include "AppFixture.h"
#include "ChamberEditor.h"
#include "ChamberTableModel.h"
#include "ChambersPage.h"
#include "PartyPage.h"
#include "PartyService.h"
#include "RecordListPanel.h"
#include "ListExport.h"
#include "MediationPage.h"
#include "RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QLabel>
#include <QMessageBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace chamber;

namespace {

void rename(test::AppFixture &f, const QString &from, const QString &to)
{
    QSqlQuery q(f.workspace.db().sql());
    QVERIFY2(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to)), qPrintable(q.lastError().text()));
}

QLabel *banner(QWidget *in)
{
    return in->findChild<QLabel *>(QStringLiteral("readErrorBanner"));
}

// A banner of the page that is in view (its tab's) and says the message.
bool shownOnPage(QWidget *page, const QString &message)
{
    const auto banners = page->findChildren<QLabel *>(QStringLiteral("readErrorBanner"));
    return std::any_of(banners.begin(), banners.end(), [&](QLabel *l) { return !l->isHidden() && l->text() == message; });
}

// Damages a table, reloads the page and checks the list's model and banner; then mends it.
template<typename Page, typename Model>
void checkList(test::AppFixture &f, Page &page, Model *model, const QString &table)
{
    page.reload();
    QVERIFY2(model->readError().isEmpty(), qPrintable(table));
    rename(f, table, table + QStringLiteral("_damaged"));
    page.reload();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY2(!model->readError().isEmpty(), qPrintable(table));
    QVERIFY2(model->readError().contains(QStringLiteral("chamberctl backup restore")), qPrintable(model->readError()));
    QVERIFY2(shownOnPage(&page, model->readError()), qPrintable(table));
    rename(f, table + QStringLiteral("_damaged"), table);
    page.reload();
    QVERIFY2(model->readError().isEmpty(), qPrintable(table));
}

} // namespace

class ReadErrorPageTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void theChambersPageShowsTheMessageInsteadOfAnEmptyList()
    {
        test::AppFixture f;
        ChambersPage page(f.workspace);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QCOMPARE(page.model()->totalCount(), 7);
        QVERIFY(banner(&page));
        QVERIFY(banner(&page)->isHidden());

        rename(f, QStringLiteral("chamber"), QStringLiteral("chamber_damaged"));
        page.reload();
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.model()->readError().isEmpty());
        QVERIFY(!banner(&page)->isHidden());
        QCOMPARE(banner(&page)->text(), page.model()->readError());
        QVERIFY2(banner(&page)->text().contains(QStringLiteral("chamberctl backup restore")), qPrintable(banner(&page)->text()));

        rename(f, QStringLiteral("chamber_damaged"), QStringLiteral("chamber"));
        page.reload();
        QCOMPARE(page.model()->totalCount(), 7);
        QVERIFY(page.model()->readError().isEmpty());
        QVERIFY(banner(&page)->isHidden());
    }

    void aRecordListShowsTheMessageInsteadOfAnEmptyList()
    {
        test::AppFixture f;
        PartyOrganization o;
        o.chamberId = f.lidang;
        o.name = QStringLiteral("中共宾阳县黎塘镇商会支部委员会");
        o.members = 7;
        QVERIFY(f.workspace.session().party().addOrganization(o).ok());
        PartyPage page(f.workspace);
        QAbstractItemModelTester tester(page.organizations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QCOMPARE(page.organizations()->totalCount(), 1);
        QLabel *message = banner(page.organizationPanel());
        QVERIFY(message);
        QVERIFY(message->isHidden());

        rename(f, QStringLiteral("party_organization"), QStringLiteral("party_organization_damaged"));
        page.reload();
        QCOMPARE(page.organizations()->rowCount(), 0);
        QVERIFY(!message->isHidden());
        QCOMPARE(message->text(), page.organizations()->readError());
        QVERIFY2(message->text().contains(QStringLiteral("chamberctl backup restore")), qPrintable(message->text()));
        // Export and print have nothing to write either: the list's table carries the error.
        QVERIFY(!page.organizationPanel()->exportTable(QStringLiteral("x")).error.isEmpty());
    }

    // Every region-wide list of a record kind, not only the first: each says the message.
    void everyKindsPageListShowsTheMessage()
    {
        test::AppFixture f;
        PartyPage party(f.workspace);
        checkList(f, party, party.organizations(), QStringLiteral("party_organization"));
        checkList(f, party, party.instructors(), QStringLiteral("party_instructor"));
        checkList(f, party, party.disclosures(), QStringLiteral("party_disclosure"));
        MediationPage mediation(f.workspace);
        checkList(f, mediation, mediation.cases(), QStringLiteral("mediation_case"));
        checkList(f, mediation, mediation.committees(), QStringLiteral("mediation_committee"));
    }

    // The chamber editor's lists of the chamber's records (honours, needs, members, instructors,
    // disclosures, cases): each says the message in place of its rows.
    void theChamberEditorsListsShowTheMessage()
    {
        test::AppFixture f;
        for (const char *table : {"honour", "service_request", "member", "party_instructor", "party_disclosure", "mediation_case"}) {
            const QString name = QString::fromLatin1(table);
            {
                ChamberEditor intact(f.workspace, f.lidang);
                const auto banners = intact.findChildren<QLabel *>(QStringLiteral("readErrorBanner"));
                QVERIFY(std::none_of(banners.begin(), banners.end(), [](QLabel *l) { return !l->isHidden(); }));
            }
            rename(f, name, name + QStringLiteral("_damaged"));
            {
                ChamberEditor editor(f.workspace, f.lidang);
                const auto banners = editor.findChildren<QLabel *>(QStringLiteral("readErrorBanner"));
                const auto shown = std::count_if(banners.begin(), banners.end(), [](QLabel *l) {
                    return !l->isHidden() && l->text().contains(QStringLiteral("chamberctl backup restore"));
                });
                QVERIFY2(shown == 1, qPrintable(name));
            }
            rename(f, name + QStringLiteral("_damaged"), name);
        }
    }

    // The two record views of the editor that are no list: the mediation tallies (a table that
    // says a failed read in a message box) and the Party organisation (a line of text that says
    // it, never "none on record").
    void theTalliesAndThePartyOrganisationSayTheMessage()
    {
        test::AppFixture f;
        auto boxesSaying = [](QWidget &w) {
            const auto boxes = w.findChildren<QMessageBox *>(QStringLiteral("readErrorBox"));
            return std::count_if(boxes.begin(), boxes.end(), [](QMessageBox *b) { return b->text().contains(QStringLiteral("chamberctl backup restore")); });
        };
        auto labelsSaying = [](QWidget &w) {
            const auto labels = w.findChildren<QLabel *>();
            return std::count_if(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QStringLiteral("chamberctl backup restore")); });
        };
        {
            ChamberEditor intact(f.workspace, f.lidang);
            QCOMPARE(boxesSaying(intact), 0);
            QCOMPARE(labelsSaying(intact), 0);
        }
        rename(f, QStringLiteral("mediation_tally"), QStringLiteral("mediation_tally_damaged"));
        {
            ChamberEditor editor(f.workspace, f.lidang);
            QVERIFY(boxesSaying(editor) >= 1);
        }
        rename(f, QStringLiteral("mediation_tally_damaged"), QStringLiteral("mediation_tally"));
        rename(f, QStringLiteral("party_organization"), QStringLiteral("party_organization_damaged"));
        {
            ChamberEditor editor(f.workspace, f.lidang);
            QVERIFY(labelsSaying(editor) + boxesSaying(editor) >= 1);
            const auto labels = editor.findChildren<QLabel *>();
            QVERIFY(std::none_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QStringLiteral("none on record")); }));
        }
        rename(f, QStringLiteral("party_organization_damaged"), QStringLiteral("party_organization"));
    }
};

QTEST_MAIN(ReadErrorPageTests)
#include "ReadErrorPageTests.moc"
