// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring report as PDF, read back by poppler's pdftotext and pdffonts: Chinese text, the
// figures, the header row on every page of the table, page numbers, embedded fonts.
#include "ScoringFixture.h"
#include "ScoringPdf.h"
#include "ScoringReport.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>

using namespace chamber;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text as a reader of the PDF sees it. Qt's PDF writer maps each glyph back to the lowest code
// point the font gives it, and Noto CJK shares glyphs between radicals and ideographs, so
// pdftotext reads 广 as the Kangxi radical ⼴ (U+2F34) and 页 as ⻚ (U+2EDA). The printed page is
// right; for the comparison the radicals are folded back (NFKC of the Kangxi block, the
// supplement's simplified forms are listed).
QString readable(const QString &text)
{
    QString folded;
    for (const QChar c : text)
        folded += c.unicode() >= 0x2F00 && c.unicode() <= 0x2FD5 ? QString(c).normalized(QString::NormalizationForm_KC) : QString(c);
    static const QList<std::pair<char16_t, char16_t>> supplement = {
        {u'\u2EDA', u'页'}, {u'\u2ED3', u'长'}, {u'\u2ED4', u'门'}, {u'\u2EC4', u'西'}, {u'\u2EC5', u'见'}, {u'\u2EC9', u'贝'},
        {u'\u2ECB', u'车'}, {u'\u2EE2', u'马'}, {u'\u2EDB', u'风'}, {u'\u2EDC', u'飞'}, {u'\u2EDD', u'食'}, {u'\u2EE9', u'黄'},
        {u'\u2EEC', u'齐'}, {u'\u2EEE', u'齿'}, {u'\u2EF3', u'龟'}, {u'\u2EE5', u'鱼'}, {u'\u2EE6', u'鸟'}, {u'\u2EE8', u'麦'},
        {u'\u2ED8', u'青'}};
    for (const auto &[radical, ideograph] : supplement)
        folded.replace(QChar(radical), QChar(ideograph));
    return folded;
}

} // namespace

TEST_CASE("the scoring report as PDF: Chinese title, figures, header on every page, page numbers, fonts embedded")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillScoringFixture(*t.db, 40);  // 44 chambers: the table runs over pages
    auto report = ScoringReports(*t.db).report(2025, {}, QDate(2026, 1, 20));
    REQUIRE(report.ok());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    REQUIRE(writeScoringPdf(*report, buffer, &error));
    REQUIRE(bytes.startsWith("%PDF"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    // CHAMBER_KEEP_PDF=path keeps a copy to look at (pdftoppm -png -r 60 …).
    if (const QString keep = qEnvironmentVariable("CHAMBER_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(path, keep);

    const QString text = readable(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}));
    QStringList pages = text.split(QLatin1Char('\f'));
    if (pages.last().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() >= 3);
    // The title is Chinese: it names the county and the year.
    CHECK(pages[0].contains(QStringLiteral("宾阳县")));
    CHECK(pages[0].contains(QStringLiteral("2025")));
    CHECK(pages[0].contains(QStringLiteral("微积分")));
    CHECK(pages[0].contains(QStringLiteral("广西壮族自治区南宁市宾阳县")));
    // The figures, the foot and the veto.
    CHECK(text.contains(QStringLiteral("宾阳县宾州镇商会")));
    CHECK(text.contains(QStringLiteral("35.0")));
    CHECK(text.contains(QStringLiteral("80.0")));
    CHECK(text.contains(QStringLiteral("1.82")));  // average total 80.0 / 44 = 1.818… → 1.82
    CHECK(text.contains(QStringLiteral("列入严重失信主体名单")));
    CHECK(text.contains(QStringLiteral("为会员办实事")));
    CHECK(text.contains(QStringLiteral("2026-01-20")));
    // Every page is numbered "第 i 页，共 n 页"; the score table's header row heads each of its pages.
    const int n = int(pages.size());
    int pagesWithHeader = 0;
    for (int i = 0; i < n; ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("第 %1 页，共 %2 页").arg(i + 1).arg(n)));
        if (pages[i].contains(QStringLiteral("排名")) && pages[i].contains(QStringLiteral("总分")))
            ++pagesWithHeader;
    }
    CHECK(pagesWithHeader >= 2);
    // The chambers of the later pages are there too (the table was not cut).
    CHECK(text.contains(QStringLiteral("宾阳县古辣镇第40商会")));

    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    INFO(fonts.toStdString());
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const auto &line : lines) {
        INFO(line.toStdString());
        CHECK(line.contains(QStringLiteral(" yes ")));  // emb column
    }
    CHECK(fonts.contains(QStringLiteral("CJK")));
}
