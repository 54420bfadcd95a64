// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl --db postgresql://… (issue 13): an address that is wrong, a server that is down, a
// password that is wrong, a database of another program or of a newer ChamberDesk are refused in
// words with exit 1, and nothing is written. Cases tagged [server] need the PostgreSQL server of
// the environment (the ctest entries labelled postgresql, run in pg_virtualenv).
#include "CliRunner.h"
#include "TestSupport.h"
#include "Uid.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace chamber;
using chamber::test::runCliDb;

namespace {

QString dbName(const QString &address)
{
    return address.section(QLatin1Char('/'), -1);
}

// A direct connection to one database of the test server, as psql would make it.
struct Psql
{
    QString name;
    QSqlDatabase db;
    explicit Psql(const QString &database) : name(QStringLiteral("psql-") + database)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(database);
        REQUIRE(db.open());
    }
    ~Psql()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(db);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    qint64 number(const QString &sql)
    {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE((q.exec(sql) && q.next()));
        return q.value(0).toLongLong();
    }
};

// A server database dropped at the end of the test.
struct ServerDatabase
{
    QString address = test::createServerDatabase();
    ~ServerDatabase() { test::dropServerDatabase(address); }
};

// Sets an environment variable for the chamberctl runs of one scope.
struct EnvironmentOverride
{
    QByteArray name, before;
    bool had;
    EnvironmentOverride(const char *variable, const QByteArray &value) : name(variable), before(qgetenv(variable)), had(qEnvironmentVariableIsSet(variable))
    {
        qputenv(variable, value);
    }
    ~EnvironmentOverride() { had ? qputenv(name.constData(), before) : qunsetenv(name.constData()); }
};

const QStringList kStats{QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")};

} // namespace

TEST_CASE("issue 13: a malformed server address is refused in words, exit 1")
{
    for (const auto &[address, words] : std::vector<std::pair<QString, QString>>{
             {QStringLiteral("postgresql://clerk@localhost:0/chamber"), QStringLiteral("port")},
             {QStringLiteral("postgresql://clerk@localhost:99999/chamber"), QStringLiteral("not a valid server address")},
             {QStringLiteral("postgres://clerk@local host/chamber"), QStringLiteral("not a valid server address")},
             {QStringLiteral("postgresql://clerk@localhost/"), QStringLiteral("names no database")},
             {QStringLiteral("postgresql://clerk@localhost/chamber?sslmode=sometimes"), QStringLiteral("sslmode=sometimes")},
             {QStringLiteral("postgresql://clerk@localhost/chamber?colour=red"), QStringLiteral("colour")}}) {
        const auto run = runCliDb(address, kStats);
        INFO(address.toStdString() << " → " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(words));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("issue 13: a server that is not running is said so, in Chinese, exit 1")
{
    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    const QString address = QStringLiteral("postgresql://clerk:secret@127.0.0.1:1/chamber?sslmode=disable");
    const auto en = runCliDb(address, kStats);
    CHECK(en.exitCode == 1);
    CHECK(en.err.contains(QStringLiteral("Cannot reach the database server")));
    CHECK_FALSE(en.err.contains(QStringLiteral("secret")));  // the password is never shown
    const auto zh = runCliDb(address, kStats, QStringLiteral("zh_CN"));
    CHECK(zh.exitCode == 1);
    CHECK(zh.err.contains(QStringLiteral("无法连接数据库服务器")));
    CHECK_FALSE(zh.err.contains(QStringLiteral("secret")));
}

TEST_CASE("issue 13: a wrong password is refused, and nothing is written", "[server]")
{
    ServerDatabase server;
    Psql admin(dbName(server.address));
    admin.exec(QStringLiteral("DROP ROLE IF EXISTS issue13_clerk"));
    admin.exec(QStringLiteral("CREATE ROLE issue13_clerk LOGIN PASSWORD 'right-one'"));
    const QString address = QStringLiteral("postgresql://issue13_clerk@localhost/%1").arg(dbName(server.address));
    {
        EnvironmentOverride password("PGPASSWORD", "wrong-one");
        const auto run = runCliDb(address, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("450126")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("refused the user name or password")));
        const auto zh = runCliDb(address, kStats, QStringLiteral("zh_CN"));
        CHECK(zh.exitCode == 1);
        CHECK(zh.err.contains(QStringLiteral("密码")));
    }
    CHECK(admin.number(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) == 0);
    admin.exec(QStringLiteral("DROP ROLE issue13_clerk"));
}

TEST_CASE("issue 13: a database that does not exist is named, exit 1", "[server]")
{
    const auto run = runCliDb(QStringLiteral("postgresql:///no_such_chamber_db"), kStats);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no database named no_such_chamber_db")));
}

TEST_CASE("issue 13: another program's database and an empty one are refused untouched", "[server]")
{
    ServerDatabase other;
    Psql psql(dbName(other.address));
    psql.exec(QStringLiteral("CREATE TABLE invoice (id integer PRIMARY KEY, total integer)"));
    for (const QStringList &args : {kStats, QStringList{QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("450126")}}) {
        const auto run = runCliDb(other.address, args);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("belongs to another program")));
    }
    CHECK(psql.number(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) == 1);

    ServerDatabase empty;
    const auto run = runCliDb(empty.address, kStats);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("is empty")));
    Psql emptyPsql(dbName(empty.address));
    CHECK(emptyPsql.number(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) == 0);
}

TEST_CASE("issue 13: a server database of a newer ChamberDesk is refused untouched", "[server]")
{
    ServerDatabase server;
    const auto init = runCliDb(server.address, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("450126")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    REQUIRE(runCliDb(server.address, kStats).exitCode == 0);
    Psql psql(dbName(server.address));
    psql.exec(QStringLiteral("UPDATE chamber_schema SET version = 99"));
    const qint64 lines = psql.number(QStringLiteral("SELECT count(*) FROM change_log"));
    const auto run = runCliDb(server.address, {QStringLiteral("chamber"), QStringLiteral("add"), QStringLiteral("--township"),
                                               QStringLiteral("黎塘镇"), QStringLiteral("--name"), QStringLiteral("黎塘镇商会")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("newer ChamberDesk (schema version 99")));
    CHECK(psql.number(QStringLiteral("SELECT count(*) FROM change_log")) == lines);
    CHECK(psql.number(QStringLiteral("SELECT count(*) FROM chamber")) == 0);
}

namespace {

// A login of the test server as one user with a password, as a clerk's psql would be.
struct Login
{
    QString name;
    QSqlDatabase db;
    Login(const QString &database, const QString &user, const QString &password) : name(QStringLiteral("login-") + user)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("localhost"));
        db.setDatabaseName(database);
        db.setUserName(user);
        db.setPassword(password);
        INFO(user.toStdString());
        REQUIRE(db.open());
    }
    ~Login()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    // The rows a statement touched, or -1 when the server refused it.
    int run(const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) ? q.numRowsAffected() : -1;
    }
    QStringList names(const QString &sql)
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }
};

QStringList addChamber(const QString &township, const QString &name)
{
    return {QStringLiteral("chamber"), QStringLiteral("add"), QStringLiteral("--township"), township, QStringLiteral("--name"), name};
}

} // namespace

TEST_CASE("issue 13: the server keeps a clerk to its county and an official to reading, even in plain SQL", "[server]")
{
    ServerDatabase server;
    const QString database = dbName(server.address);
    const auto init = runCliDb(server.address, {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("4501")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    REQUIRE(runCliDb(server.address, addChamber(QStringLiteral("450126101"), QStringLiteral("宾阳县黎塘镇商会"))).exitCode == 0);
    REQUIRE(runCliDb(server.address, addChamber(QStringLiteral("450103001"), QStringLiteral("新竹街道商会"))).exitCode == 0);
    const QString grant = QStringLiteral("grant");
    for (const QStringList &args : {QStringList{QStringLiteral("--user"), QStringLiteral("issue13_binyang"), QStringLiteral("--county"),
                                                QStringLiteral("450126"), QStringLiteral("--role"), QStringLiteral("clerk")},
                                    QStringList{QStringLiteral("--user"), QStringLiteral("issue13_nanning"), QStringLiteral("--scope"),
                                                QStringLiteral("4501"), QStringLiteral("--role"), QStringLiteral("official")}}) {
        const auto run = runCliDb(server.address, QStringList{QStringLiteral("server"), grant} + args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    const auto users = runCliDb(server.address, {QStringLiteral("server"), QStringLiteral("users")});
    CHECK(users.out.contains(QStringLiteral("issue13_binyang")));
    CHECK(users.out.contains(QStringLiteral("issue13_nanning")));
    {
        Psql admin(database);
        admin.exec(QStringLiteral("ALTER ROLE issue13_binyang PASSWORD 'clerk-pw'"));
        admin.exec(QStringLiteral("ALTER ROLE issue13_nanning PASSWORD 'official-pw'"));
    }

    SECTION("the clerk of 450126")
    {
        Login clerk(database, QStringLiteral("issue13_binyang"), QStringLiteral("clerk-pw"));
        CHECK(clerk.names(QStringLiteral("SELECT name FROM chamber ORDER BY id")) == QStringList{QStringLiteral("宾阳县黎塘镇商会")});
        CHECK(clerk.names(QStringLiteral("SELECT entity_id FROM change_log WHERE entity = 'chamber'")) == QStringList{QStringLiteral("1")});
        CHECK(clerk.run(QStringLiteral("UPDATE chamber SET notes = 'x' WHERE township_code LIKE '450103%'")) == 0);
        CHECK(clerk.run(QStringLiteral("DELETE FROM chamber WHERE township_code LIKE '450103%'")) == 0);
        CHECK(clerk.run(QStringLiteral("INSERT INTO chamber (township_code, name, created_at, updated_at) VALUES "
                                       "('450103002', '冒名商会', '2026-01-01', '2026-01-01')")) == -1);
        CHECK(clerk.run(QStringLiteral("UPDATE chamber SET township_code = '450103002' WHERE id = 1")) == -1);
        CHECK(clerk.run(QStringLiteral("SELECT * FROM chamber_access.grants")) == -1);
        // Through chamberctl as that clerk: its own county written, the other refused.
        EnvironmentOverride password("PGPASSWORD", "clerk-pw");
        const QString address = QStringLiteral("postgresql://issue13_binyang@localhost/%1").arg(database);
        const auto own = runCliDb(address, addChamber(QStringLiteral("450126102"), QStringLiteral("宾阳县宾州镇商会")));
        INFO(own.err.toStdString());
        CHECK(own.exitCode == 0);
        CHECK(runCliDb(address, addChamber(QStringLiteral("450103003"), QStringLiteral("建政街道商会"))).exitCode == 1);
        const auto list = runCliDb(address, {QStringLiteral("chamber"), QStringLiteral("list")});
        CHECK(list.out.contains(QStringLiteral("宾州镇")));
        CHECK_FALSE(list.out.contains(QStringLiteral("新竹")));
    }
    SECTION("the official of 4501")
    {
        Login official(database, QStringLiteral("issue13_nanning"), QStringLiteral("official-pw"));
        CHECK(official.names(QStringLiteral("SELECT name FROM chamber ORDER BY id")).size() == 2);
        CHECK(official.run(QStringLiteral("UPDATE chamber SET notes = 'x'")) == -1);
        CHECK(official.run(QStringLiteral("DELETE FROM registration_event")) == -1);
        EnvironmentOverride password("PGPASSWORD", "official-pw");
        const QString address = QStringLiteral("postgresql://issue13_nanning@localhost/%1").arg(database);
        CHECK(runCliDb(address, addChamber(QStringLiteral("450126103"), QStringLiteral("宾阳县大桥镇商会"))).exitCode == 1);
        CHECK(runCliDb(address, kStats).exitCode == 0);
    }
    SECTION("revoked, the clerk sees nothing")
    {
        REQUIRE(runCliDb(server.address, {QStringLiteral("server"), QStringLiteral("revoke"), QStringLiteral("--user"),
                                          QStringLiteral("issue13_binyang")}).exitCode == 0);
        Login clerk(database, QStringLiteral("issue13_binyang"), QStringLiteral("clerk-pw"));
        CHECK(clerk.run(QStringLiteral("SELECT name FROM chamber")) == -1);
    }
    Psql admin(database);
    admin.exec(QStringLiteral("DROP OWNED BY issue13_binyang, issue13_nanning"));
    admin.exec(QStringLiteral("DROP ROLE issue13_binyang"));
    admin.exec(QStringLiteral("DROP ROLE issue13_nanning"));
}

TEST_CASE("issue 13: a county's file is taken into the server under its county, all or nothing", "[server]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("binyang.sqlite"));
    const auto demo = runCliDb(file, {QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("450126"), QStringLiteral("--seed"),
                                      QStringLiteral("3")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QByteArray before = test::readFile(file);
    ServerDatabase server;
    REQUIRE(runCliDb(server.address, {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("4501")}).exitCode
            == 0);
    const QStringList importFile{QStringLiteral("server"), QStringLiteral("import-file"), file};
    const auto taken = runCliDb(server.address, importFile);
    INFO(taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    CHECK(test::readFile(file) == before);  // the county's file is read, never changed

    // Every record came over, under the county, with its uid.
    QSqlDatabase lite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("county-file"));
    lite.setDatabaseName(file);
    REQUIRE(lite.open());
    Psql psql(dbName(server.address));
    const auto fileCount = [&](const QString &sql) {
        QSqlQuery q(lite);
        REQUIRE((q.exec(sql) && q.next()));
        return q.value(0).toLongLong();
    };
    for (const QString &table : {QStringLiteral("chamber"), QStringLiteral("registration_event"), QStringLiteral("party_organization"),
                                QStringLiteral("mediation_case"), QStringLiteral("mediation_case_change"), QStringLiteral("member"),
                                QStringLiteral("service_request")}) {
        INFO(table.toStdString());
        const qint64 expected = fileCount(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        CHECK(expected > 0);
        CHECK(psql.number(QStringLiteral("SELECT count(*) FROM %1").arg(table)) == expected);
        CHECK(taken.out.contains(QStringLiteral("%1: %2").arg(table).arg(expected)));
    }
    CHECK(psql.number(QStringLiteral("SELECT count(*) FROM chamber WHERE township_code NOT LIKE '450126%'")) == 0);
    CHECK(psql.number(QStringLiteral("SELECT count(*) FROM mediation_case_change h JOIN mediation_case m ON m.id = h.case_id")) ==
          fileCount(QStringLiteral("SELECT count(*) FROM mediation_case_change")));
    const qint64 uids = fileCount(QStringLiteral("SELECT count(DISTINCT uid) FROM chamber"));
    {
        QSqlQuery q(lite);
        REQUIRE(q.exec(QStringLiteral("SELECT uid FROM chamber ORDER BY uid LIMIT 1")));
        REQUIRE(q.next());
        CHECK(psql.number(QStringLiteral("SELECT count(*) FROM chamber WHERE uid = '%1'").arg(Uid::text(q.value(0)))) == 1);  // the file's 16 bytes, the server's text
    }
    CHECK(psql.number(QStringLiteral("SELECT count(DISTINCT uid) FROM chamber")) == uids);
    lite.close();
    lite = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("county-file"));

    // Again: refused, nothing doubled.
    const qint64 lines = psql.number(QStringLiteral("SELECT count(*) FROM change_log"));
    const auto again = runCliDb(server.address, importFile);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds")));
    CHECK(psql.number(QStringLiteral("SELECT count(*) FROM chamber")) == uids);
    CHECK(psql.number(QStringLiteral("SELECT count(*) FROM change_log")) == lines);
}

TEST_CASE("issue 13: a ledger taken into a server database and undone again, with no backup file made for it", "[server]")
{
    ServerDatabase server;
    REQUIRE(runCliDb(server.address, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("450126")}).exitCode == 0);
    Psql psql(dbName(server.address));
    const QString ledger = QStringLiteral(CHAMBER_SHARED_DIR "/samples/binyang-ledger-2025.gb18030.csv");
    const auto imported = runCliDb(server.address, {QStringLiteral("import"), QStringLiteral("ledger"), ledger});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    // The sample ledger's 11 chambers (tests/shared/samples, counted by hand).
    CHECK(psql.number(QStringLiteral("SELECT count(*) FROM chamber")) == 11);
    // A server is backed up on the server (pg_dump): no copy into a folder named after its address.
    CHECK_FALSE(QDir::current().exists(QStringLiteral("postgresql:")));
    const auto undone = runCliDb(server.address, {QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")});
    INFO(undone.out.toStdString() << undone.err.toStdString());
    REQUIRE(undone.exitCode == 0);
    CHECK(psql.number(QStringLiteral("SELECT count(*) FROM chamber")) == 0);
    CHECK_FALSE(QDir::current().exists(QStringLiteral("postgresql:")));
}
