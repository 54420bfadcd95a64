// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard page at region scale, offscreen: the time from showing it until it is painted,
// then the redraw after each drill-down (region → city → county → township) and back up.
//   bench_dashboard_page DB     (a database made by `chamberctl --db DB demo --scope 45`)
// Printed, never asserted. Each line: figures (DashboardService), drawing (tiles, charts, tables
// laid out and painted), and the wall time until the event loop is idle again.
#include "AppInfo.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "Theme.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace chamber;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    AppInfo::configure(app);
    Theme::apply(app);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_dashboard_page DB" << Qt::endl;
        return 2;
    }
    Workspace workspace;
    if (const Status opened = workspace.open(QString::fromLocal8Bit(argv[1])); !opened) {
        out << opened.firstError() << Qt::endl;
        return 1;
    }
    MainWindow window(workspace);
    window.resize(1366, 768);
    window.showPage(QStringLiteral("chambers"));
    window.show();
    QApplication::processEvents();
    auto *page = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
    qint64 figures = 0, drawing = 0;
    QObject::connect(page, &DashboardPage::loaded, page, [&](qint64 f, qint64 d) {
        figures = f;
        drawing = d;
    });
    auto report = [&](const QString &what, const std::function<void()> &step) {
        QElapsedTimer wall;
        wall.start();
        step();
        QApplication::processEvents();
        out << QStringLiteral("%1: figures %2 ms, drawing %3 ms, until idle %4 ms").arg(what).arg(figures).arg(drawing).arg(wall.elapsed())
            << Qt::endl;
    };
    report(QStringLiteral("open the dashboard (%1)").arg(workspace.scope().name), [&] { window.showPage(QStringLiteral("dashboard")); });
    QString city, county, township;
    if (page->current() && !page->current()->stats.units.isEmpty())
        city = page->current()->stats.units.first().unit.code;
    report(QStringLiteral("drill down to city %1").arg(city), [&] { page->drillTo(city); });
    if (page->current() && !page->current()->stats.units.isEmpty())
        county = page->current()->stats.units.first().unit.code;
    report(QStringLiteral("drill down to county %1").arg(county), [&] { page->drillTo(county); });
    if (page->current() && !page->current()->stats.units.isEmpty())
        township = page->current()->stats.units.first().unit.code;
    report(QStringLiteral("drill down to township %1").arg(township), [&] { page->drillTo(township); });
    report(QStringLiteral("back up to the region"), [&] { page->drillTo(QString()); });
    report(QStringLiteral("as of the end of last year"), [&] { page->setAsOf(QDate(QDate::currentDate().year() - 1, 12, 31)); });
    return 0;
}
