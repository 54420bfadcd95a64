// SPDX-License-Identifier: GPL-3.0-or-later
// Region-scale timings: demo data for Guangxi (1,284 township-level units), stats at each unit
// level, and the list queries the chambers page runs (one page, a count, a filtered page).
#include "AppInfo.h"
#include "ChamberService.h"
#include "DemoGenerator.h"
#include "DivisionCatalog.h"
#include "Stats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace chamber;

namespace {
// Runs f `repeat` times and returns the median in milliseconds.
double medianMs(int repeat, const std::function<void()> &f)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(t.nsecsElapsed() / 1e6);
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
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        out << opened.firstError() << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    const auto region = DivisionCatalog::bundled().byCode(QStringLiteral("45"));
    int chambers = 0;
    const double demoMs = medianMs(1, [&] {
        auto made = DemoGenerator::generate(db, *region, 1);
        chambers = made ? made->value(QStringLiteral("chambers")) : -1;
    });
    out << QStringLiteral("demo --scope 45 (%1 chambers, one transaction)").arg(chambers) << QStringLiteral(": %1 ms").arg(demoMs, 0, 'f', 1) << Qt::endl;
    StatsService stats(db);
    for (auto level : {DivisionLevel::City, DivisionLevel::County, DivisionLevel::Township}) {
        const double ms = medianMs(5, [&] { (void)stats.compute({}, level); });
        out << QStringLiteral("stats --by %1: %2 ms (median of 5)").arg(Divisions::levelKey(level)).arg(ms, 0, 'f', 1) << Qt::endl;
    }
    ChamberService service(db);
    ChamberQuery page;
    page.limit = 200;
    out << QStringLiteral("chamber list, first page of 200: %1 ms").arg(medianMs(9, [&] { (void)service.list(page); }), 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("chamber count: %1 ms").arg(medianMs(9, [&] { (void)service.count(); }), 0, 'f', 2) << Qt::endl;
    ChamberQuery filtered = page;
    filtered.text = QStringLiteral("镇");
    filtered.registration = RegistrationStatus::Registered;
    out << QStringLiteral("chamber list, search + registration filter: %1 ms").arg(medianMs(9, [&] { (void)service.list(filtered); }), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
