// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfLayout.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace chamber {

namespace {
constexpr qreal kCellPaddingMm = 1.2;
constexpr int kWrap = Qt::TextWordWrap;
} // namespace

PdfLayout::PdfLayout(QPagedPaintDevice &device, QPainter *painter, std::function<void(PdfLayout &, int)> decorate)
    : m_device(device), m_painter(painter), m_decorate(std::move(decorate))
{
    // The printable area in device units; margins leave room for the running header and footer.
    const qreal width = m_device.width(), height = m_device.height();
    m_body = QRectF(0, mm(10), width, height - mm(10) - mm(12));
    m_y = m_body.top();
    if (m_decorate)
        m_decorate(*this, m_page);
}

qreal PdfLayout::mm(qreal millimetres) const
{
    return millimetres * m_device.logicalDpiY() / 25.4;
}

void PdfLayout::skip(qreal millimetres)
{
    m_y += mm(millimetres);
}

void PdfLayout::newPage()
{
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = m_body.top();
    if (m_decorate)
        m_decorate(*this, m_page);
}

void PdfLayout::keep(qreal height)
{
    if (m_y + height > m_body.bottom() && m_y > m_body.top())
        newPage();
}

qreal PdfLayout::textHeight(const QString &text, const QFont &font, qreal width) const
{
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), kWrap, text).height();
}

void PdfLayout::text(const QRectF &rect, const QString &text, const QFont &font, int flags, const QColor &color) const
{
    if (!m_painter)
        return;
    m_painter->setFont(font);
    m_painter->setPen(color);
    m_painter->drawText(rect, flags, text);
}

void PdfLayout::paragraph(const QString &content, const QFont &font, Qt::Alignment align, qreal spaceAfterMm)
{
    const qreal height = textHeight(content, font, m_body.width());
    keep(height);
    text(QRectF(m_body.left(), m_y, m_body.width(), height), content, font, int(align) | kWrap);
    m_y += height + mm(spaceAfterMm);
}

QList<qreal> PdfLayout::widths(const QList<Column> &columns) const
{
    QList<qreal> out;
    qreal fixed = 0;
    int flexible = 0;
    for (const auto &c : columns) {
        fixed += c.widthMm > 0 ? mm(c.widthMm) : 0;
        flexible += c.widthMm > 0 ? 0 : 1;
    }
    const qreal share = flexible > 0 ? std::max<qreal>(0, m_body.width() - fixed) / flexible : 0;
    for (const auto &c : columns)
        out.append(c.widthMm > 0 ? mm(c.widthMm) : share);
    return out;
}

qreal PdfLayout::rowHeight(const QList<qreal> &w, const QStringList &cells, const QFont &font) const
{
    const qreal padding = mm(kCellPaddingMm);
    qreal height = QFontMetricsF(font, &m_device).height();
    for (int i = 0; i < cells.size() && i < w.size(); ++i)
        height = std::max(height, textHeight(cells[i], font, w[i] - 2 * padding));
    return height + 2 * padding;
}

void PdfLayout::drawRow(const QList<Column> &columns, const QList<qreal> &w, const QStringList &cells, const QFont &font, qreal height,
                        const QColor &fill) const
{
    if (!m_painter)
        return;
    const qreal padding = mm(kCellPaddingMm);
    qreal x = m_body.left();
    m_painter->setPen(QPen(Qt::black, mm(0.2)));
    for (int i = 0; i < columns.size(); ++i) {
        const QRectF cell(x, m_y, w[i], height);
        if (fill.isValid())
            m_painter->fillRect(cell, fill);
        m_painter->setPen(QPen(Qt::black, mm(0.2)));
        m_painter->drawRect(cell);
        text(cell.adjusted(padding, padding, -padding, -padding), i < cells.size() ? cells[i] : QString(), font,
             int(columns[i].align) | Qt::AlignVCenter | kWrap);
        x += w[i];
    }
}

void PdfLayout::table(const QList<Column> &columns, const QList<Row> &rows, const QFont &font, const QFont &headerFont)
{
    const QList<qreal> w = widths(columns);
    QStringList titles;
    for (const auto &c : columns)
        titles.append(c.title);
    QList<Column> centred = columns;
    for (auto &c : centred)
        c.align = Qt::AlignHCenter;
    const qreal headerHeight = rowHeight(w, titles, headerFont);
    const QColor headerFill(0xD9, 0xE1, 0xF2);
    auto header = [&] {
        drawRow(centred, w, titles, headerFont, headerHeight, headerFill);
        m_y += headerHeight;
    };
    QFont bold = font;
    bold.setBold(true);
    keep(headerHeight + (rows.isEmpty() ? 0 : rowHeight(w, rows.first().cells, font)));
    header();
    for (const auto &row : rows) {
        const QFont &rowFont = row.bold ? bold : font;
        const qreal height = rowHeight(w, row.cells, rowFont);
        if (m_y + height > m_body.bottom()) {
            newPage();
            header();  // the header row again at the top of every page the table runs onto
        }
        drawRow(columns, w, row.cells, rowFont, height, row.shaded ? QColor(0xF2, 0xF2, 0xF2) : QColor());
        m_y += height;
    }
}

} // namespace chamber
