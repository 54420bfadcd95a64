// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings: every key's default when nothing is stored, values read back as written
// (in the names earlier versions used, so nobody's settings are lost), changed(key) once per
// real change, the recent files' order and cap, and the export folder's fallback.
#include "AppFixture.h"
#include "AppSettings.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace chamber;

class AppSettingsTests : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        test::isolateSettings();
        QSettings().clear();
    }

    void defaultsWhenNothingIsStored()
    {
        const AppSettings &s = AppSettings::instance();
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.recentDatabases(), QStringList());
        QCOMPARE(s.windowGeometry(), QByteArray());
        QCOMPARE(s.windowState(), QByteArray());
        QCOMPARE(s.windowPage(), QStringLiteral("chambers"));
        QCOMPARE(s.chamberEditorGeometry(), QByteArray());
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(s.exportFolder(), documents);
        QCOMPARE(s.columnState(QStringLiteral("chambers")), QByteArray());
    }

    void valuesRoundTripUnderTheirOldNames()
    {
        AppSettings &s = AppSettings::instance();
        s.setLanguage(QStringLiteral("en"));
        s.setValue(AppSettings::Key::WindowGeometry, QByteArray("geo"));
        s.setValue(AppSettings::Key::WindowState, QByteArray("state"));
        s.setValue(AppSettings::Key::WindowPage, QStringLiteral("mediation"));
        s.setValue(AppSettings::Key::ChamberEditorGeometry, QByteArray("editor"));
        s.setColumnState(QStringLiteral("party-organizations"), QByteArray("cols"));
        QCOMPARE(s.language(), QStringLiteral("en"));
        QCOMPARE(s.windowGeometry(), QByteArray("geo"));
        QCOMPARE(s.windowState(), QByteArray("state"));
        QCOMPARE(s.windowPage(), QStringLiteral("mediation"));
        QCOMPARE(s.chamberEditorGeometry(), QByteArray("editor"));
        QCOMPARE(s.columnState(QStringLiteral("party-organizations")), QByteArray("cols"));
        // Read back by the names the settings file has always had.
        QSettings raw;
        QCOMPARE(raw.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(raw.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("geo"));
        QCOMPARE(raw.value(QStringLiteral("window/state")).toByteArray(), QByteArray("state"));
        QCOMPARE(raw.value(QStringLiteral("window/page")).toString(), QStringLiteral("mediation"));
        QCOMPARE(raw.value(QStringLiteral("editors/chamber")).toByteArray(), QByteArray("editor"));
        QCOMPARE(raw.value(QStringLiteral("columns/party-organizations")).toByteArray(), QByteArray("cols"));
        // And the other way: a value an earlier version wrote is read.
        raw.setValue(QStringLiteral("recentFiles"), QStringList{QStringLiteral("/tmp/a.sqlite")});
        QCOMPARE(s.recentDatabases(), QStringList{QStringLiteral("/tmp/a.sqlite")});
    }

    void changedIsSaidOncePerRealChange()
    {
        AppSettings &s = AppSettings::instance();
        QSignalSpy spy(&s, &AppSettings::changed);
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<AppSettings::Key>(), AppSettings::Key::Language);
        s.reset(AppSettings::Key::Language);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(s.language(), QString());
        s.reset(AppSettings::Key::Language);  // nothing stored: nothing changes
        QCOMPARE(spy.count(), 2);
    }

    void recentFilesKeepTheLastEightOnceEach()
    {
        AppSettings &s = AppSettings::instance();
        QTemporaryDir dir;
        for (int i = 1; i <= 10; ++i)
            s.addRecentDatabase(dir.filePath(QStringLiteral("%1.sqlite").arg(i)));
        s.addRecentDatabase(dir.filePath(QStringLiteral("5.sqlite")));
        const QStringList files = s.recentDatabases();
        QCOMPARE(files.size(), 8);
        // Most recent first: 5 again, then 10 down to 4 without the 5 it already holds.
        QStringList expected;
        for (int i : {5, 10, 9, 8, 7, 6, 4, 3})
            expected.append(QDir(dir.path()).absoluteFilePath(QStringLiteral("%1.sqlite").arg(i)));
        QCOMPARE(files, expected);
        s.reset(AppSettings::Key::RecentDatabases);
        QCOMPARE(s.recentDatabases(), QStringList());
    }

    void exportFolderFallsBackWhenItIsGone()
    {
        AppSettings &s = AppSettings::instance();
        QTemporaryDir dir;
        s.rememberExport(dir.filePath(QStringLiteral("roster.xlsx")));
        QCOMPARE(s.exportFolder(), QDir(dir.path()).absolutePath());
        const QString gone = dir.path();
        dir.remove();
        QVERIFY(!QFileInfo::exists(gone));
        QCOMPARE(s.exportFolder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    }
};

QTEST_MAIN(AppSettingsTests)
#include "AppSettingsTests.moc"
