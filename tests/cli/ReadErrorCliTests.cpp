// SPDX-License-Identifier: GPL-3.0-or-later
// Issues 11 and 15: a database error while reading stops the command (exit 1) with a message that
// the file may be damaged and how to recover it, never figures, a list or a file made from the
// rows that could be read. A table renamed in the demo county's file stands for a damaged one.
#include "CliRunner.h"
#include "RecordKind.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace chamber;
using chamber::test::runCliDb;

namespace {

// The demo county, made once: each test damages its own copy.
const QString &demoFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        const auto made = runCliDb(db, {QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("450126"), QStringLiteral("--quiet")});
        REQUIRE(made.exitCode == 0);
        return db;
    }();
    return path;
}

struct DamagedCounty
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("county.sqlite"));
    explicit DamagedCounty(const char *table)
    {
        REQUIRE(QFile::copy(demoFile(), db));
        {
            auto sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            sql.setDatabaseName(db);
            REQUIRE(sql.open());
            QSqlQuery q(sql);
            REQUIRE(q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_damaged").arg(QLatin1String(table))));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    }
};

void checkRefused(const test::CliRun &run)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Reading the database failed")));
    CHECK(run.err.contains(QStringLiteral("may be damaged")));
    CHECK(run.err.contains(QStringLiteral("chamberctl backup restore")));
}

} // namespace

TEST_CASE("issue 15: chamber list on a file with a damaged table exits 1 with the message instead of an empty list")
{
    {
        DamagedCounty intact("verification_item");  // a table chamber list does not read
        const auto run = runCliDb(intact.db, {QStringLiteral("chamber"), QStringLiteral("list")});
        REQUIRE(run.exitCode == 0);
        CHECK_FALSE(run.out.isEmpty());
    }
    DamagedCounty county("chamber");
    const auto run = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list")});
    checkRefused(run);
    CHECK(run.out.isEmpty());
}

TEST_CASE("issue 15: stats on a file with a damaged table exits 1 instead of figures that count the table as empty")
{
    DamagedCounty county("honour");
    for (const char *format : {"table", "json", "csv"}) {
        const auto run = runCliDb(county.db, {QStringLiteral("stats"), QStringLiteral("--format"), QString::fromLatin1(format)});
        checkRefused(run);
        CHECK(run.out.isEmpty());
    }
    // The schema's settings unreadable: the file is damaged, it does not want init.
    DamagedCounty noSettings("setting");
    const auto run = runCliDb(noSettings.db, {QStringLiteral("stats")});
    checkRefused(run);
    CHECK_FALSE(run.err.contains(QStringLiteral("run init")));
}

TEST_CASE("issue 15: export ledger on a file with a damaged table exits 1 and writes no file")
{
    DamagedCounty county("party_instructor");
    const QString out = county.dir.filePath(QStringLiteral("ledger.csv"));
    const auto run = runCliDb(county.db, {QStringLiteral("export"), QStringLiteral("ledger"), QStringLiteral("--out"), out});
    checkRefused(run);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("issue 15: report scoring on a file with a damaged table exits 1 and writes no report")
{
    DamagedCounty county("points_veto");
    const QString out = county.dir.filePath(QStringLiteral("report.json"));
    const auto run = runCliDb(county.db, {QStringLiteral("report"), QStringLiteral("scoring"), QStringLiteral("--year"), QStringLiteral("2026"),
                                          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
    checkRefused(run);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("issue 15: report scoring exits 1 when whose points the county keeps cannot be read")
{
    // Taken as "none received", the report would be made by this file's own rules and exit 0.
    DamagedCounty county("exchange_origin");
    const QString out = county.dir.filePath(QStringLiteral("report.json"));
    const auto run = runCliDb(county.db, {QStringLiteral("report"), QStringLiteral("scoring"), QStringLiteral("--year"), QStringLiteral("2026"),
                                          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
    checkRefused(run);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("issue 15: the read error is said in Chinese in a Chinese session")
{
    DamagedCounty county("chamber");
    const auto run = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list")}, QStringLiteral("zh_CN"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("可能已损坏")));
    CHECK(run.err.contains(QStringLiteral("chamberctl backup restore")));
}

namespace {

// The commands that read a kind's table: its list (table and JSON) and its show (text and JSON).
QList<QStringList> readersOf(RecordKindId id)
{
    auto w = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out.append(QString::fromUtf8(s));
        return out;
    };
    QList<QStringList> base;
    switch (id) {
    case RecordKindId::Chamber: base = {w({"chamber", "list"}), w({"chamber", "show", "1"})}; break;
    case RecordKindId::PartyOrganization: base = {w({"party", "list"}), w({"party", "show", "--chamber", "1"})}; break;
    case RecordKindId::PartyInstructor: base = {w({"party", "instructor", "list"}), w({"party", "show", "--chamber", "1"})}; break;
    case RecordKindId::Disclosure: base = {w({"party", "disclosure", "list"}), w({"party", "show", "--chamber", "1"})}; break;
    case RecordKindId::Honour: base = {w({"honour", "list"}), w({"honour", "show", "1"})}; break;
    case RecordKindId::MediationCommittee:
        base = {w({"mediation", "committee", "list"}), w({"mediation", "committee", "show", "--chamber", "1"})};
        break;
    case RecordKindId::MediationTally:
        base = {w({"mediation", "tally", "list", "--chamber", "1"}), w({"mediation", "committee", "show", "--chamber", "1"})};
        break;
    case RecordKindId::MediationCase: base = {w({"mediation", "case", "list"}), w({"mediation", "case", "show", "1"})}; break;
    case RecordKindId::ServiceRequest: base = {w({"need", "list"}), w({"need", "show", "1"})}; break;
    case RecordKindId::Member: base = {w({"member", "list"}), w({"member", "show", "1"})}; break;
    case RecordKindId::None: break;
    }
    QList<QStringList> out;
    for (const auto &command : base)
        for (const char *format : {"table", "json"})
            out.append(command + QStringList{QStringLiteral("--format"), QString::fromLatin1(format)});
    return out;
}

} // namespace

TEST_CASE("issue 11: every kind's list and show on a file whose table of that kind is damaged exit 1 with the message")
{
    for (const auto *kind : recordKinds()) {
        DYNAMIC_SECTION(kind->key)
        {
            const auto readers = readersOf(kind->id);
            REQUIRE(readers.size() == 4);
            {
                // The same commands on the intact file read something: the damage is what stops them.
                DamagedCounty intact("verification_item");
                for (const auto &command : readers) {
                    INFO(command.join(QLatin1Char(' ')).toStdString());
                    const auto run = runCliDb(intact.db, command);
                    CHECK(run.exitCode == 0);
                    CHECK_FALSE(run.out.isEmpty());
                }
            }
            DamagedCounty county(kind->table);
            for (const auto &command : readers) {
                INFO(command.join(QLatin1Char(' ')).toStdString());
                const auto run = runCliDb(county.db, command);
                checkRefused(run);
                CHECK(run.out.isEmpty());
            }
        }
    }
}
