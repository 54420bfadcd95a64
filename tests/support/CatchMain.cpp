// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "AppInfo.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // The tests read English messages unless a test asks for Chinese; chamberctl runs they start
    // inherit this. (Set here: catch_discover_tests passes only the first ENVIRONMENT variable.)
    if (qEnvironmentVariableIsEmpty("CHAMBERDESK_LANG"))
        qputenv("CHAMBERDESK_LANG", "en");
    QCoreApplication app(argc, argv);
    chamber::AppInfo::configure(app);
    return Catch::Session().run(argc, argv);
}
