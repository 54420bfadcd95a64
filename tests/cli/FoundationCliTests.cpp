// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>

using namespace chamber;
using chamber::test::runCliDb;

namespace {
struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("county.sqlite"));
    County()
    {
        const auto init = runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("450126")});
        INFO(init.err);
        REQUIRE(init.exitCode == 0);
        const auto add = runCliDb(db, {QStringLiteral("chamber"), QStringLiteral("add"), QStringLiteral("--township"), QStringLiteral("黎塘镇"),
                                       QStringLiteral("--name"), QStringLiteral("宾阳县黎塘镇商会"), QStringLiteral("--founded"),
                                       QStringLiteral("2011-10-10"), QStringLiteral("--individual-members"), QStringLiteral("40"),
                                       QStringLiteral("--unit-members"), QStringLiteral("11")});
        INFO(add.err);
        REQUIRE(add.exitCode == 0);
    }
    QByteArray bytes() const { return test::readFile(db); }
};

// Runs a command that must be refused (exit 1) without changing the file; returns its messages.
QString refusedUnchanged(County &county, const QStringList &args)
{
    const QByteArray before = county.bytes();
    const auto run = runCliDb(county.db, args);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(county.bytes() == before);
    CHECK_FALSE(QFile::exists(county.db + QStringLiteral("-wal")));
    return run.err;
}
} // namespace

TEST_CASE("init a county and see its townships in stats")
{
    County county;
    const auto stats = runCliDb(county.db, {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(stats.exitCode == 0);
    const auto j = stats.json();
    CHECK(j["townships"]["total"] == 16);
    CHECK(j["townships"]["excluded"] == 1);
    CHECK(j["chambers"] == 1);
    CHECK(j["coverage"]["numerator"] == 1);
    CHECK(j["coverage"]["denominator"] == 16);
}

TEST_CASE("init the region: 1,253 townships and 31 excluded")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("gx.sqlite"));
    REQUIRE(runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("45")}).exitCode == 0);
    const auto j = runCliDb(db, {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")}).json();
    CHECK(j["townships"]["total"] == 1253);
    CHECK(j["townships"]["excluded"] == 31);
    CHECK(j["units"].size() == 14);
}

TEST_CASE("init refuses unknown codes and ambiguous names, listing candidates")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    const auto unknown = runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("459999")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("459999")));
    const auto ambiguous = runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("朝阳区")});
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("110105")));
    CHECK(ambiguous.err.contains(QStringLiteral("220104")));
    CHECK_FALSE(QFile::exists(db));
    CHECK(runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("北京市朝阳区")}).exitCode == 0);
}

TEST_CASE("a wrong credit code is refused naming the expected character, file unchanged")
{
    County county;
    const QString err = refusedUnchanged(county, {QStringLiteral("registration"), QStringLiteral("set"), QStringLiteral("--chamber"),
                                                  QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("registered"),
                                                  QStringLiteral("--date"), QStringLiteral("2016-09-01"), QStringLiteral("--credit-code"),
                                                  QStringLiteral("51450126MJ3016613Q")});
    CHECK(err.contains(QStringLiteral("expected P")));
}

TEST_CASE("the same refusal speaks Chinese under a Chinese locale")
{
    County county;
    const auto run = runCliDb(county.db, {QStringLiteral("registration"), QStringLiteral("set"), QStringLiteral("--chamber"),
                                          QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("registered"),
                                          QStringLiteral("--date"), QStringLiteral("2016-09-01"), QStringLiteral("--credit-code"),
                                          QStringLiteral("51450126MJ3016613Q")},
                              QStringLiteral("zh_CN"));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("错误")));
    CHECK(run.err.contains(QStringLiteral("统一社会信用代码")));
    CHECK(run.err.contains(QStringLiteral("P")));
    CHECK_FALSE(run.err.contains(QStringLiteral("expected")));
}

TEST_CASE("registration before founding is kept with a warning, negative counts and unknown townships are refused unchanged")
{
    County county;
    // A contradiction, not an impossibility: one of the two dates is wrong and a clerk verifies which.
    const auto early = runCliDb(county.db, {QStringLiteral("registration"), QStringLiteral("set"), QStringLiteral("--chamber"),
                                            QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("preparing"),
                                            QStringLiteral("--date"), QStringLiteral("2010-01-01")});
    CHECK(early.exitCode == 0);
    CHECK(early.err.contains(QStringLiteral("before the chamber was founded")));
    CHECK(refusedUnchanged(county, {QStringLiteral("chamber"), QStringLiteral("add"), QStringLiteral("--township"), QStringLiteral("宾州镇"),
                                    QStringLiteral("--name"), QStringLiteral("宾阳县宾州镇商会"), QStringLiteral("--individual-members=-5")})
              .contains(QStringLiteral("negative")));
    CHECK(refusedUnchanged(county, {QStringLiteral("chamber"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--unit-members=-1")})
              .contains(QStringLiteral("negative")));
    CHECK(refusedUnchanged(county, {QStringLiteral("chamber"), QStringLiteral("add"), QStringLiteral("--township"), QStringLiteral("不存在镇"),
                                    QStringLiteral("--name"), QStringLiteral("某商会")})
              .contains(QStringLiteral("不存在镇")));
    CHECK(refusedUnchanged(county, {QStringLiteral("chamber"), QStringLiteral("add"), QStringLiteral("--township"), QStringLiteral("宾州镇"),
                                    QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--founded"), QStringLiteral("2011-02-30")})
              .contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(refusedUnchanged(county, {QStringLiteral("chamber"), QStringLiteral("remove"), QStringLiteral("1")}).contains(QStringLiteral("--yes")));
}

TEST_CASE("usage errors exit 2")
{
    County county;
    CHECK(runCliDb(county.db, {QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list"), QStringLiteral("--no-such-option")}).exitCode == 2);
    CHECK(runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x")}).exitCode == 2);
    CHECK(runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
    CHECK(runCliDb(county.db, {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("village")}).exitCode == 2);
    CHECK(test::runCli({QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("chamber list, show, edit and registration through the CLI")
{
    County county;
    auto run = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("edit"), QStringLiteral("宾阳县黎塘镇商会"),
                                    QStringLiteral("--premises"), QStringLiteral("黎塘镇商贸街8号"), QStringLiteral("--activity-funds"),
                                    QStringLiteral("3万"), QStringLiteral("--president"), QStringLiteral("甘明辉")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    REQUIRE(runCliDb(county.db, {QStringLiteral("registration"), QStringLiteral("set"), QStringLiteral("--chamber"), QStringLiteral("1"),
                                 QStringLiteral("--status"), QStringLiteral("preparing"), QStringLiteral("--date"), QStringLiteral("2015-03-01")})
                .exitCode == 0);
    const auto shown = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--format"),
                                            QStringLiteral("json")}).json();
    CHECK(shown["premises"] == "黎塘镇商贸街8号");
    CHECK(shown["activity_funds_fen"] == 3000000);
    CHECK(shown["registration"] == "preparing");
    CHECK(shown["registration_history"].size() == 1);
    CHECK(shown["readiness"].size() == 6);
    CHECK(shown["ready_to_register"] == false);  // 51 members, but secretary-general and staff are missing

    const auto list = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list"), QStringLiteral("--registration"),
                                           QStringLiteral("preparing"), QStringLiteral("--format"), QStringLiteral("json")}).json();
    REQUIRE(list.size() == 1);
    CHECK(list[0]["township"] == "黎塘镇");
    CHECK(runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list"), QStringLiteral("--registration"),
                               QStringLiteral("registered"), QStringLiteral("--format"), QStringLiteral("json")}).json().empty());

    // Make it ready: every condition met.
    REQUIRE(runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--secretary-general"),
                                 QStringLiteral("罗立新"), QStringLiteral("--full-time-staff"), QStringLiteral("1"),
                                 QStringLiteral("--independent-liability"), QStringLiteral("yes")}).exitCode == 0);
    const auto ready = runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("ready"), QStringLiteral("--format"), QStringLiteral("json")}).json();
    REQUIRE(ready.size() == 1);
    CHECK(ready[0]["name"] == "宾阳县黎塘镇商会");

    REQUIRE(runCliDb(county.db, {QStringLiteral("registration"), QStringLiteral("set"), QStringLiteral("--chamber"), QStringLiteral("1"),
                                 QStringLiteral("--status"), QStringLiteral("registered"), QStringLiteral("--date"), QStringLiteral("2016-09-01"),
                                 QStringLiteral("--credit-code"), QStringLiteral("51450126MJ3016613P")}).exitCode == 0);
    const auto history = runCliDb(county.db, {QStringLiteral("registration"), QStringLiteral("history"), QStringLiteral("--chamber"),
                                              QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")}).json();
    REQUIRE(history.size() == 2);
    CHECK(history[1]["status"] == "registered");
    CHECK(runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("ready"), QStringLiteral("--format"), QStringLiteral("json")}).json().empty());

    REQUIRE(runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("--yes")}).exitCode == 0);
    CHECK(runCliDb(county.db, {QStringLiteral("chamber"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).json().empty());
}

TEST_CASE("demo data is deterministic for a seed and valid")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const QString c = dir.filePath(QStringLiteral("c.sqlite"));
    REQUIRE(runCliDb(a, {QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("4501"), QStringLiteral("--seed"), QStringLiteral("3")}).exitCode == 0);
    REQUIRE(runCliDb(b, {QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("4501"), QStringLiteral("--seed"), QStringLiteral("3")}).exitCode == 0);
    REQUIRE(runCliDb(c, {QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("4501"), QStringLiteral("--seed"), QStringLiteral("4")}).exitCode == 0);
    const QStringList list = {QStringLiteral("chamber"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")};
    const auto listA = runCliDb(a, list);
    CHECK(listA.out == runCliDb(b, list).out);
    CHECK(listA.out != runCliDb(c, list).out);
    const auto chambers = listA.json();
    CHECK(chambers.size() > 50);
    int registered = 0;
    for (const auto &ch : chambers)
        registered += ch["registration"] == "registered" ? 1 : 0;
    CHECK(registered > 10);
    CHECK(runCliDb(a, {QStringLiteral("check")}).exitCode == 0);
    // A second demo into the same file is refused.
    CHECK(runCliDb(a, {QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("4501")}).exitCode == 1);
}

TEST_CASE("backup is consistent while another process writes")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("live.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("4501")}).exitCode == 0);
    // A writer fills a city (南宁市, some 20 s of demo data) in one long transaction while the backup
    // runs. (The whole region took minutes once the demo grew records and points.)
    QProcess writer;
    writer.start(QStringLiteral(CHAMBERCTL), {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("4501")});
    REQUIRE(writer.waitForStarted());
    const auto backup = runCliDb(db, {QStringLiteral("backup"), QStringLiteral("--out"), copy});
    INFO(backup.err);
    CHECK(backup.exitCode == 0);
    REQUIRE(writer.waitForFinished(300000));
    CHECK(writer.exitCode() == 0);
    // The copy is whole: it passes the check, and holds either none or all of the writer's chambers.
    CHECK(runCliDb(copy, {QStringLiteral("check")}).exitCode == 0);
    const auto copied = runCliDb(copy, {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")}).json();
    const auto live = runCliDb(db, {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")}).json();
    CHECK((copied["chambers"] == 0 || copied["chambers"] == live["chambers"]));
}

TEST_CASE("init refuses a township scope and an unknown one, and makes no database")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("township.sqlite"));
    const auto township = runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("450126100")}, QStringLiteral("zh_CN"));
    CHECK(township.exitCode == 1);
    CHECK(township.err.contains(QStringLiteral("宾州镇")));
    CHECK_FALSE(QFileInfo::exists(db));
    const auto unknown = runCliDb(db, {QStringLiteral("init"), QStringLiteral("--scope"), QStringLiteral("999999")});
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(unknown.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(db));
    const auto missing = runCliDb(db, {QStringLiteral("init")});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(QStringLiteral("--scope")));
}
