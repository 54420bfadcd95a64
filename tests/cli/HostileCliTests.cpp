// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, through chamberctl as a clerk (or a hostile user) would run it: pipes given as
// ledgers, names that hide or recolour, a dry run on an older file, an empty file, a read-only
// folder, a writer that has to wait. Each test is named after the finding.
#include "CliRunner.h"
#include "Database.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sys/stat.h>
#include <unistd.h>

using namespace chamber;
using chamber::test::runCliDb;

namespace {

const QString kCsv = QStringLiteral(CHAMBER_SHARED_DIR "/samples/binyang-ledger-2025.gb18030.csv");

struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("county.sqlite"));
    County()
    {
        const auto init = runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("450126")});
        REQUIRE(init.exitCode == 0);
    }
    QByteArray bytes() const { return test::readFile(db); }
};

QStringList addChamber(const QString &name)
{
    return {QStringLiteral("chamber"), QStringLiteral("add"), QStringLiteral("--township"), QStringLiteral("黎塘镇"), QStringLiteral("--name"), name};
}

} // namespace

TEST_CASE("issue 15: import ledger of a FIFO or /dev/zero is refused at once, in Chinese")
{
    County county;
    const QString fifo = county.dir.filePath(QStringLiteral("台账.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {fifo, QStringLiteral("/dev/zero")}) {
        const auto run = runCliDb(county.db, {QStringLiteral("import"), QStringLiteral("ledger"), path}, QStringLiteral("zh_CN"));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("不是普通文件")));
    }
}

TEST_CASE("issue 15: names of only a zero-width space, bidi overrides and ANSI escapes are refused")
{
    County county;
    const QByteArray before = county.bytes();
    const struct
    {
        QString name;
        QString says;
    } cases[] = {
        {QStringLiteral("\u200B"), QStringLiteral("不可见")},
        {QStringLiteral("\u200B\u2060\uFEFF"), QStringLiteral("不可见")},
        {QStringLiteral("黎塘镇\u202E会商"), QStringLiteral("U+202E")},
        {QStringLiteral("黎塘镇\x1B[2J商会"), QStringLiteral("U+001B")},
    };
    for (const auto &c : cases) {
        const auto run = runCliDb(county.db, addChamber(c.name), QStringLiteral("zh_CN"));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(c.says));
        CHECK(county.bytes() == before);
    }
    // A note too long for its field names the field and the limit.
    const auto longNote = runCliDb(county.db, addChamber(QStringLiteral("黎塘镇商会")) + QStringList{QStringLiteral("--notes"), QString(2001, QLatin1Char('x'))});
    CHECK(longNote.exitCode == 1);
    CHECK(longNote.err.contains(QLocale().toString(2000)));
}

TEST_CASE("issue 15: chamber list and show escape control characters already in a file")
{
    County county;
    REQUIRE(runCliDb(county.db, addChamber(QStringLiteral("黎塘镇商会"))).exitCode == 0);
    {
        // A value stored before the rules (or by another program) holding an ANSI escape.
        auto db = Database::open(county.db);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE chamber SET president = '张' || char(27) || '[2J三'")));
    }
    for (const QStringList &args : {QStringList{QStringLiteral("chamber"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("chamber"), QStringLiteral("show"), QStringLiteral("1")}}) {
        const auto run = runCliDb(county.db, args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK_FALSE(run.out.contains(QChar(0x1B)));
        CHECK(run.out.contains(QStringLiteral("张\\x1B[2J三")));
    }
}

TEST_CASE("issue 15: --dry-run on an older file never migrates it and leaves no backup")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.migrateTo = Database::latestVersion() - 1;
        auto db = Database::open(path, options);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = test::readFile(path);
    const auto run = runCliDb(path, {QStringLiteral("import"), QStringLiteral("ledger"), kCsv, QStringLiteral("--dry-run")}, QStringLiteral("zh_CN"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("升级")));
    CHECK(test::readFile(path) == before);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".backups")));
}

TEST_CASE("issue 15: a 0-byte file is not turned into a database silently")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const auto run = runCliDb(path, {QStringLiteral("chamber"), QStringLiteral("list")}, QStringLiteral("zh_CN"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("0 字节")));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("issue 15: a read-only folder gives the real reason, not \"not a ChamberDesk database\"")
{
    if (::geteuid() == 0) {
        WARN("run as root, who writes to read-only folders: the permission cannot be tested");
        return;
    }
    County county;
    REQUIRE(runCliDb(county.db, addChamber(QStringLiteral("黎塘镇商会"))).exitCode == 0);
    QFile::remove(county.db + QStringLiteral("-wal"));
    QFile::remove(county.db + QStringLiteral("-shm"));
    REQUIRE(::chmod(QFile::encodeName(county.dir.path()).constData(), 0555) == 0);
    const auto run = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list")});
    ::chmod(QFile::encodeName(county.dir.path()).constData(), 0755);
    INFO(run.err.toStdString());
    if (run.exitCode != 0) {
        CHECK(run.err.contains(QStringLiteral("cannot be written")));
        CHECK_FALSE(run.err.contains(QStringLiteral("not a ChamberDesk database")));
    }
}

TEST_CASE("issue 15: a writer that has to wait says so in words, not raw SQLite text")
{
    County county;
    auto holder = Database::open(county.db);
    REQUIRE(holder.ok());
    QSqlQuery q(holder.value()->sql());
    REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    // chamberctl waits its busy timeout (5 s) for the write lock, then says why it gave up.
    const auto run = runCliDb(county.db, addChamber(QStringLiteral("黎塘镇商会")), QStringLiteral("zh_CN"));
    q.exec(QStringLiteral("ROLLBACK"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("另一项导入")));
    CHECK_FALSE(run.err.contains(QStringLiteral("locked")));
}

TEST_CASE("issue 15: backup list, now, restore and policy, and an import makes its backup first")
{
    County county;
    REQUIRE(runCliDb(county.db, addChamber(QStringLiteral("黎塘镇商会"))).exitCode == 0);
    const auto now = runCliDb(county.db, {QStringLiteral("backup"), QStringLiteral("now")});
    INFO(now.err.toStdString());
    REQUIRE(now.exitCode == 0);
    const QString folder = county.db + QStringLiteral(".backups");
    const QStringList afterNow = QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    REQUIRE(afterNow.size() == 1);
    const auto imported = runCliDb(county.db, {QStringLiteral("import"), QStringLiteral("ledger"), kCsv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("before the import: ") + folder));
    const auto list = runCliDb(county.db, {QStringLiteral("backup"), QStringLiteral("list")}, QStringLiteral("zh_CN"));
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("导入前")));
    CHECK(list.out.contains(afterNow.first()));
    // Restore the copy made by hand: the import's chambers go, the one added by hand stays.
    const auto restore = runCliDb(county.db, {QStringLiteral("backup"), QStringLiteral("restore"), afterNow.first()});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    const auto chambers = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(chambers.exitCode == 0);
    CHECK(chambers.json().size() == 1);
    const auto policy = runCliDb(county.db, {QStringLiteral("backup"), QStringLiteral("policy"), QStringLiteral("--daily"), QStringLiteral("3")});
    REQUIRE(policy.exitCode == 0);
    CHECK(policy.out.contains(QStringLiteral("3 days")));
    CHECK(runCliDb(county.db, {QStringLiteral("backup"), QStringLiteral("restore"), county.db}).exitCode == 1);
}

// Found by scripts/fuzz.sh (fuzz_xls): this 9 KB crafted .xls makes libfreexl's freexl_open() read
// out of bounds. The reader now tries FreeXL in a forked child first and refuses the file as damaged
// when the child dies.
TEST_CASE("issue 15: a crafted .xls that crashes FreeXL is refused as damaged, not a crash")
{
    County county;
    const auto run = runCliDb(county.db, {QStringLiteral("import"), QStringLiteral("ledger"),
                                          QStringLiteral(CHAMBER_SOURCE_DIR "/tests/import/data/fuzz/freexl-open-segv.xls")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("damaged")));
}
