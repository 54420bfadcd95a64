// SPDX-License-Identifier: GPL-3.0-or-later
// Two people at once (issue 13): two connections save one chamber at the same moment. The first
// save holds the row until it commits; the second, which read the same version, waits and is then
// refused with who saved and when — on SQLite (one writer at a time) and on PostgreSQL (row locks,
// and the version checked again as the row is written).
#include "ChamberService.h"
#include "TestSupport.h"

#include <QDate>

#include <atomic>
#include <chrono>
#include <thread>

using namespace chamber;
using chamber::test::hasProblem;

TEST_CASE("issue 13: a save that races another is refused once the other commits, naming who, and nothing is lost")
{
    test::TempDatabase t(QStringLiteral("450126"));
    Chamber c;
    c.townshipCode = QStringLiteral("450126101");
    c.name = QStringLiteral("宾阳县黎塘镇商会");
    c.founded = QDate(2011, 10, 10);
    const auto id = ChamberService(*t.db).add(c);
    REQUIRE(id.ok());
    ChamberService mine(*t.db);
    const qint64 version = *mine.version(*id);

    // Clerk B's window on its own connection and thread: it read the same version, and saves while
    // clerk A's save is still open.
    Status theirs = success();
    std::atomic<bool> started = false;
    qputenv("CHAMBERDESK_USER", "clerk-a");
    Transaction mySave(*t.db);
    REQUIRE(mySave.active());
    Chamber myEdit = *mine.get(*id);
    myEdit.president = QStringLiteral("蓝海燕");
    REQUIRE(mine.update(myEdit, version).ok());
    std::thread clerkB([&] {
        auto other = Database::open(t.path());
        if (!other) {
            theirs = other.problems();
            started = true;
            return;
        }
        ChamberService service(**other);
        Chamber theirEdit = *service.get(*id);  // as committed: still the version both opened
        theirEdit.contactPhone = QStringLiteral("0771-8201234");
        started = true;
        theirs = service.update(theirEdit, version);
    });
    while (!started)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    // Long enough for B to be waiting on A's row (PostgreSQL) or A's write lock (SQLite).
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    REQUIRE(mySave.commit().ok());
    clerkB.join();
    qunsetenv("CHAMBERDESK_USER");

    INFO(test::describe(theirs.problems()).toStdString());
    REQUIRE_FALSE(theirs.ok());
    CHECK(hasProblem(theirs.problems(), QStringLiteral("row_version")));
    CHECK(theirs.firstError().contains(QStringLiteral("clerk-a")));
    const Chamber stored = *mine.get(*id);
    CHECK(stored.president == QStringLiteral("蓝海燕"));
    CHECK(stored.contactPhone.isEmpty());
    CHECK(*mine.version(*id) == version + 1);
}
