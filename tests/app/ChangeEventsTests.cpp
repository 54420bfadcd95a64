// SPDX-License-Identifier: GPL-3.0-or-later
// Changes travel as events: a write made anywhere (here straight through the session's services,
// as another dialog or page would) updates the affected row of a list that is open, without
// reading the list again (no modelReset) — and a write rolled back announces nothing.
#include "AppFixture.h"
#include "ChamberTableModel.h"
#include "ChangeHistory.h"
#include "ChambersPage.h"
#include "MainWindow.h"
#include "MediationPage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace chamber;

namespace {
QAbstractItemModel *chamberList(ChambersPage &page)
{
    auto *view = page.findChild<QTableView *>();
    QAbstractItemModel *model = view ? view->model() : nullptr;
    while (model && model->canFetchMore({}))
        model->fetchMore({});
    return model;
}

int rowOf(const QAbstractItemModel *model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ChamberTableModel::IdRole).toLongLong() == id)
            return row;
    return -1;
}
} // namespace

class ChangeEventsTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void aWriteAnnouncesWhatItChanged()
    {
        test::AppFixture f;
        QSignalSpy spy(&f.workspace, &Workspace::recordsChanged);
        auto chamber = *f.workspace.session().chambers().get(f.lidang);
        chamber.president = QStringLiteral("黄海");
        QVERIFY(f.workspace.session().chambers().update(chamber));
        QCOMPARE(spy.count(), 1);
        const auto changes = spy.at(0).at(0).value<QList<ChangeEvent>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().entity, QStringLiteral("chamber"));
        QCOMPARE(changes.first().id, f.lidang);
        QCOMPARE(changes.first().action, QStringLiteral("update"));

        // Refused (a chamber needs its name): nothing was written, nothing is announced.
        chamber.name.clear();
        QVERIFY(!f.workspace.session().chambers().update(chamber));
        QCOMPARE(spy.count(), 1);

        // Rolled back: the change it logged is never told.
        {
            Transaction outer(f.workspace.db());
            QVERIFY(f.workspace.db().log(QStringLiteral("chamber"), f.lidang, QStringLiteral("update")));
        }
        QCOMPARE(spy.count(), 1);
        // A savepoint rolled back inside a committed transaction: only the outer change is told.
        {
            Transaction outer(f.workspace.db());
            QVERIFY(f.workspace.db().log(QStringLiteral("chamber"), f.binzhou, QStringLiteral("update")));
            {
                Transaction inner(f.workspace.db());
                QVERIFY(f.workspace.db().log(QStringLiteral("chamber"), f.lidang, QStringLiteral("update")));
            }
            QCOMPARE(spy.count(), 1);  // told at the outermost commit, not before
            QVERIFY(outer.commit());
        }
        QCOMPARE(spy.count(), 2);
        const auto told = spy.at(1).at(0).value<QList<ChangeEvent>>();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().id, f.binzhou);
    }

    void anEditUpdatesItsRowInTheOpenChamberList()
    {
        test::AppFixture f;
        ChambersPage page(f.workspace);
        page.reload();
        QAbstractItemModel *model = chamberList(page);
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 7);
        const int row = rowOf(model, f.lidang);
        QVERIFY(row >= 0);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy updates(model, &QAbstractItemModel::dataChanged);

        // Another place (a dialog, the editor, an import) changes 黎塘's president.
        auto chamber = *f.workspace.session().chambers().get(f.lidang);
        chamber.president = QStringLiteral("黄海");
        QVERIFY(f.workspace.session().chambers().update(chamber));

        QCOMPARE(resets.count(), 0);
        QCOMPARE(updates.count(), 1);
        QCOMPARE(updates.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(updates.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(model->index(row, ChamberTableModel::PresidentColumn).data().toString(), QStringLiteral("黄海"));
        QCOMPARE(model->rowCount(), 7);

        // A registration step is a column of the chamber's row too: 黎塘 (applied) is registered.
        RegistrationEvent e;
        e.chamberId = f.lidang;
        e.date = QDate(2024, 9, 1);
        e.status = RegistrationStatus::Registered;
        e.creditCode = QStringLiteral("51450126MJ1234561T");
        QVERIFY(f.workspace.session().registrations().record(e));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->index(row, ChamberTableModel::RegistrationColumn).data(ChamberTableModel::RegistrationRole).toInt(),
                 int(RegistrationStatus::Registered));

        // A removed chamber leaves the list as one row, the others stay as they were.
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        const qint64 zouxu = model->index(5, 0).data(ChamberTableModel::IdRole).toLongLong();
        QVERIFY(f.workspace.session().chambers().remove(zouxu));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(rowOf(model, zouxu), -1);
        QCOMPARE(rowOf(model, f.lidang), row);
    }

    // An undo writes through the same path: its changes are told like any, and a removal undone
    // puts the record back in the list.
    void anUndoIsToldToTheOpenList()
    {
        test::AppFixture f;
        ChambersPage page(f.workspace);
        page.reload();
        QAbstractItemModel *model = chamberList(page);
        const int row = rowOf(model, f.lidang);
        const QString before = model->index(row, ChamberTableModel::PresidentColumn).data().toString();
        auto chamber = *f.workspace.session().chambers().get(f.lidang);
        chamber.president = QStringLiteral("黄海");
        QVERIFY(f.workspace.session().chambers().update(chamber));
        QCOMPARE(model->index(row, ChamberTableModel::PresidentColumn).data().toString(), QStringLiteral("黄海"));

        ChangeHistory &history = f.workspace.session().history();
        auto lastOf = [&](qint64 id) {
            ChangeQuery q;
            q.entity = QStringLiteral("chamber");
            q.entityId = id;
            q.limit = 1;
            const auto changes = history.list(q);
            return changes && !changes->isEmpty() ? changes->first().id : 0;
        };
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QVERIFY(history.undo(lastOf(f.lidang)));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->index(row, ChamberTableModel::PresidentColumn).data().toString(), before);

        const qint64 zouxu = model->index(5, 0).data(ChamberTableModel::IdRole).toLongLong();
        QVERIFY(f.workspace.session().chambers().remove(zouxu));
        QCOMPARE(rowOf(model, zouxu), -1);
        const Status undone = history.undo(lastOf(zouxu));
        QVERIFY2(undone, qPrintable(undone.firstError()));
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 7);
        QVERIFY(rowOf(model, zouxu) >= 0);
    }

    void aChamberThatLeavesTheFilterLeavesTheList()
    {
        test::AppFixture f;
        ChambersPage page(f.workspace);
        page.reload();
        QAbstractItemModel *model = chamberList(page);
        // Narrowed to active chambers (5), then 黎塘 goes dormant.
        auto *table = qobject_cast<ChamberTableModel *>(model);
        QVERIFY(table);
        ChamberQuery q;
        q.status = ChamberStatus::Active;
        table->setQuery(q);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 5);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        auto chamber = *f.workspace.session().chambers().get(f.lidang);
        chamber.status = ChamberStatus::Dormant;
        QVERIFY(f.workspace.session().chambers().update(chamber));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(table->totalCount(), 4);
        QCOMPARE(rowOf(model, f.lidang), -1);
    }

    void aCaseEditedElsewhereUpdatesItsRowOnTheMediationPage()
    {
        test::AppFixture f;
        MediationCase c;
        c.chamberId = f.binzhou;
        c.receivedOn = QDate(2024, 3, 4);
        c.applicant = QStringLiteral("韦建国");
        c.respondent = QStringLiteral("宾阳县某建材有限公司");
        c.disputeType = DisputeType::Debt;
        const auto added = f.workspace.session().cases().add(c);
        QVERIFY(added);
        MediationPage page(f.workspace);
        page.reload();
        auto *model = page.cases();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 1);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy updates(model, &QAbstractItemModel::dataChanged);

        auto saved = *f.workspace.session().cases().get(added.value());
        saved.applicant = QStringLiteral("韦建业");
        QVERIFY(f.workspace.session().cases().update(saved));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(updates.count(), 1);
        QCOMPARE(model->at(0).record.applicant, QStringLiteral("韦建业"));
    }

    void theWindowLeavesAFollowingPageToItsRows()
    {
        test::AppFixture f;
        MainWindow window(f.workspace);
        auto *page = qobject_cast<ChambersPage *>(window.page(QStringLiteral("chambers")));
        QVERIFY(page);
        window.showPage(QStringLiteral("chambers"));
        QAbstractItemModel *model = chamberList(*page);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        auto chamber = *f.workspace.session().chambers().get(f.lidang);
        chamber.president = QStringLiteral("黄海");
        QVERIFY(f.workspace.session().chambers().update(chamber));
        f.workspace.notifyChanged(QStringLiteral("chamber"));  // what the editor says after saving
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->index(rowOf(model, f.lidang), ChamberTableModel::PresidentColumn).data().toString(), QStringLiteral("黄海"));
    }
};

QTEST_MAIN(ChangeEventsTests)
#include "ChangeEventsTests.moc"
