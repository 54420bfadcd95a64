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
#include <QFile>
#include <QTextStream>

#include <functional>

using namespace chamber;

namespace {
// The machine's load when the page was timed (shared machines: a time means little without it).
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}
} // namespace

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
    QElapsedTimer opening;
    opening.start();
    report(QStringLiteral("open the dashboard (%1)").arg(workspace.scope().name), [&] { window.showPage(QStringLiteral("dashboard")); });
    const qint64 shown = opening.elapsed();
    // Issue 17: the region's figures on screen within a second of opening the page.
    out << QStringLiteral("target: figures on screen ≤ 1000 ms after opening: %1 ms, %2 (load average %3)")
               .arg(shown)
               .arg(shown <= 1000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
               .arg(loadAverage())
        << Qt::endl;
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
