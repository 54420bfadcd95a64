// SPDX-License-Identifier: GPL-3.0-or-later
// chamberdesk: the desktop app. main() only builds the window (and, with --screenshot, renders
// it to a file and exits). --help and --version print and exit without a display.
#include "AppInfo.h"
#include "AppOptions.h"
#include "DashboardPage.h"
#include "FileActions.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "ServerAddress.h"
#include "SettingsPage.h"
#include "Theme.h"
#include "Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace chamber;

namespace {
// Options that only print: answered by a QCoreApplication, so they work over ssh, in CI and in a
// package's checks, where there is no display for QApplication to connect to.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

int printAndExit(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::configure(app);
    const QString language = AppOptions::languageArgument(app.arguments());
    AppInfo::installTranslations(app, AppOptions::locale(language, SettingsPage::savedLanguage()));
    AppOptions::parse(app.arguments()); // prints the help or the version and exits
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv))
        return printAndExit(argc, argv);
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.chamberdesk.ChamberDesk"));
    AppInfo::configure(app);
    const QString language = AppOptions::languageArgument(app.arguments());
    const bool screenshotMode = app.arguments().contains(QStringLiteral("--screenshot"))
                                || !app.arguments().filter(QStringLiteral("--screenshot=")).isEmpty();
    // A screenshot must not depend on (or change) this user's remembered window, columns and files.
    QTemporaryDir cleanSettings;
    if (screenshotMode) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, cleanSettings.path());
    }
    const QLocale locale = AppOptions::locale(language, screenshotMode ? QString() : SettingsPage::savedLanguage());
    QLocale::setDefault(locale);
    AppInfo::installTranslations(app, locale);
    Theme::apply(app);

    const AppOptions options = AppOptions::parse(app.arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    if (!options.screenshot.isEmpty())
        return Screenshot::run(options);

    Workspace workspace;
    MainWindow window(workspace);
    // The window stays responsive while a region's dashboard figures are computed.
    if (auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard"))))
        dashboard->setBackgroundLoading(true);
    QString path = options.database;
    if (path.isEmpty()) {
        const QStringList recent = FileActions::recentDatabases();
        // The last database again: a server (asked for in the open dialog if it refuses), or a file still there.
        if (!recent.isEmpty() && ServerAddress::isServer(recent.first()) && window.fileActions()->openPath(recent.first()))
            path = recent.first();
        else
            path = !recent.isEmpty() && QFileInfo::exists(recent.first()) ? recent.first() : AppInfo::defaultDatabasePath();
    }
    // A server database named by --db is opened or refused in words (exit 1): the first-run wizard makes files.
    const bool server = ServerAddress::isServer(path);
    if (server && !workspace.isOpen() && (!window.fileActions()->openPath(path) || !workspace.isOpen()))
        return 1;
    if (!server && QFileInfo::exists(path) && !Workspace::needsScope(path))
        window.fileActions()->openPath(path);
    if (!workspace.isOpen()) {
        const auto mode = Workspace::needsScope(path) ? FirstRunWizard::Mode::ChooseScope : FirstRunWizard::Mode::FirstRun;
        FirstRunWizard wizard(workspace, mode, path);
        if (wizard.exec() != QDialog::Accepted || !workspace.isOpen())
            return 0;
    }
    window.show();
    return app.exec();
}
