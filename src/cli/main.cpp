// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl: the command-line face of ChamberDesk. All work happens in the libraries.
#include "AppInfo.h"
#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {
// Writing a PDF needs fonts, and fonts need a QGuiApplication; nothing else needs a display.
bool writesPdf(int argc, char *argv[])
{
    // As the parser reads it: --format or -format, its value joined by '=' or following, any case.
    for (int i = 1; i < argc; ++i) {
        QByteArray arg(argv[i]);
        if (arg.startsWith("--"))
            arg.remove(0, 1);
        if (arg.toLower() == "-format=pdf" || (arg == "-format" && i + 1 < argc && QByteArray(argv[i + 1]).toLower() == "pdf"))
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    chamber::AppInfo::configure(*app);
    chamber::AppInfo::installTranslations(*app, chamber::AppInfo::preferredLocale());
    return chamber::cli::run(app->arguments());
}
