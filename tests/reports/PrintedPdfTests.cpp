// SPDX-License-Identifier: GPL-3.0-or-later
// The other PDFs the application makes hold their text as the scoring report does: a list
// printed from a page (TablePrint) and the dashboard (DashboardPdf), read back by pdftotext.
#include "DashboardFixture.h"
#include "DashboardPdf.h"
#include "DashboardService.h"
#include "PdfText.h"
#include "TablePrint.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>

using namespace chamber;

namespace {

// CHAMBER_KEEP_PDF=prefix keeps copies to look at: prefix-list.pdf, prefix-dashboard.pdf.
template <typename Writer> QByteArray pdfOf(const char *name, Writer write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const bool written = write(buffer, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    REQUIRE(bytes.startsWith("%PDF"));
    if (const QString keep = qEnvironmentVariable("CHAMBER_KEEP_PDF"); !keep.isEmpty()) {
        QFile copy(QStringLiteral("%1-%2.pdf").arg(keep, QLatin1String(name)));
        if (copy.open(QIODevice::WriteOnly))
            copy.write(bytes);
    }
    return bytes;
}

QString squeezed(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("a list printed to PDF reads back as printed: every cell, digit and Chinese character")
{
    PrintedTable table;
    table.title = QStringLiteral("广西壮族自治区南宁市宾阳县乡镇商会名单");
    table.subtitle = QStringLiteral("打印于 2026-01-20 · 共 60 行");
    table.headers = {QStringLiteral("序号"),   QStringLiteral("商会名称"),     QStringLiteral("所属乡镇（街道）"),
                     QStringLiteral("会员数"), QStringLiteral("服务经济发展"), QStringLiteral("成立日期")};
    table.numericColumns = {0, 3};
    for (int i = 1; i <= 60; ++i)
        table.rows.append({QString::number(i), QStringLiteral("宾阳县自治第%1商会").arg(i),
                           QStringLiteral("广西壮族自治区宾阳县页%1镇").arg(i), QString::number(1000 + i * 7),
                           QStringLiteral("项目%1").arg(i * 3),
                           QStringLiteral("2012-07-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0'))});
    const QByteArray pdf =
        pdfOf("list", [&](QIODevice &out, QString *error) { return TablePrint::writePdf(table, out, error); });
    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(test::radicalsIn(text).toStdString() == "");
    CHECK(text.contains(table.title));
    CHECK(text.contains(table.subtitle));
    // Each header whole (a header broken inside a word would read 服务经济发 / 展).
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &header : table.headers)
        CHECK(words.contains(header));
    // Every row on one line, its cells in order.
    const QString lines = squeezed(text.split(QLatin1Char('\n')).join(QStringLiteral(" ¶ ")));
    for (const QStringList &row : std::as_const(table.rows)) {
        INFO(row.join(QLatin1Char(' ')).toStdString());
        CHECK(lines.contains(QStringLiteral("¶ ") + row.join(QLatin1Char(' ')) + QStringLiteral(" ¶")));
    }
    const QStringList pages = test::pdfPages(pdf);
    REQUIRE(pages.size() >= 2);
    for (int i = 0; i < pages.size(); ++i)
        CHECK(pages[i].contains(QStringLiteral("第 %1 页，共 %2 页").arg(i + 1).arg(pages.size())));
}

TEST_CASE("the dashboard PDF holds every figure as text")
{
    test::TempDatabase t(QStringLiteral("450126"));
    test::fillDashboardFixture(*t.db);
    const auto data = DashboardService(*t.db).load({}, QDate(2025, 12, 31));
    REQUIRE(data.ok());
    QImage picture(600, 900, QImage::Format_RGB32);
    picture.fill(Qt::white);
    const QString title = QStringLiteral("广西壮族自治区宾阳县 2025-12-31 数据看板");
    const QByteArray pdf = pdfOf("dashboard", [&](QIODevice &out, QString *error) {
        return DashboardPdf::write(*data, title, picture, out, error);
    });
    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(test::radicalsIn(text).toStdString() == "");
    CHECK(text.contains(title));
    CHECK(text.contains(QStringLiteral("2025-12-31")));
    CHECK(text.contains(QStringLiteral("2024-12-31")));
    REQUIRE_FALSE(data->tiles.isEmpty());
    const QString lines = squeezed(text.split(QLatin1Char('\n')).join(QStringLiteral(" ¶ ")));
    for (const DashboardTile &tile : data->tiles) {
        INFO(tile.key.toStdString());
        // The figure's line: its name, value, base and change, in that order.
        QStringList cells = {squeezed(tile.title), tile.valueText()};
        if (!tile.baseText().isEmpty())
            cells << tile.baseText();
        cells << tile.changeText();
        CHECK(lines.contains(cells.join(QLatin1Char(' '))));
    }
    CHECK(lines.contains(QStringLiteral("18.75% 3/16"))); // coverage, counted by hand in DashboardFixture.h
}
