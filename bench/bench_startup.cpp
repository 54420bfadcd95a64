// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to a painted window, as chamberdesk does it: the application, its translations and
// theme, the file opened (with the daily backup check), the main window built and shown on the
// chambers page; the process quits as soon as the window's first paint has finished.
//   bench_startup DB          (scripts/bench.sh and bench/startup-peer.sh run it)
// Prints the milliseconds from main() to each step; the whole process (loading the libraries
// included) is timed from outside against bench_startup_peer, a bare Qt window, in the same run.
#include "AppInfo.h"
#include "AppOptions.h"
#include "MainWindow.h"
#include "Theme.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

using namespace chamber;

namespace {
// Quits once the window has been painted (the paint event's handler has returned).
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QElapsedTimer &clock) : m_clock(clock) {}
    qint64 at = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0) {
            at = m_clock.elapsed();
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer &m_clock;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_startup DB" << Qt::endl;
        return 2;
    }
    AppInfo::configure(app);
    const QLocale locale = AppOptions::locale(QStringLiteral("zh_CN"), QString());
    QLocale::setDefault(locale);
    AppInfo::installTranslations(app, locale);
    Theme::apply(app);
    const qint64 application = clock.elapsed();
    Workspace workspace;
    if (const Status opened = workspace.open(QString::fromLocal8Bit(argv[1])); !opened) {
        out << opened.firstError() << Qt::endl;
        return 1;
    }
    const qint64 file = clock.elapsed();
    MainWindow window(workspace);
    window.showPage(QStringLiteral("chambers"));
    const qint64 built = clock.elapsed();
    FirstPaint painted(clock);
    window.installEventFilter(&painted);
    window.resize(1366, 768);
    window.show();
    QApplication::exec();
    out << QStringLiteral("application %1 ms, file opened %2 ms, window built %3 ms, painted %4 ms (from main())")
               .arg(application).arg(file).arg(built).arg(painted.at)
        << Qt::endl;
    return 0;
}
