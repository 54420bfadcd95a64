// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "AppOptions.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "Page.h"
#include "SettingsPage.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace chamber {

int Screenshot::run(const AppOptions &options)
{
    Workspace workspace;
    if (const Status opened = workspace.open(options.database); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.firstError()));
        return 1;
    }
    MainWindow window(workspace);
    // "settings/backups": a page and the tab of it to show.
    const QString page = (options.page.isEmpty() ? QStringLiteral("chambers") : options.page).section(QLatin1Char('/'), 0, 0);
    if (!window.showPage(page)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("There is no page %1; the pages are: %2.").arg(page, window.pageKeys().join(QStringLiteral(", ")))));
        return 2;
    }
    if (auto *dashboard = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")))) {
        if (!options.asOf.isEmpty())
            dashboard->setAsOf(QDate::fromString(options.asOf, Qt::ISODate));
        if (!options.drill.isEmpty())
            dashboard->drillTo(options.drill);
    }
    if (auto *settings = qobject_cast<SettingsPage *>(window.page(QStringLiteral("settings")));
        settings && options.page.section(QLatin1Char('/'), 1) == QStringLiteral("backups"))
        settings->showBackups();
    window.resize(options.size);
    window.show();
    int status = 0;
    // Rendered once the event loop has laid out and painted the page with its data.
    QTimer::singleShot(300, &window, [&] {
        QApplication::processEvents();
        const QPixmap shot = window.grab();
        if (!shot.save(options.screenshot, "PNG")) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("The screenshot could not be written to %1.").arg(QDir::toNativeSeparators(options.screenshot))));
            status = 1;
        }
        QApplication::quit();
    });
    QApplication::exec();
    return status;
}

} // namespace chamber
