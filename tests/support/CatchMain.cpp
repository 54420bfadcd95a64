// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "AppInfo.h"
#include "TestSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <vector>

int main(int argc, char *argv[])
{
    // The tests read English messages unless a test asks for Chinese; chamberctl runs they start
    // inherit this. (Set here: catch_discover_tests passes only the first ENVIRONMENT variable.)
    if (qEnvironmentVariableIsEmpty("CHAMBERDESK_LANG"))
        qputenv("CHAMBERDESK_LANG", "en");
    // --backend=postgresql (the ctest entries labelled postgresql): the same test cases, each on a
    // database of its own on the PostgreSQL server the environment names (pg_virtualenv's).
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--backend=postgresql") == 0)
            qputenv("CHAMBER_TEST_BACKEND", "postgresql");
        else
            args.push_back(argv[i]);
    }
    int count = int(args.size());
    QCoreApplication app(count, args.data());
    chamber::AppInfo::configure(app);
    if (chamber::test::onServer()) {
        const QString why = chamber::test::serverUnavailable();
        if (!why.isEmpty()) {
            std::fprintf(stderr, "Skipped: no PostgreSQL server to test on (%s). scripts/test.sh runs these tests in a throw-away "
                                 "cluster (pg_virtualenv).\n", qPrintable(why));
            return chamber::test::kSkipped;
        }
    }
    return Catch::Session().run(count, args.data());
}
