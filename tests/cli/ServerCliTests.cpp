// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl --db postgresql://… (issue 13): an address that is wrong, a server that is down, a
// password that is wrong, a database of another program or of a newer ChamberDesk are refused in
// words with exit 1, and nothing is written. Cases tagged [server] need the PostgreSQL server of
// the environment (the ctest entries labelled postgresql, run in pg_virtualenv).
#include "CliRunner.h"
#include "TestSupport.h"

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
             {QStringLiteral("postgresql://clerk@localhost:99999/chamber"), QStringLiteral("port")},
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
