// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2's main for tests that need a QGuiApplication (fonts for PDF writing), on the offscreen
// platform unless one is set, in Chinese unless CHAMBERDESK_LANG says otherwise: the PDF is read
// back as an office prints it. (Set here, not through ctest's ENVIRONMENT: catch_discover_tests
// passes only the first of several variables.)
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "AppInfo.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("CHAMBERDESK_LANG"))
        qputenv("CHAMBERDESK_LANG", "zh_CN");
    QGuiApplication app(argc, argv);
    chamber::AppInfo::configure(app);
    chamber::AppInfo::installTranslations(app, chamber::AppInfo::preferredLocale());
    return Catch::Session().run(argc, argv);
}
