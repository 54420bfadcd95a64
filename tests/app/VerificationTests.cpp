// SPDX-License-Identifier: GPL-3.0-or-later
// 待核实 in the app: the chamber editor's banner (use this value, editing resolves), the chambers
// page's filter and count — on the hand-made county, with items written here by hand.
#include "AppFixture.h"
#include "ChamberBasicsTab.h"
#include "ChamberEditor.h"
#include "ChamberFilterBar.h"
#include "ChamberService.h"
#include "ChamberTableModel.h"
#include "ChambersPage.h"
#include "VerificationBanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QSqlQuery>
#include <QPushButton>
#include <QTest>

using namespace chamber;

namespace {

qint64 addItem(Database &db, qint64 chamberId, const QString &field, const QString &value)
{
    VerificationItem item;
    item.chamberId = chamberId;
    item.field = field;
    item.value = value;
    item.reason = QStringLiteral("held back by a test ledger");
    item.sourceFile = QStringLiteral("台账.xlsx");
    item.sheet = QStringLiteral("Sheet1");
    item.sourceRow = 5;
    const auto id = VerificationService(db).add(item);
    return id.ok() ? id.value() : 0;
}

} // namespace

class VerificationTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void bannerUsesAValueThatIsValidNow()
    {
        test::AppFixture f;
        Database &db = f.workspace.db();
        // 黎塘's president from a ledger (valid now), and a founding month that does not exist.
        const qint64 president = addItem(db, f.lidang, QStringLiteral("president"), QStringLiteral("覃永福"));
        const qint64 founded = addItem(db, f.lidang, QStringLiteral("founded"), QStringLiteral("2012年13月"));
        QVERIFY(president && founded);
        ChamberEditor editor(f.workspace, f.lidang);
        editor.show();
        VerificationBanner *banner = editor.verificationBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->items().size(), 2);
        QVERIFY(!banner->useButton(founded));  // not a date: nothing to use
        QPushButton *use = banner->useButton(president);
        QVERIFY(use);
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(ChamberService(db).get(f.lidang)->president, QStringLiteral("覃永福"));
        QCOMPARE(editor.basicsTab()->chamber().president, QStringLiteral("覃永福"));
        QVERIFY(!editor.isDirty());
        QCOMPARE(banner->items().size(), 1);
        QCOMPARE(VerificationService(db).get(president)->resolution, VerificationItem::Resolution::UsedValue);

        // Editing the founding date and saving resolves the other one; the banner goes.
        Chamber draft = editor.basicsTab()->chamber();
        draft.founded = QDate(2012, 3, 1);
        editor.basicsTab()->setChamber(draft);
        QVERIFY(editor.save());
        QVERIFY(banner->items().isEmpty());
        QVERIFY(!banner->isVisible());
        QCOMPARE(VerificationService(db).get(founded)->resolution, VerificationItem::Resolution::Edited);
    }

    void bannerSaysWhenTheChamberCannotBeRead()
    {
        // Issue 15: whether a value can be used reads the chamber. A read that fails is said in
        // the banner, not shown as items without their "use" button.
        test::AppFixture f;
        Database &db = f.workspace.db();
        const qint64 president = addItem(db, f.lidang, QStringLiteral("president"), QStringLiteral("覃永福"));
        QVERIFY(president);
        VerificationBanner banner(f.workspace.session());
        banner.setChamberId(f.lidang);
        QVERIFY(banner.useButton(president));
        QVERIFY(!banner.findChild<QLabel *>(QStringLiteral("verificationReadError")));

        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE chamber RENAME TO chamber_damaged")));
        banner.reload();
        const auto *error = banner.findChild<QLabel *>(QStringLiteral("verificationReadError"));
        QVERIFY(error);
        QVERIFY2(error->text().contains(QStringLiteral("chamberctl backup restore")), qPrintable(error->text()));
        QVERIFY(!banner.useButton(president));
        QVERIFY(!banner.isHidden());
    }

    void chambersPageFiltersAndCountsChambersToVerify()
    {
        test::AppFixture f;
        Database &db = f.workspace.db();
        addItem(db, f.lidang, QStringLiteral("president"), QStringLiteral("覃永福"));
        addItem(db, f.lidang, QStringLiteral("notes"), QStringLiteral("会长已换届"));
        addItem(db, f.binzhou, QStringLiteral("premises"), QStringLiteral("宾州镇商贸街8号"));
        ChambersPage page(f.workspace);
        page.reload();
        QCheckBox *toVerify = page.filterBar()->toVerifyFilter();
        QCOMPARE(page.model()->totalCount(), 7);
        QVERIFY(toVerify->text().contains(QStringLiteral("(2)")));  // two chambers, three items
        toVerify->setChecked(true);
        QCOMPARE(page.model()->totalCount(), 2);
        page.filterBar()->setToVerifyOnly(false);
        QCOMPARE(page.model()->totalCount(), 7);
    }
};

QTEST_MAIN(VerificationTests)
#include "VerificationTests.moc"
