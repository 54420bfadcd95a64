// SPDX-License-Identifier: GPL-3.0-or-later
// Other users' changes appear in open lists without a restart (issue 13): on a PostgreSQL server a
// write committed through one session makes every other session announce it (changed()) with its
// kind and ids, gathered into one announcement per burst, and read back through row-level
// security — a clerk of another county hears a notice but learns nothing it cannot read. A session
// does not announce its own writes twice. A file has no notices and nothing of this changes.
#include "AppFixture.h"
#include "ChamberTableModel.h"
#include "ChambersPage.h"
#include "ChangeNotices.h"
#include "ServerAddress.h"
#include "ServerFixture.h"
#include "ServerImport.h"
#include "DivisionCatalog.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace chamber;

namespace {

// Long enough for a notice to cross the server and its burst to be gathered several times over.
constexpr int kWaitMs = 5000;
constexpr int kQuietMs = 3 * ServerNotices::kGatherMs;

QString withPassword(const QString &address, const QString &password)
{
    auto parsed = ServerAddress::parse(address);
    parsed.value().password = password;
    return parsed->withPassword();
}

std::unique_ptr<Workspace> openAt(const QString &address)
{
    auto workspace = std::make_unique<Workspace>();
    const Status opened = workspace->open(address);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(address), qPrintable(opened.firstError()));
    return workspace;
}

QList<ChangeEvent> changesOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<QList<ChangeEvent>>();
}

int rowsOf(QAbstractItemModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    return model->rowCount();
}

QString listedName(QAbstractItemModel *model, qint64 id)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ChamberTableModel::IdRole).toLongLong() == id)
            return model->index(row, ChamberTableModel::NameColumn).data().toString();
    return {};
}

} // namespace

class ServerNoticesTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings();
        qRegisterMetaType<QSqlDriver::NotificationSource>();
    }

    void anotherSessionsWriteReachesAnOpenList()
    {
        if (!test::onServer())
            QSKIP("needs a PostgreSQL server (the postgresql entry of this test)");
        test::ServerDatabase server;
        auto mine = openAt(server.address);
        auto theirs = openAt(server.address);
        QVERIFY(mine->session().hearsOthers());
        QVERIFY(theirs->session().hearsOthers());
        ChambersPage page(*theirs);
        page.reload();
        auto *model = page.findChild<QTableView *>()->model();
        QCOMPARE(listedName(model, server.litang), QStringLiteral("宾阳县黎塘镇商会"));

        QSignalSpy mineSpy(&mine->session(), &Session::changed);
        QSignalSpy theirSpy(&theirs->session(), &Session::changed);
        auto chamber = *mine->session().chambers().get(server.litang);
        chamber.name = QStringLiteral("宾阳县黎塘镇总商会");
        QVERIFY(mine->session().chambers().update(chamber));
        QCOMPARE(mineSpy.count(), 1);  // its own write, told once by its own connection
        QVERIFY(theirSpy.wait(kWaitMs));
        const auto changes = changesOf(theirSpy, 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().entity, QStringLiteral("chamber"));
        QCOMPARE(changes.first().id, server.litang);
        QCOMPARE(changes.first().action, QStringLiteral("update"));
        QVERIFY(!changes.first().inserted);
        QCOMPARE(listedName(model, server.litang), QStringLiteral("宾阳县黎塘镇总商会"));
        // Its own notice came back to it too: left out, not told a second time.
        QTest::qWait(kQuietMs);
        QCOMPARE(mineSpy.count(), 1);
        QCOMPARE(theirSpy.count(), 1);

        // A chamber added there is listed here (an insert reads the list again: where it falls).
        Chamber added;
        added.townshipCode = QStringLiteral("450126100");
        added.name = QStringLiteral("宾阳县宾州镇商会");
        const auto id = mine->session().chambers().add(added);
        QVERIFY(id);
        QVERIFY(theirSpy.wait(kWaitMs));
        QCOMPARE(changesOf(theirSpy, 1).first().id, *id);
        QVERIFY(changesOf(theirSpy, 1).first().inserted);
        QCOMPARE(listedName(model, *id), QStringLiteral("宾阳县宾州镇商会"));
    }

    void aBurstIsToldOnce()
    {
        if (!test::onServer())
            QSKIP("needs a PostgreSQL server (the postgresql entry of this test)");
        test::ServerDatabase server;
        auto mine = openAt(server.address);
        auto theirs = openAt(server.address);
        QSignalSpy heard(theirs->db().sql().driver(), &QSqlDriver::notification);
        QSignalSpy theirSpy(&theirs->session(), &Session::changed);
        // A thousand lines in one transaction, as an import writes them: a thousand notices …
        constexpr int kLines = 1000;
        {
            Transaction tx(mine->db());
            for (int i = 0; i < kLines; ++i)
                QVERIFY(mine->db().log(QStringLiteral("chamber"), i % 2 ? server.litang : server.xinzhu, QStringLiteral("update")));
            QVERIFY(tx.commit());
        }
        QVERIFY(theirSpy.wait(kWaitMs));
        QTest::qWait(kQuietMs);
        QCOMPARE(heard.count(), kLines);
        // … and one announcement that carries every line.
        QCOMPARE(theirSpy.count(), 1);
        QCOMPARE(changesOf(theirSpy, 0).size(), kLines);
        QCOMPARE(changesOf(theirSpy, 0).at(1).id, server.litang);

        // Rolled back: no notice at all.
        {
            Transaction tx(mine->db());
            QVERIFY(mine->db().log(QStringLiteral("chamber"), server.litang, QStringLiteral("update")));
        }
        QTest::qWait(kQuietMs);
        QCOMPARE(heard.count(), kLines);
        QCOMPARE(theirSpy.count(), 1);
    }

    void aCountyFileTakenInReachesOpenLists()
    {
        if (!test::onServer())
            QSKIP("needs a PostgreSQL server (the postgresql entry of this test)");
        // 上林县's file, with three chambers, taken in as chamberctl server import-file takes it.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shanglin.sqlite"));
        {
            Workspace county;
            QVERIFY(county.create(file, *DivisionCatalog::bundled().byCode(QStringLiteral("450125"))));
            const auto townships = county.session().divisions().townships();
            QVERIFY(townships && townships->size() >= 3);
            for (int i = 0; i < 3; ++i) {
                Chamber c;
                c.townshipCode = townships->at(i).division.code;
                c.name = townships->at(i).division.name + QStringLiteral("商会");
                QVERIFY(county.session().chambers().add(c));
            }
        }
        test::ServerDatabase server;
        auto importer = openAt(server.address);
        auto theirs = openAt(server.address);
        ChambersPage page(*theirs);
        page.reload();
        auto *model = page.findChild<QTableView *>()->model();
        QCOMPARE(rowsOf(model), 2);
        QSignalSpy theirSpy(&theirs->session(), &Session::changed);
        const auto taken = ServerImport(importer->db()).importFile(file);
        QVERIFY2(taken, qPrintable(taken.firstError()));
        QVERIFY(theirSpy.wait(kWaitMs));
        QTest::qWait(kQuietMs);
        QCOMPARE(theirSpy.count(), 1);  // one import, one announcement
        QCOMPARE(Session::touched(changesOf(theirSpy, 0), {QStringLiteral("chamber")}).ids.size(), 3);
        QVERIFY(Session::touched(changesOf(theirSpy, 0), {QStringLiteral("chamber")}).added);
        QCOMPARE(rowsOf(model), 5);
    }

    void aClerkOfAnotherCountyLearnsNothingItCannotRead()
    {
        if (!test::onServer())
            QSKIP("needs a PostgreSQL server (the postgresql entry of this test)");
        test::ServerDatabase server;
        const QString qingxiu = server.login(QStringLiteral("qingxiu"), QStringLiteral("clerk"), QStringLiteral("450103"), QStringLiteral("qx-pw"));
        const QString binyang = server.login(QStringLiteral("binyang"), QStringLiteral("clerk"), QStringLiteral("450126"), QStringLiteral("by-pw"));
        auto admin = openAt(server.address);
        auto other = openAt(withPassword(qingxiu, QStringLiteral("qx-pw")));
        auto own = openAt(withPassword(binyang, QStringLiteral("by-pw")));
        QSignalSpy otherHeard(other->db().sql().driver(), &QSqlDriver::notification);
        QSignalSpy otherSpy(&other->session(), &Session::changed);
        QSignalSpy ownSpy(&own->session(), &Session::changed);

        auto chamber = *admin->session().chambers().get(server.litang);
        chamber.president = QStringLiteral("甘明辉");
        QVERIFY(admin->session().chambers().update(chamber));
        // The clerk of 宾阳县 is told; the clerk of 青秀区 heard the notice (line ids, nothing more) …
        QVERIFY(ownSpy.wait(kWaitMs));
        QCOMPARE(changesOf(ownSpy, 0).first().id, server.litang);
        QTRY_VERIFY_WITH_TIMEOUT(otherHeard.count() >= 1, kWaitMs);
        QCOMPARE(otherHeard.at(0).at(2).toString().split(QLatin1Char(' ')).size(), 2);
        QVERIFY(!otherHeard.at(0).at(2).toString().contains(QStringLiteral("甘明辉")));
        // … and learned nothing of it: no change told, and the record not readable.
        QTest::qWait(kQuietMs);
        QCOMPARE(otherSpy.count(), 0);
        const auto read = other->session().chambers().get(server.litang);
        QVERIFY(!read);

        // Its own county's write reaches it.
        auto xinzhu = *admin->session().chambers().get(server.xinzhu);
        xinzhu.president = QStringLiteral("李明");
        QVERIFY(admin->session().chambers().update(xinzhu));
        QVERIFY(otherSpy.wait(kWaitMs));
        QCOMPARE(changesOf(otherSpy, 0).first().id, server.xinzhu);
    }

    void aFileHasNoNotices()
    {
        if (test::onServer())
            QSKIP("a file's case (the entry without postgresql)");
        test::AppFixture f;
        auto theirs = openAt(f.workspace.path());
        QVERIFY(!f.workspace.session().hearsOthers());
        QVERIFY(!theirs->session().hearsOthers());
        QSignalSpy theirSpy(&theirs->session(), &Session::changed);
        QSignalSpy mineSpy(&f.workspace.session(), &Session::changed);
        auto chamber = *f.workspace.session().chambers().get(f.lidang);
        chamber.president = QStringLiteral("黄海");
        QVERIFY(f.workspace.session().chambers().update(chamber));
        QCOMPARE(mineSpy.count(), 1);  // as before: its own write told
        QTest::qWait(kQuietMs);
        QCOMPARE(theirSpy.count(), 0);
        QCOMPARE(theirs->session().chambers().get(f.lidang)->president, QStringLiteral("黄海"));
    }

    void noticesAreLineIdsOnly()
    {
        QCOMPARE(ChangeNotices::parse(QStringLiteral("17 17")), (std::optional<ChangeNotices::Span>{{17, 17}}));
        QCOMPARE(ChangeNotices::parse(QStringLiteral("120 1119")), (std::optional<ChangeNotices::Span>{{120, 1119}}));
        for (const char *bad : {"", "17", "17 16", "0 3", "a b", "1 2 3", "宾阳 1"})
            QVERIFY2(!ChangeNotices::parse(QString::fromUtf8(bad)), bad);
        const QList<ChangeNotices::Span> spans{{5, 5}, {1, 1}, {2, 3}, {9, 12}, {4, 4}, {11, 20}};
        QCOMPARE(ChangeNotices::merged(spans), (QList<ChangeNotices::Span>{{1, 5}, {9, 20}}));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (test::onServer()) {
        if (const QString why = test::serverUnavailable(); !why.isEmpty()) {
            std::fprintf(stderr, "Skipped: no PostgreSQL server to test on (%s).\n", qPrintable(why));
            return test::kSkipped;
        }
    }
    ServerNoticesTests tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "ServerNoticesTests.moc"
