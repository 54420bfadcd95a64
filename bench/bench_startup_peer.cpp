// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of bench_startup: a bare Qt Widgets window (a table of 30 rows, a status bar), shown
// and quit after its first paint, linking only Qt. Timed side by side with bench_startup, it says
// what any Qt window costs on this machine under its current load.
#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>

namespace {
class FirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableWidget(30, 8, &window);
    for (int r = 0; r < 30; ++r)
        for (int c = 0; c < 8; ++c)
            table->setItem(r, c, new QTableWidgetItem(QStringLiteral("商会 %1-%2").arg(r).arg(c)));
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("就绪"));
    FirstPaint painted;
    window.installEventFilter(&painted);
    window.resize(1366, 768);
    window.show();
    return QApplication::exec();
}
