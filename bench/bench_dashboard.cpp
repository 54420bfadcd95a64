// SPDX-License-Identifier: GPL-3.0-or-later
// Region-scale dashboard timings, measured and printed, never asserted:
//   bench_dashboard [DB]   (a file that does not exist yet gets demo data for Guangxi, as
//                           `chamberctl --db DB demo --scope 45` makes it; default: a temporary file)
// The figures (DashboardService::load: stats as of the date and a year earlier, gap lists,
// monthly mediation, score bands) for the region and one city, county and township down.
// bench_dashboard_page times the page itself: opening and redrawing after each drill-down.
#include "AppInfo.h"
#include "DashboardService.h"
#include "DemoGenerator.h"
#include "DivisionCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace chamber;

namespace {
double medianMs(int repeat, const std::function<void()> &f)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::configure(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool fresh = !QFileInfo::exists(path);
    auto opened = Database::open(path);
    if (!opened) {
        out << opened.firstError() << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    if (fresh) {
        auto made = DemoGenerator::generate(db, *DivisionCatalog::bundled().byCode(QStringLiteral("45")), 1);
        if (!made) {
            out << made.firstError() << Qt::endl;
            return 1;
        }
    }
    DashboardService service(db);
    const QDate asOf = QDate::currentDate();
    for (const char *code : {"", "4501", "450126", "450126100"}) {
        qsizetype units = 0;
        const double ms = medianMs(5, [&] {
            const auto data = service.load(QString::fromLatin1(code), asOf);
            units = data ? data->stats.units.size() : -1;
        });
        out << QStringLiteral("dashboard figures %1 (%2 units): %3 ms (median of 5)")
                   .arg(*code ? QString::fromLatin1(code) : QStringLiteral("region"))
                   .arg(units)
                   .arg(ms, 0, 'f', 1)
            << Qt::endl;
    }
    return 0;
}
