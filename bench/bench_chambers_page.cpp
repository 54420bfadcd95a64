// SPDX-License-Identifier: GPL-3.0-or-later
// The chambers page at region scale, offscreen, as a clerk uses it: open the app on the list,
// type a search letter by letter, filter by registration, sort, and scroll to the end of the list.
//   bench_chambers_page DB     (a database made by `chamberctl --db DB demo --scope 45`)
// Printed, never asserted: the wall time of each step until the event loop is idle again, and how
// many rows the model holds (it fetches a page at a time, never the whole table).
#include "AppInfo.h"
#include "ChamberFilterBar.h"
#include "ChamberTableModel.h"
#include "ChambersPage.h"
#include "MainWindow.h"
#include "Theme.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
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
        out << "usage: bench_chambers_page DB" << Qt::endl;
        return 2;
    }
    QElapsedTimer total;
    total.start();
    Workspace workspace;
    if (const Status opened = workspace.open(QString::fromLocal8Bit(argv[1])); !opened) {
        out << opened.firstError() << Qt::endl;
        return 1;
    }
    MainWindow window(workspace);
    window.resize(1366, 768);
    auto *page = qobject_cast<ChambersPage *>(window.page(QStringLiteral("chambers")));
    auto report = [&](const QString &what, const std::function<void()> &step) {
        QElapsedTimer wall;
        wall.start();
        step();
        QApplication::processEvents();
        out << QStringLiteral("%1: %2 ms (list %3 of %4 rows loaded)")
                   .arg(what)
                   .arg(wall.elapsed())
                   .arg(page->model()->rowCount())
                   .arg(page->model()->totalCount())
            << Qt::endl;
    };
    report(QStringLiteral("open the window on the chambers list"), [&] {
        window.showPage(QStringLiteral("chambers"));
        window.show();
    });
    out << QStringLiteral("  from start to a painted list: %1 ms").arg(total.elapsed()) << Qt::endl;
    QString typed;
    for (const QString &letter : {QStringLiteral("镇"), QStringLiteral("商"), QStringLiteral("会")}) {
        typed += letter;
        report(QStringLiteral("search \"%1\"").arg(typed), [&] { page->filterBar()->setSearchText(typed); });
    }
    report(QStringLiteral("filter: registered"), [&] { page->filterBar()->setRegistration(RegistrationStatus::Registered); });
    report(QStringLiteral("sort by the second column"), [&] { page->view()->sortByColumn(1, Qt::DescendingOrder); });
    report(QStringLiteral("clear the search and filters"), [&] { page->filterBar()->clear(); });
    report(QStringLiteral("scroll to the end of the list"), [&] {
        for (int i = 0; i < 200 && page->model()->canFetchMore({}); ++i) {
            page->view()->scrollToBottom();
            QApplication::processEvents();
        }
    });
    return 0;
}
