// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the PRAGMA reads of the schema version and of the foreign-key check carry their error.
// A read that fails must never be taken as a version (which would send a file through the
// migrations from the start) or as "no broken foreign key". SQLite's authorizer refuses the one
// PRAGMA under test on the open connection, as a damaged header page would make it fail.
#include "Database.h"
#include "TestSupport.h"

#include <QSqlDriver>

#include <sqlite3.h>

using namespace chamber;

namespace {

sqlite3 *handleOf(Database &db)
{
    const QVariant v = db.sql().driver()->handle();
    REQUIRE(qstrcmp(v.typeName(), "sqlite3*") == 0);
    return *static_cast<sqlite3 *const *>(v.constData());
}

const char *g_refused = nullptr;  // the PRAGMA whose reading is refused

int refuseRead(void *, int action, const char *arg1, const char *arg2, const char *, const char *)
{
    // Reading it (no value given) is refused; setting it (the stamp after a migration) is not.
    return action == SQLITE_PRAGMA && arg2 == nullptr && g_refused && sqlite3_stricmp(arg1, g_refused) == 0 ? SQLITE_DENY : SQLITE_OK;
}

// Refuses reading the PRAGMA named on the open connection.
void refusePragmaRead(Database &db, const char *pragma)
{
    g_refused = pragma;
    sqlite3_set_authorizer(handleOf(db), refuseRead, nullptr);
}

int installRefusal(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    sqlite3_set_authorizer(db, refuseRead, nullptr);
    return SQLITE_OK;
}

// While it lives, every connection opened (Database::open's among them) refuses reading the PRAGMA.
struct RefusedOnOpen
{
    explicit RefusedOnOpen(const char *pragma)
    {
        g_refused = pragma;
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(&installRefusal));
    }
    ~RefusedOnOpen()
    {
        sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(&installRefusal));
        g_refused = nullptr;
    }
    RefusedOnOpen(const RefusedOnOpen &) = delete;
    RefusedOnOpen &operator=(const RefusedOnOpen &) = delete;
};

// A file at the version before the latest, closed.
QString previousVersionFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    Database::Options options;
    options.migrateTo = Database::versions().at(Database::versions().size() - 2);
    REQUIRE(Database::open(path, options).ok());
    return path;
}

bool isReadError(const Problems &problems)
{
    return readFailed(problems) && test::describe(problems).contains(QStringLiteral("chamberctl backup restore"));
}

} // namespace

TEST_CASE("a schema version that cannot be read is an error, not a version", "[sqlite]")
{
    test::TempDatabase t(QStringLiteral("450126"));
    REQUIRE(*t.db->schemaVersion() == Database::latestVersion());
    refusePragmaRead(*t.db, "user_version");
    const auto version = t.db->schemaVersion();
    REQUIRE_FALSE(version.ok());
    CHECK(isReadError(version.problems()));
    // The check says the version could not be read, not "version -1; expected N".
    const Problems found = t.db->check();
    CHECK(isReadError(found));
    CHECK_FALSE(test::describe(found).contains(QStringLiteral("The schema is at version")));
}

TEST_CASE("a file whose schema version cannot be read does not open, and is not migrated from the start", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = previousVersionFile(dir);
    RefusedOnOpen refused("user_version");
    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(isReadError(opened.problems()));
    CHECK_FALSE(test::describe(opened.problems()).contains(QStringLiteral("Migration to schema version")));
}

TEST_CASE("a migration whose foreign-key check cannot run is refused, not taken as passed", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = previousVersionFile(dir);
    const int previous = Database::versions().at(Database::versions().size() - 2);
    {
        RefusedOnOpen refused("foreign_key_check");
        const auto opened = Database::open(path);  // migrates to the latest version
        REQUIRE_FALSE(opened.ok());
        CHECK(isReadError(opened.problems()));
    }
    // Rolled back: the step did not count as done, and the file opens (and migrates) once it reads.
    Database::Options options;
    options.migrate = false;
    const auto unchanged = Database::open(path, options);
    REQUIRE(unchanged.ok());
    CHECK(*unchanged.value()->schemaVersion() == previous);
}
