// SPDX-License-Identifier: GPL-3.0-or-later
// Micro-points through the real chamberctl, as a clerk would run it.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>

using namespace chamber;
using chamber::test::runCliDb;

namespace {

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out.append(QString::fromUtf8(w));
    return out;
}

// 宾阳县 with two chambers, the year 2025 started with two rules and a cap on 服务会员.
struct PointsCounty
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("county.sqlite"));

    PointsCounty()
    {
        ok({"init", "--scope", "450126"});
        ok({"chamber", "add", "--township", "宾州镇", "--name", "宾阳县宾州镇商会", "--founded", "2012-07-01"});
        ok({"chamber", "add", "--township", "黎塘镇", "--name", "宾阳县黎塘镇商会", "--founded", "2011-10-10"});
        ok({"points", "year", "start", "--year", "2025"});
        ok({"points", "rule", "add", "--year", "2025", "--category", "服务会员", "--description", "为会员办实事", "--points", "5",
            "--cap-year", "20"});
        ok({"points", "rule", "add", "--year", "2025", "--category", "党建引领", "--description", "开展主题党日", "--points", "2.5",
            "--evidence", "yes"});
        ok({"points", "cap", "set", "--year", "2025", "--category", "服务会员", "--cap", "15"});
    }
    test::CliRun run(std::initializer_list<const char *> words, const QString &lang = QStringLiteral("en")) const
    {
        return runCliDb(db, args(words), lang);
    }
    test::CliRun ok(std::initializer_list<const char *> words) const
    {
        const auto r = run(words);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    QByteArray bytes() const { return test::readFile(db); }
    // A command that must be refused (exit 1) leaving the file byte for byte as it was.
    QString refusedUnchanged(std::initializer_list<const char *> words) const
    {
        const QByteArray before = bytes();
        const auto r = run(words);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(bytes() == before);
        CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
        return r.err;
    }
};

} // namespace

TEST_CASE("points through chamberctl: rules, entries, approval, scorecards")
{
    PointsCounty county;
    // Rules are numbered 1 and 2; chambers 1 and 2.
    county.ok({"points", "entry", "add", "--chamber", "1", "--rule", "1", "--date", "2025-03-01", "--quantity", "4", "--submit"});
    CHECK(county.run({"points", "entry", "add", "--chamber", "1", "--rule", "2", "--date", "2025-03-02", "--submit"}).exitCode == 1);  // no evidence
    county.ok({"points", "entry", "add", "--chamber", "1", "--rule", "2", "--date", "2025-03-02", "--evidence", "签到表", "--submit"});
    county.ok({"points", "entry", "add", "--chamber", "2", "--rule", "1", "--date", "2025-04-01", "--points", "3", "--reason", "只办成一半"});
    county.ok({"points", "entry", "approve", "1"});
    county.ok({"points", "entry", "approve", "2"});
    county.ok({"points", "entry", "submit", "3"});
    CHECK(county.run({"points", "entry", "reject", "3"}).exitCode == 2);  // --reason missing
    county.ok({"points", "entry", "reject", "3", "--reason", "材料不全"});

    const auto list = county.ok({"points", "entry", "list", "--year", "2025", "--format", "json"}).json();
    REQUIRE(list.size() == 3);
    CHECK(list[0]["points"] == 20.0);  // 4 × 5.0
    CHECK(list[2]["status"] == "rejected");
    CHECK(list[2]["manual_reason"] == "只办成一半");

    // 宾州镇: 服务会员 20.0 within the cap 15.0, 党建引领 2.5 → 17.5; 黎塘镇: nothing approved → 0.0.
    const auto j = county.ok({"points", "scorecard", "--year", "2025", "--format", "json"}).json();
    REQUIRE(j["chambers"].size() == 2);
    CHECK(j["chambers"][0]["name"] == "宾阳县宾州镇商会");
    CHECK(j["chambers"][0]["total"] == 17.5);
    CHECK(j["chambers"][0]["rank"] == 1);
    CHECK(j["chambers"][1]["total"] == 0.0);
    CHECK(j["chambers"][1]["grade"] == "fail");
    const auto table = county.ok({"points", "scorecard", "--year", "2025", "--chamber", "宾阳县宾州镇商会"});
    CHECK(table.out.contains(QStringLiteral("为会员办实事")));
    CHECK(table.out.contains(QStringLiteral("17.5")));
}

TEST_CASE("entering or approving points in a published year is refused unchanged until it is reopened")
{
    PointsCounty county;
    county.ok({"points", "entry", "add", "--chamber", "1", "--rule", "1", "--date", "2025-03-01", "--submit"});
    county.ok({"points", "entry", "approve", "1"});
    county.ok({"points", "entry", "add", "--chamber", "2", "--rule", "1", "--date", "2025-05-01"});  // a draft left behind
    const auto published = county.ok({"points", "publish", "--year", "2025", "--date", "2026-01-20"});
    CHECK(published.err.contains(QStringLiteral("draft")));  // a warning names it

    CHECK(county.refusedUnchanged({"points", "entry", "add", "--chamber", "2", "--rule", "1", "--date", "2025-06-01"})
              .contains(QStringLiteral("published")));
    CHECK(county.refusedUnchanged({"points", "entry", "submit", "2"}).contains(QStringLiteral("published")));
    CHECK(county.refusedUnchanged({"points", "entry", "approve", "2"}).contains(QStringLiteral("published")));
    county.refusedUnchanged({"points", "entry", "reject", "1", "--reason", "x"});
    county.refusedUnchanged({"points", "entry", "edit", "2", "--quantity", "2"});
    county.refusedUnchanged({"points", "entry", "remove", "2"});
    county.refusedUnchanged({"points", "rule", "add", "--year", "2025", "--category", "服务会员", "--description", "新规则", "--points", "1"});
    county.refusedUnchanged({"points", "rule", "edit", "1", "--points", "8"});
    county.refusedUnchanged({"points", "rule", "retire", "1"});
    county.refusedUnchanged({"points", "cap", "set", "--year", "2025", "--category", "服务会员", "--cap", "none"});
    county.refusedUnchanged({"points", "year", "set", "--year", "2025", "--pass", "50"});
    county.refusedUnchanged({"points", "veto", "add", "--chamber", "1", "--year", "2025", "--date", "2025-09-01", "--reason", "违法"});
    county.refusedUnchanged({"points", "publish", "--year", "2025"});
    {
        // A blank reason is no reason: a usage error (exit 2), nothing written.
        const QByteArray before = county.bytes();
        const auto blank = county.run({"points", "reopen", "--year", "2025", "--reason", " "});
        CHECK(blank.exitCode == 2);
        CHECK(blank.err.contains(QStringLiteral("--reason")));
        CHECK(county.bytes() == before);
    }
    // In Chinese too.
    const auto zh = county.run({"points", "entry", "approve", "2"}, QStringLiteral("zh_CN"));
    CHECK(zh.exitCode == 1);
    CHECK(zh.err.contains(QStringLiteral("发布")));

    county.ok({"points", "reopen", "--year", "2025", "--reason", "黎塘镇商会补报材料"});
    county.ok({"points", "entry", "submit", "2"});
    county.ok({"points", "entry", "approve", "2"});
    const auto history = county.ok({"points", "year", "show", "--year", "2025"});
    CHECK(history.out.contains(QStringLiteral("黎塘镇商会补报材料")));
}

TEST_CASE("report scoring writes JSON, CSV, XLSX and PDF - a published one again identically")
{
    PointsCounty county;
    county.ok({"points", "entry", "add", "--chamber", "1", "--rule", "1", "--date", "2025-03-01", "--quantity", "2", "--submit"});
    county.ok({"points", "entry", "approve", "1"});
    const QString base = county.dir.filePath(QStringLiteral("report"));
    auto write = [&](const char *format, const QString &file, const QString &lang = QStringLiteral("en")) {
        const auto r = runCliDb(county.db, {QStringLiteral("report"), QStringLiteral("scoring"), QStringLiteral("--year"), QStringLiteral("2025"),
                                            QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("--out"), file},
                                lang);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return test::readFile(file);
    };
    const QByteArray json = write("json", base + QStringLiteral(".json"));
    CHECK(nlohmann::json::parse(json.toStdString())["schema"] == "chamberdesk.scoring-report/1");
    CHECK(write("csv", base + QStringLiteral(".csv")).startsWith("\xEF\xBB\xBF"));
    CHECK(write("xlsx", base + QStringLiteral(".xlsx")).startsWith("PK"));
    const QByteArray pdf = write("pdf", base + QStringLiteral(".pdf"), QStringLiteral("zh_CN"));
    REQUIRE(pdf.startsWith("%PDF"));
    // The format is read in any case; PDF needs fonts (a GUI application) however it is written.
    CHECK(write("PDF", base + QStringLiteral("-upper.pdf")).startsWith("%PDF"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), base + QStringLiteral(".pdf"), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(pdfText.contains(QStringLiteral("宾阳县")));
    CHECK(pdfText.contains(QStringLiteral("微积分")));
    CHECK(pdfText.contains(QStringLiteral("10.0")));

    county.ok({"points", "publish", "--year", "2025", "--date", "2026-01-20"});
    const QByteArray first = write("json", base + QStringLiteral("-1.json"));
    const QByteArray firstCsv = write("csv", base + QStringLiteral("-1.csv"));
    county.ok({"chamber", "edit", "1", "--name", "宾阳县宾州镇总商会"});
    CHECK(write("json", base + QStringLiteral("-2.json")) == first);
    CHECK(write("csv", base + QStringLiteral("-2.csv")) == firstCsv);
    CHECK(nlohmann::json::parse(first.toStdString())["status"] == "published");
}

TEST_CASE("report scoring never leaves half a file, and refuses what it cannot make")
{
    PointsCounty county;
    const QString out = county.dir.filePath(QStringLiteral("none.json"));
    const auto notStarted = county.run({"report", "scoring", "--year", "2019", "--format", "json", "--out", out.toUtf8().constData()});
    CHECK(notStarted.exitCode == 1);
    CHECK_FALSE(QFile::exists(out));
    const auto noFolder = county.run({"report", "scoring", "--year", "2025", "--format", "csv", "--out", "/nonexistent-folder/x.csv"});
    CHECK(noFolder.exitCode == 1);
    CHECK(county.run({"report", "scoring", "--year", "2025", "--format", "doc", "--out", out.toUtf8().constData()}).exitCode == 2);
    CHECK(county.run({"report", "scoring", "--year", "2025", "--format", "json"}).exitCode == 2);  // --out missing
}

TEST_CASE("the demo fills rule sets, entries in every status, vetoes and published years")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto demo = runCliDb(db, {QStringLiteral("demo"), QStringLiteral("--scope"), QStringLiteral("450126")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const auto years = runCliDb(db, {QStringLiteral("points"), QStringLiteral("year"), QStringLiteral("list")});
    CHECK(years.out.count(QStringLiteral("published")) == 3);
    CHECK(years.out.count(QStringLiteral("open")) == 1);
    const auto entries = runCliDb(db, {QStringLiteral("points"), QStringLiteral("entry"), QStringLiteral("list"), QStringLiteral("--year"),
                                       QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("json")})
                             .json();
    QSet<QString> statuses;
    for (const auto &e : entries)
        statuses.insert(QString::fromStdString(e["status"].get<std::string>()));
    CHECK(statuses == QSet<QString>{QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("rejected")});
    const auto report = runCliDb(db, {QStringLiteral("points"), QStringLiteral("scorecard"), QStringLiteral("--year"), QStringLiteral("2024"),
                                      QStringLiteral("--format"), QStringLiteral("json")})
                            .json();
    CHECK(report["status"] == "published");
    CHECK(report["chambers"].size() >= 10);
    const auto stats = runCliDb(db, {QStringLiteral("stats"), QStringLiteral("--as-of"), QStringLiteral("2025-12-31"), QStringLiteral("--format"),
                                     QStringLiteral("json")})
                           .json();
    CHECK(stats["points"]["published"] == 1);
    CHECK(stats["points"]["scored"].get<int>() >= 10);
    CHECK(runCliDb(db, {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("report scoring --scope puts every county of a city in one file, each exactly as its own report")
{
    // 南宁市 with chambers in two counties, scored by the city file's one rule set: 宾州镇 gets
    // 2 × 5 = 10.0 points, 黎塘镇 none, 横州镇 one 党建 entry of 2.5.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("city.sqlite"));
    auto ok = [&](const QStringList &words, const QString &lang = QStringLiteral("en")) {
        const auto r = runCliDb(db, words, lang);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    };
    auto w = [](std::initializer_list<const char *> words) { return args(words); };
    ok(w({"init", "--scope", "4501"}));
    ok(w({"chamber", "add", "--township", "宾州镇", "--name", "宾阳县宾州镇商会", "--founded", "2012-07-01"}));
    ok(w({"chamber", "add", "--township", "黎塘镇", "--name", "宾阳县黎塘镇商会", "--founded", "2011-10-10"}));
    ok(w({"chamber", "add", "--township", "横州镇", "--name", "横州市横州镇商会", "--founded", "2010-05-05"}));
    ok(w({"points", "year", "start", "--year", "2025"}));
    ok(w({"points", "rule", "add", "--year", "2025", "--category", "服务会员", "--description", "为会员办实事", "--points", "5"}));
    ok(w({"points", "rule", "add", "--year", "2025", "--category", "党建引领", "--description", "开展主题党日", "--points", "2.5"}));
    ok(w({"points", "entry", "add", "--chamber", "1", "--rule", "1", "--date", "2025-03-01", "--quantity", "2", "--submit"}));
    ok(w({"points", "entry", "approve", "1"}));
    ok(w({"points", "entry", "add", "--chamber", "3", "--rule", "2", "--date", "2025-04-01", "--quantity", "1", "--submit"}));
    ok(w({"points", "entry", "approve", "2"}));

    auto report = [&](const char *which, const char *what, const char *format, const QString &file) {
        ok({QStringLiteral("report"), QStringLiteral("scoring"), QStringLiteral("--year"), QStringLiteral("2025"), QString::fromLatin1(which),
            QString::fromUtf8(what), QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("--out"), file, QStringLiteral("--date"),
            QStringLiteral("2026-01-10")});
        return test::readFile(file);
    };
    auto check = [&](const char *status) {
        const auto all = nlohmann::json::parse(report("--scope", "4501", "json", dir.filePath(QStringLiteral("all.json"))).toStdString());
        CHECK(all["schema"] == "chamberdesk.scoring-reports/1");
        CHECK(all["scope"]["code"] == "4501");
        CHECK(all["counties"] == 2);
        CHECK(all["chambers"] == 3);
        REQUIRE(all["reports"].size() == 2);
        // In county code order, each the county's own report, value for value.
        const auto binyang = nlohmann::json::parse(report("--county", "450126", "json", dir.filePath(QStringLiteral("a.json"))).toStdString());
        const auto hengzhou = nlohmann::json::parse(report("--county", "横州市", "json", dir.filePath(QStringLiteral("b.json"))).toStdString());
        CHECK(all["reports"][0] == binyang);
        CHECK(all["reports"][1] == hengzhou);
        CHECK(binyang["status"] == status);
        // The hand-counted figures: 10.0 + 0 in 宾阳县, 2.5 in 横州市.
        REQUIRE(binyang["chambers"].size() == 2);
        CHECK(binyang["chambers"][0]["name"] == "宾阳县宾州镇商会");
        CHECK(binyang["chambers"][0]["total"] == 10.0);
        CHECK(binyang["chambers"][1]["total"] == 0.0);
        REQUIRE(hengzhou["chambers"].size() == 1);
        CHECK(hengzhou["chambers"][0]["total"] == 2.5);
        // CSV: each county's own table after its title, one byte-order mark at the start.
        const QByteArray csv = report("--scope", "南宁市", "csv", dir.filePath(QStringLiteral("all.csv")));
        const QByteArray a = report("--county", "450126", "csv", dir.filePath(QStringLiteral("a.csv"))).mid(3);
        const QByteArray b = report("--county", "450181", "csv", dir.filePath(QStringLiteral("b.csv"))).mid(3);
        CHECK(csv == "\xEF\xBB\xBF" + QString::fromStdString(binyang["title"].get<std::string>()).toUtf8() + "\r\n" + a + "\r\n"
                         + QString::fromStdString(hengzhou["title"].get<std::string>()).toUtf8() + "\r\n" + b);
    };
    check("draft");
    ok(w({"points", "publish", "--year", "2025", "--date", "2026-01-20"}));
    check("published");
    // One workbook is one county's; a PDF holds both, each county from a new page.
    const auto xlsx = runCliDb(db, args({"report", "scoring", "--year", "2025", "--scope", "4501", "--format", "xlsx", "--out"}) << dir.filePath(QStringLiteral("x.xlsx")));
    CHECK(xlsx.exitCode == 1);
    CHECK(xlsx.err.contains(QStringLiteral("one county")));
    const QByteArray pdf = report("--scope", "4501", "pdf", dir.filePath(QStringLiteral("all.pdf")));
    REQUIRE(pdf.startsWith("%PDF"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), dir.filePath(QStringLiteral("all.pdf")), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(pdfText.contains(QStringLiteral("宾阳县2025")));
    CHECK(pdfText.contains(QStringLiteral("横州市2025")));
    // --county and --scope together: a usage error; a scope outside the file: refused.
    CHECK(runCliDb(db, args({"report", "scoring", "--year", "2025", "--scope", "4501", "--county", "450126", "--format", "json", "--out", "x.json"})).exitCode == 2);
    CHECK(runCliDb(db, args({"report", "scoring", "--year", "2025", "--scope", "4502", "--format", "json", "--out"}) << dir.filePath(QStringLiteral("y.json"))).exitCode == 1);
}
