// SPDX-License-Identifier: GPL-3.0-or-later
// chamberdesk: the desktop app. main() only builds the window.
#include "AppInfo.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    chamber::AppInfo::configure(app);
    chamber::AppInfo::installTranslations(app, chamber::AppInfo::preferredLocale());
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("MainWindow", "ChamberDesk"));
    window.setCentralWidget(new QLabel(QApplication::translate("MainWindow", "ChamberDesk"), &window));
    window.resize(1024, 700);
    window.show();
    return app.exec();
}
