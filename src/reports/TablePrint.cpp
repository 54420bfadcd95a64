// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePrint.h"

#include "PdfLayout.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace chamber {

namespace {

// Column widths in millimetres from what the columns hold: each as wide as its longest cell
// (up to 60 mm), all scaled to fill the page.
QList<PdfLayout::Column> columnsFor(const PrintedTable &table, QPagedPaintDevice &device, const PdfLayout &layout,
                                    const QFont &font, const QFont &headerFont)
{
    const QFontMetricsF body(font, &device), header(headerFont, &device);
    const qreal perMm = layout.mm(1);
    QList<qreal> natural;
    for (int c = 0; c < table.headers.size(); ++c) {
        qreal widest = 0;
        for (const QString &word : table.headers[c].split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, header.horizontalAdvance(word));
        for (const auto &row : table.rows)
            if (c < row.size())
                widest = std::max(widest, body.horizontalAdvance(row[c]));
        natural.append(std::clamp(widest / perMm + 3.5, 10.0, 60.0));
    }
    qreal sum = 0;
    for (qreal w : natural)
        sum += w;
    const qreal page = layout.body().width() / perMm;
    QList<PdfLayout::Column> columns;
    for (int c = 0; c < table.headers.size(); ++c)
        columns.append({table.headers[c], sum > 0 ? natural[c] * page / sum : 0,
                        table.numericColumns.contains(c) ? Qt::AlignRight : Qt::AlignLeft});
    return columns;
}

int layOut(const PrintedTable &table, QPagedPaintDevice &device, QPainter *painter, int pages)
{
    const QFont small = PdfLayout::font(7.5), body = PdfLayout::font(8.5), header = PdfLayout::font(8.5, true);
    auto decorate = [&](PdfLayout &layout, int page) {
        const QRectF b = layout.body();
        if (page > 1)
            layout.text(QRectF(b.left(), 0, b.width(), layout.mm(7)), table.title, small,
                        Qt::AlignHCenter | Qt::AlignBottom, QColor(0x55, 0x55, 0x55));
        const QRectF foot(b.left(), b.bottom() + layout.mm(4), b.width(), layout.mm(6));
        layout.text(foot, TablePrint::tr("Page %1 of %2").arg(page).arg(pages), small,
                    Qt::AlignHCenter | Qt::AlignVCenter);
    };
    PdfLayout layout(device, painter, decorate);
    layout.paragraph(table.title, PdfLayout::font(14, true), Qt::AlignHCenter, 2);
    if (!table.subtitle.isEmpty())
        layout.paragraph(table.subtitle, body, Qt::AlignHCenter, 2);
    QList<PdfLayout::Row> rows;
    for (int r = 0; r < table.rows.size(); ++r)
        rows.append({table.rows[r], false, r % 2 == 1});
    layout.table(columnsFor(table, device, layout, body, header), rows, body, header);
    return layout.page();
}

} // namespace

bool TablePrint::print(const PrintedTable &table, QPagedPaintDevice &device)
{
    const int pages = layOut(table, device, nullptr, 0); // measure only, to number the pages
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    layOut(table, device, &painter, pages);
    return painter.end();
}

bool TablePrint::writePdf(const PrintedTable &table, QIODevice &out, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("Writing a PDF needs the fonts of a graphical application.");
        return false;
    }
    QPdfWriter writer(&out);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 10, 12, 8),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(table.title);
    writer.setCreator(QStringLiteral("ChamberDesk"));
    if (!print(table, writer)) {
        if (error)
            *error = tr("Cannot start the PDF.");
        return false;
    }
    return true;
}

} // namespace chamber
