// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl: the command-line face of ChamberDesk. All work happens in the libraries.
#include "AppInfo.h"
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    chamber::AppInfo::configure(app);
    chamber::AppInfo::installTranslations(app, chamber::AppInfo::preferredLocale());
    return chamber::cli::run(app.arguments());
}
