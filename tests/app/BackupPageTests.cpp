// SPDX-License-Identifier: GPL-3.0-or-later
// 设置 → 备份与恢复 on the hand-made county (7 chambers): the list of the file's backups, a backup
// made now, a restore asked first (the answer defaulting to No) that backs up the current content
// and puts the backup's back, the rotation policy; and a damaged file, refused when opened, put
// right from its backup with the damaged file kept.
#include "AppFixture.h"
#include "BackupPanel.h"
#include "BackupTable.h"
#include "Backups.h"
#include "ChamberService.h"
#include "DatabaseHealth.h"
#include "RestoreDamaged.h"
#include "SettingsPage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace chamber;

namespace {

int chamberCount(Workspace &workspace)
{
    return int(ChamberService(workspace.db()).all()->size());
}

void addChamber(Database &db, const QString &name)
{
    Chamber c;
    c.townshipCode = QStringLiteral("450126103");
    c.name = name;
    if (!ChamberService(db).add(c))
        qFatal("chamber refused");
}

// Answers the next message box with the given button once it shows; notes whether No was its default.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *defaultWasNo = nullptr)
{
    QTimer::singleShot(0, [button, defaultWasNo] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                if (defaultWasNo)
                    *defaultWasNo = box->defaultButton() == box->button(QMessageBox::No);
                box->button(button)->click();
                return;
            }
        answerNextMessageBox(button, defaultWasNo);
    });
}

} // namespace

class BackupPageTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void listBackUpRestoreAndKeep()
    {
        test::AppFixture f;
        SettingsPage page(f.workspace);
        page.reload();
        page.showBackups();
        page.resize(1366, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        BackupPanel *panel = page.backups();
        QVERIFY(panel->isVisible());
        const QString path = f.workspace.path();
        const int before = int(Backups(path).list().size());
        QCOMPARE(panel->table()->rowCount(), before);

        // 立即备份: one more, on top, made by hand, with its size.
        QVERIFY(panel->backUpNow());
        QCOMPARE(panel->table()->rowCount(), before + 1);
        QCOMPARE(panel->table()->item(0, BackupTable::Kind)->text(), Backups::reasonName(Backups::Reason::Manual));
        QVERIFY(!panel->table()->item(0, BackupTable::Size)->text().isEmpty());
        QVERIFY(panel->result()->text().contains(QFileInfo(Backups(path).list().first().path).fileName()));

        // A chamber entered after the backup.
        addChamber(f.workspace.db(), QStringLiteral("宾阳县大桥镇商会"));
        QCOMPARE(chamberCount(f.workspace), 8);

        // 恢复… asks first, and No is the default: nothing changes.
        panel->table()->selectRow(0);
        bool defaultWasNo = false;
        answerNextMessageBox(QMessageBox::No, &defaultWasNo);
        QVERIFY(!panel->restoreSelected());
        QVERIFY(defaultWasNo);
        QCOMPARE(chamberCount(f.workspace), 8);

        // Yes: the backup's 7 chambers, and the 8 kept in a backup made before the restore.
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(panel->restoreSelected());
        QCOMPARE(chamberCount(f.workspace), 7);
        const auto list = Backups(path).list();
        QCOMPARE(list.first().reason, Backups::Reason::Restore);
        QCOMPARE(panel->table()->rowCount(), int(list.size()));
        {
            auto kept = Database::open(list.first().path);
            QVERIFY(kept.ok());
            QCOMPARE(ChamberService(*kept.value()).all()->size(), qsizetype(8));
        }

        // Keep only the newest: asked first, then the older ones are gone and the policy saved.
        panel->findChild<QSpinBox *>(QStringLiteral("keepRecent"))->setValue(1);
        panel->findChild<QSpinBox *>(QStringLiteral("keepDaily"))->setValue(0);
        panel->findChild<QSpinBox *>(QStringLiteral("keepWeekly"))->setValue(0);
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(panel->applyPolicy());
        QCOMPARE(Backups(path).list().size(), qsizetype(1));
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(Backups(path).policy(), (Backups::Policy{1, 0, 0}));
    }

    void aDamagedFileIsRefusedAndPutRightFromItsBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QString backup;
        {
            test::AppFixture f;  // a sound county, copied to a file of its own
            QVERIFY(f.workspace.db().backupTo(path).ok());
        }
        int rootPage = 0;
        int pageSize = 0;
        {
            Workspace sound;
            QVERIFY(sound.open(path).ok());
            QCOMPARE(chamberCount(sound), 7);
            auto made = Backups(path).make(sound.db(), Backups::Reason::Manual);
            QVERIFY(made.ok());
            backup = *made;
            addChamber(sound.db(), QStringLiteral("宾阳县大桥镇商会"));
            QSqlQuery q(sound.db().sql());
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'chamber'")) && q.next());
            rootPage = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
        }
        {
            // The chamber table's root page overwritten, the file closed (its log checkpointed).
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(rootPage - 1) * pageSize));
            QCOMPARE(f.write(QByteArray(pageSize, '\xA5')), qint64(pageSize));
        }
        Workspace workspace;
        const Status opened = workspace.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.problems().first().field, DatabaseHealth::damagedField());
        QVERIFY(!workspace.isOpen());
        const int backupsBefore = int(Backups(path).list().size());

        QString aside;
        QCOMPARE(RestoreDamaged::restore(workspace, path, backup, &aside), QString());
        QVERIFY(workspace.isOpen());
        QCOMPARE(chamberCount(workspace), 7);
        QVERIFY(QFile::exists(aside));
        // The damaged file is kept aside, not listed among the backups (nor rotated away).
        QCOMPARE(int(Backups(path).list().size()), backupsBefore);
    }
};

QTEST_MAIN(BackupPageTests)
#include "BackupPageTests.moc"
