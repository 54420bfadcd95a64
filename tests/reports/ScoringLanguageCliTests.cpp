// SPDX-License-Identifier: GPL-3.0-or-later
// The report's language through the real chamberctl: Chinese whatever the system's locale,
// English with --language en, and a published year in the language it was published in.
#include "CliRunner.h"
#include "PdfText.h"
#include "TestSupport.h"

#include <QTemporaryDir>

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

// 宾阳县 with two chambers, 2025 with a rule and one approved entry (宾州镇: 2 × 5.0).
struct County
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("county.sqlite"));

    County()
    {
        ok({"init", "--scope", "450126"});
        ok({"chamber", "add", "--township", "宾州镇", "--name", "宾阳县宾州镇商会", "--founded", "2012-07-01"});
        ok({"chamber", "add", "--township", "黎塘镇", "--name", "宾阳县黎塘镇商会", "--founded", "2011-10-10"});
        ok({"points", "year", "start", "--year", "2025"});
        ok({"points", "rule", "add", "--year", "2025", "--category", "服务会员", "--description", "为会员办实事",
            "--points", "5"});
        ok({"points", "entry", "add", "--chamber", "1", "--rule", "1", "--date", "2025-03-01", "--quantity", "2",
            "--submit"});
        ok({"points", "entry", "approve", "1"});
    }
    test::CliRun run(const QStringList &words, const QString &lang) const { return runCliDb(db, words, lang); }
    test::CliRun ok(std::initializer_list<const char *> words, const QString &lang = QStringLiteral("en")) const
    {
        const auto r = run(args(words), lang);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    // The report written in a format, with extra arguments, under a system language.
    QByteArray report(const QString &format, const QStringList &extra, const QString &lang) const
    {
        const QString out = dir.filePath(QStringLiteral("report-%1.%2").arg(lang, format));
        const auto r = run(QStringList{QStringLiteral("report"), QStringLiteral("scoring"), QStringLiteral("--year"),
                                       QStringLiteral("2025"), QStringLiteral("--date"), QStringLiteral("2026-01-20"),
                                       QStringLiteral("--format"), format, QStringLiteral("--out"), out} +
                               extra,
                           lang);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return test::readFile(out);
    }
};

QString csvHeader(const QByteArray &csv)
{
    return QString::fromUtf8(csv.mid(3)).section(QStringLiteral("\r\n"), 0, 0);
}

} // namespace

TEST_CASE("report scoring is Chinese under a C or English locale, English with --language en")
{
    County county;
    const QString chinese = QStringLiteral("编号,排名,商会,乡镇（街道）,服务会员,总分,等次,一票否决,评优资格,说明");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("en_US"), QStringLiteral("zh_CN")}) {
        INFO("system language " << lang.toStdString());
        CHECK(csvHeader(county.report(QStringLiteral("csv"), {}, lang)) == chinese);
        const QString pdf = test::pdfText(county.report(QStringLiteral("pdf"), {}, lang));
        INFO(pdf.toStdString());
        CHECK(test::radicalsIn(pdf).toStdString() == "");
        CHECK(pdf.contains(QStringLiteral("宾阳县2025年度乡镇（街道）商会“微积分”考评结果")));
        CHECK(pdf.contains(QStringLiteral("广西壮族自治区南宁市宾阳县")));
        CHECK(pdf.contains(QStringLiteral("印发日期：2026-01-20")));
        CHECK(pdf.contains(QStringLiteral("第 1 页，共 1 页")));
        CHECK(pdf.contains(QStringLiteral("10.0")));
    }
    const QStringList english = {QStringLiteral("--language"), QStringLiteral("en")};
    CHECK(csvHeader(county.report(QStringLiteral("csv"), english, QStringLiteral("zh_CN"))) ==
          QStringLiteral("Number,Rank,Chamber,Township,服务会员,Total,Grade,Veto,Award eligible,Notes"));
    const QString pdf = test::pdfText(county.report(QStringLiteral("pdf"), english, QStringLiteral("zh_CN")));
    CHECK(pdf.contains(QStringLiteral("Micro-points scores of the township chambers of commerce of 宾阳县, 2025")));
    CHECK(pdf.contains(QStringLiteral("Page 1 of 1")));
    CHECK_FALSE(pdf.contains(QStringLiteral("排名")));
    // Another language is refused as a usage error, naming what is accepted.
    const auto french = county.run(
        args({"report", "scoring", "--year", "2025", "--format", "csv", "--out", "/tmp/x.csv", "--language", "fr"}),
        QStringLiteral("en"));
    CHECK(french.exitCode == 2);
    CHECK(french.err.contains(QStringLiteral("zh_CN or en")));
}

TEST_CASE("a year published in English gives its English report, whatever is asked later")
{
    County county;
    county.ok({"points", "publish", "--year", "2025", "--date", "2026-01-20", "--language", "en"});
    CHECK(csvHeader(county.report(QStringLiteral("csv"), {}, QStringLiteral("zh_CN")))
              .startsWith(QStringLiteral("Number,Rank,Chamber")));
    const auto asked =
        county.run(args({"report", "scoring", "--year", "2025", "--format", "json", "--language", "zh_CN", "--out",
                         county.dir.filePath(QStringLiteral("p.json")).toUtf8().constData()}),
                   QStringLiteral("en"));
    CHECK(asked.exitCode == 0);
    CHECK(asked.err.contains(QStringLiteral("2025 is published in en")));
    const auto j = nlohmann::json::parse(test::readFile(county.dir.filePath(QStringLiteral("p.json"))).toStdString());
    CHECK(j["language"] == "en");
    CHECK(j["status"] == "published");
}
