// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring report as PDF, read back by poppler's pdftotext and pdffonts: its text layer is
// exactly its text — every chamber, figure, date and Chinese character — the header row on
// every page of the table, page numbers, embedded fonts, and the report's own language.
#include "PdfText.h"
#include "PointsService.h"
#include "ScoringFixture.h"
#include "ScoringPdf.h"
#include "ScoringReport.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace chamber;

namespace {

const QDate kIssued(2026, 1, 20);

QByteArray pdfOf(const ScoringReport &report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    INFO(error.toStdString());
    REQUIRE(writeScoringPdf(report, buffer, &error));
    REQUIRE(bytes.startsWith("%PDF"));
    // CHAMBER_KEEP_PDF=path keeps a copy to look at (pdftoppm -png -r 60 …).
    if (const QString keep = qEnvironmentVariable("CHAMBER_KEEP_PDF"); !keep.isEmpty()) {
        QFile copy(keep);
        if (copy.open(QIODevice::WriteOnly))
            copy.write(bytes);
    }
    return bytes;
}

ScoringReport reportOf(Database &db, ReportLanguage language = ReportLanguage::Chinese)
{
    auto report = ScoringReports(db).report(2025, {}, kIssued, language);
    INFO(test::describe(report.problems()));
    REQUIRE(report.ok());
    return report.value();
}

// The words of a line of the table as pdftotext -layout lays it out.
QStringList wordsOfLineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.contains(needle))
            return line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return {};
}

} // namespace

TEST_CASE("the scoring report PDF's text is its text: every chamber, total, date, digit and Chinese character")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillScoringFixture(*t.db, 40); // 44 chambers: the table runs over pages
    const QByteArray pdf = pdfOf(reportOf(*t.db));
    const QString text = test::pdfText(pdf);
    const QStringList pages = test::pdfPages(pdf);
    REQUIRE(pages.size() >= 3);

    // Not one radical in place of an ideograph (广 → ⼴ U+2F34, 页 → ⻚ U+2EDA, 自 → ⾃ …).
    INFO(text.toStdString());
    CHECK(test::radicalsIn(text).toStdString() == "");

    // The title names the county and the year; the line under it the region, city and county.
    CHECK(pages[0].contains(QStringLiteral("宾阳县2025年度乡镇（街道）商会“微积分”考评结果")));
    CHECK(pages[0].contains(QStringLiteral("广西壮族自治区南宁市宾阳县")));
    CHECK(pages[0].contains(QStringLiteral("2025 年度")));

    // Every chamber with its figures, as hand-counted in ScoringFixture.h: rank, name, township,
    // 服务会员 诚信守法 党建引领, total, grade, vetoed, award eligible.
    CHECK(wordsOfLineWith(text, QStringLiteral("宾阳县宾州镇商会")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("宾阳县宾州镇商会"), QStringLiteral("宾州镇"),
                      QStringLiteral("15.0"), QStringLiteral("0.0"), QStringLiteral("20.0"), QStringLiteral("35.0"),
                      QStringLiteral("优秀"), QStringLiteral("否"), QStringLiteral("是")});
    CHECK(wordsOfLineWith(text, QStringLiteral("宾阳县黎塘镇商会")) ==
          QStringList{QStringLiteral("2"), QStringLiteral("宾阳县黎塘镇商会"), QStringLiteral("黎塘镇"),
                      QStringLiteral("10.0"), QStringLiteral("0.0"), QStringLiteral("10.0"), QStringLiteral("20.0"),
                      QStringLiteral("良好"), QStringLiteral("否"), QStringLiteral("是")});
    CHECK(wordsOfLineWith(text, QStringLiteral("宾阳县甘棠镇商会")).mid(3) ==
          QStringList{QStringLiteral("10.0"), QStringLiteral("0.0"), QStringLiteral("10.0"), QStringLiteral("20.0"),
                      QStringLiteral("良好"), QStringLiteral("否"), QStringLiteral("是")});
    CHECK(wordsOfLineWith(text, QStringLiteral("=SUM(A1)新桥商会")) ==
          QStringList{QStringLiteral("—"), QStringLiteral("=SUM(A1)新桥商会"), QStringLiteral("新桥镇"),
                      QStringLiteral("5.0"), QStringLiteral("0.0"), QStringLiteral("0.0"), QStringLiteral("5.0"),
                      QStringLiteral("否决"), QStringLiteral("是"), QStringLiteral("否")});
    for (int i = 1; i <= 40; ++i) {
        INFO("extra chamber " << i);
        CHECK(wordsOfLineWith(text, QStringLiteral("宾阳县古辣镇第%1商会 ").arg(i)).mid(3) ==
              QStringList{QStringLiteral("0.0"), QStringLiteral("0.0"), QStringLiteral("0.0"), QStringLiteral("0.0"),
                          QStringLiteral("不合格"), QStringLiteral("否"), QStringLiteral("否")});
    }
    // The foot: sums, one vetoed, three eligible; averages over 44 chambers (40.0 / 44 = 0.909…).
    CHECK(wordsOfLineWith(text, QStringLiteral("合计")) ==
          QStringList{QStringLiteral("合计"), QStringLiteral("40.0"), QStringLiteral("0.0"), QStringLiteral("40.0"),
                      QStringLiteral("80.0"), QStringLiteral("1"), QStringLiteral("3")});
    CHECK(wordsOfLineWith(text, QStringLiteral("平均")) == QStringList{QStringLiteral("平均"), QStringLiteral("0.91"),
                                                                       QStringLiteral("0.00"), QStringLiteral("0.91"),
                                                                       QStringLiteral("1.82")});
    CHECK(text.contains(QStringLiteral(
        "共 44 个商会：优秀 1 个、良好 2 个、合格 0 个、不合格 40 个、否决 1 个；具有评优资格的 3 个。")));
    // The veto with its date and reason, the rules, the seal line with the date of issue.
    CHECK(text.contains(QStringLiteral("2025-09-01 一票否决：列入严重失信主体名单")));
    CHECK(text.contains(QStringLiteral("为会员办实事")));
    CHECK(text.contains(QStringLiteral("宾阳县工商业联合会")));

    // Every page: the date of issue and "第 i 页，共 n 页"; the table's header row heads each of its pages.
    const int n = int(pages.size());
    int pagesWithHeader = 0;
    for (int i = 0; i < n; ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("印发日期：2026-01-20")));
        CHECK(pages[i].contains(QStringLiteral("第 %1 页，共 %2 页").arg(i + 1).arg(n)));
        if (pages[i].contains(QStringLiteral("排名")) && pages[i].contains(QStringLiteral("总分")))
            ++pagesWithHeader;
    }
    CHECK(pagesWithHeader >= 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    const QString fonts = test::runProgram(QStringLiteral("pdffonts"), {path});
    INFO(fonts.toStdString());
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const auto &line : lines) {
        INFO(line.toStdString());
        // emb, sub, uni: embedded, and with a ToUnicode map.
        CHECK(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+yes\\b"))));
    }
    CHECK(fonts.contains(QStringLiteral("WenQuanYi")));
}

TEST_CASE("the scoring report PDF breaks a column header between words, never inside one")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillScoringFixture(*t.db);
    // Two more columns with long names: 服务经济发展 (6 characters) and 助力乡村振兴 with a cap.
    PointsService points(*t.db);
    for (qint64 category : {2, 7}) {
        PointsRule rule;
        rule.year = 2025;
        rule.categoryId = category;
        rule.description = QStringLiteral("引进项目");
        rule.pointsTenths = 50;
        REQUIRE(points.addRule(rule).ok());
    }
    REQUIRE(points.setCategoryCap(2025, 7, 100).ok());
    const QString text = test::pdfText(pdfOf(reportOf(*t.db)));
    INFO(text.toStdString());
    // Each name whole wherever it is printed: in the header row and in the rules table.
    for (const char *name : {"服务经济发展", "助力乡村振兴", "服务会员", "诚信守法", "党建引领"}) {
        const QString word = QString::fromUtf8(name);
        INFO(name);
        CHECK(text.count(word) >= 2);
        CHECK(text.count(word.chopped(1)) == text.count(word));
    }
    CHECK(text.contains(QStringLiteral("≤ 10.0")));
}

TEST_CASE("a scoring report in English is English throughout, whatever the application's language")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillScoringFixture(*t.db);
    const QString text = test::pdfText(pdfOf(reportOf(*t.db, ReportLanguage::English)));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Micro-points scores of the township chambers of commerce of 宾阳县, 2025")));
    CHECK(text.contains(QStringLiteral("Date of issue: 2026-01-20")));
    CHECK(text.contains(QStringLiteral("Page 1 of ")));
    CHECK(
        wordsOfLineWith(text, QStringLiteral("宾阳县宾州镇商会")).mid(6) ==
        QStringList{QStringLiteral("35.0"), QStringLiteral("excellent"), QStringLiteral("no"), QStringLiteral("yes")});
    CHECK(wordsOfLineWith(text, QStringLiteral("Sum")).mid(1) ==
          QStringList{QStringLiteral("40.0"), QStringLiteral("0.0"), QStringLiteral("40.0"), QStringLiteral("80.0"),
                      QStringLiteral("1"), QStringLiteral("3")});
    // The application runs in Chinese here (GuiCatchMain): none of its words leak into the report.
    for (const char *word : {"排名", "总分", "页", "印发日期", "合计", "优秀"})
        CHECK_FALSE(text.contains(QString::fromUtf8(word)));
}
