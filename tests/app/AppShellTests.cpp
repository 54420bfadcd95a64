// SPDX-License-Identifier: GPL-3.0-or-later
// The shell around the pages: the main window's pages and actions, the first-run wizard and
// its division picker and the command line (the dashboard has its own DashboardPageTests).
#include "AppFixture.h"
#include "AppOptions.h"
#include "DivisionPicker.h"
#include "DivisionService.h"
#include "FileActions.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "Page.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace chamber;

class AppShellTests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void mainWindowAssemblesEveryPage()
    {
        test::AppFixture f;
        MainWindow window(f.workspace);
        const QStringList keys{QStringLiteral("chambers"), QStringLiteral("party"),   QStringLiteral("mediation"),
                               QStringLiteral("points"),   QStringLiteral("dashboard"), QStringLiteral("reports"),
                               QStringLiteral("settings"), QStringLiteral("imports"),  QStringLiteral("reporting")};
        QCOMPARE(window.pageKeys(), keys);
        for (const auto &key : keys) {
            QVERIFY(window.showPage(key));
            QCOMPARE(window.currentPage()->key(), key);
            QVERIFY(!window.currentPage()->title().isEmpty());
        }
        QVERIFY(!window.showPage(QStringLiteral("nowhere")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("宾阳县")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("app.sqlite")));
        const QList<QLabel *> status = window.statusBar()->findChildren<QLabel *>();
        bool showsPath = false;
        for (const QLabel *l : status)
            showsPath = showsPath || l->text().contains(QStringLiteral("app.sqlite"));
        QVERIFY(showsPath);
        QCOMPARE(window.menuBar()->actions().size(), 4);  // File, Edit, View, Help
    }

    void firstRunWizardCreatesADatabaseForThePickedCounty()
    {
        QTemporaryDir dir;
        Workspace workspace;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        FirstRunWizard wizard(workspace, FirstRunWizard::Mode::NewDatabase, path);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ScopePageId));
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        DivisionPicker *picker = wizard.picker();
        picker->setSearchText(QStringLiteral("宾阳"));
        QVERIFY(picker->select(QStringLiteral("450126")));
        QCOMPARE(picker->selected()->name, QStringLiteral("宾阳县"));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        // The search hides what does not match but keeps the parents of what does.
        QVERIFY(!picker->select(QStringLiteral("450122")));  // 武鸣区: filtered out by "宾阳"
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(workspace.isOpen());
        QCOMPARE(workspace.scope().code, QStringLiteral("450126"));
        QCOMPARE(DivisionService(workspace.db()).townships()->size(), 17);
    }

    void openingAFileWithoutScopeAsksForOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bare.sqlite"));
        { auto made = Database::open(path); QVERIFY(made.ok()); }
        QVERIFY(Workspace::needsScope(path));
        Workspace workspace;
        QVERIFY(!workspace.open(path).ok());
        QVERIFY(!workspace.isOpen());
        FirstRunWizard wizard(workspace, FirstRunWizard::Mode::ChooseScope, path);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ScopePageId));
        QVERIFY(wizard.picker()->select(QStringLiteral("4501")));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(workspace.isOpen());
        QCOMPARE(workspace.scope().name, QStringLiteral("南宁市"));
        QVERIFY(workspace.regionScale());
        QCOMPARE(FileActions::recentDatabases().size(), 0);  // remembered by the window's file actions only
    }

    void commandLine()
    {
        auto parse = [](QStringList args) {
            args.prepend(QStringLiteral("chamberdesk"));
            return AppOptions::parse(args);
        };
        AppOptions o = parse({QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--screenshot"), QStringLiteral("a.png"),
                              QStringLiteral("--page"), QStringLiteral("points"), QStringLiteral("--size"), QStringLiteral("1280x720")});
        QVERIFY(o.error.isEmpty());
        QCOMPARE(o.size, QSize(1280, 720));
        QCOMPARE(o.page, QStringLiteral("points"));
        QVERIFY(!parse({QStringLiteral("--screenshot"), QStringLiteral("a.png")}).error.isEmpty());
        QVERIFY(!parse({QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("--page"), QStringLiteral("party")}).error.isEmpty());
        QVERIFY(!parse({QStringLiteral("--lang"), QStringLiteral("fr")}).error.isEmpty());
        QCOMPARE(AppOptions::languageArgument({QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("en")}), QStringLiteral("en"));
        QCOMPARE(AppOptions::locale(QStringLiteral("zh_CN"), QStringLiteral("en")).language(), QLocale::Chinese);
        QCOMPARE(AppOptions::locale(QString(), QStringLiteral("en")).language(), QLocale::English);
    }
};

QTEST_MAIN(AppShellTests)
#include "AppShellTests.moc"
