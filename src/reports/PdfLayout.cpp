// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfLayout.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace chamber {

namespace {
constexpr qreal kCellPaddingMm = 1.2;
constexpr int kWrap = Qt::TextWordWrap;
} // namespace

QStringList PdfLayout::fontFamilies()
{
    // Zen Hei also gives radicals and ideographs glyphs of their own; Noto comes last, for a
    // machine that has neither (it prints right, but its text layer has the faults above).
    return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Noto Sans CJK SC")};
}

QFont PdfLayout::font(qreal points, bool bold)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

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

void PdfLayout::image(const QImage &picture)
{
    if (picture.isNull() || picture.width() <= 0)
        return;
    const qreal scale = m_body.width() / picture.width();  // picture pixels to device units
    int top = 0;
    while (top < picture.height()) {
        if (m_body.bottom() - m_y < mm(20))
            newPage();
        const int rows = std::min(picture.height() - top, std::max(1, int((m_body.bottom() - m_y) / scale)));
        const QRectF target(m_body.left(), m_y, m_body.width(), rows * scale);
        if (m_painter)
            m_painter->drawImage(target, picture, QRectF(0, top, picture.width(), rows));
        m_y += target.height();
        top += rows;
    }
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

qreal PdfLayout::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, &m_device).horizontalAdvance(text);
}

namespace {
// The pieces of a header line that must not be broken: words between spaces. A run of Chinese
// such as 服务经济发展 is one word here — breaking it in the middle is what the header must not do.
QStringList words(const QString &line)
{
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

std::pair<QString, QFont> PdfLayout::fitHeader(const QString &title, const QFont &font, qreal width) const
{
    const qreal inner = width - 2 * mm(kCellPaddingMm);
    qreal widest = 0;
    for (const QString &line : title.split(QLatin1Char('\n')))
        for (const QString &word : words(line))
            widest = std::max(widest, textWidth(word, font));
    QFont fitted = font;
    if (widest > inner && widest > 0) {
        // Smaller type rather than a word cut in two; never below 5 points.
        const qreal points = std::max<qreal>(5.0, std::floor(font.pointSizeF() * inner / widest * 4) / 4);
        fitted.setPointSizeF(points);
    }
    QStringList lines;
    for (const QString &line : title.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString &word : words(line)) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (!current.isEmpty() && textWidth(candidate, fitted) > inner) {
                lines.append(current);
                current = word;
            } else {
                current = candidate;
            }
        }
        lines.append(current);
    }
    return {lines.join(QLatin1Char('\n')), fitted};
}

void PdfLayout::fitHeaderWidths(const QList<Column> &columns, QList<qreal> &w, const QFont &headerFont) const
{
    const qreal padding = 2 * mm(kCellPaddingMm);
    qreal wanted = 0;
    QList<qreal> needs;
    for (int i = 0; i < columns.size(); ++i) {
        qreal widest = 0;
        for (const QString &line : columns[i].title.split(QLatin1Char('\n')))
            for (const QString &word : words(line))
                widest = std::max(widest, textWidth(word, headerFont));
        needs.append(columns[i].widthMm > 0 ? std::max<qreal>(0, widest + padding + mm(0.5) - w[i]) : 0);
        wanted += needs.last();
    }
    // What the flexible columns (names) can give: down to 40 mm each; past that the header type
    // is made smaller instead (fitHeader).
    qreal spare = 0;
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].widthMm <= 0)
            spare += std::max<qreal>(0, w[i] - mm(40));
    const qreal given = std::min(spare, wanted);
    if (given <= 0)
        return;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].widthMm > 0)
            w[i] += needs[i] * given / wanted;
        else if (spare > 0)
            w[i] -= std::max<qreal>(0, w[i] - mm(40)) * given / spare;
    }
}

qreal PdfLayout::rowHeight(const QList<qreal> &w, const QStringList &cells, const QList<QFont> &fonts) const
{
    const qreal padding = mm(kCellPaddingMm);
    qreal height = QFontMetricsF(fonts.value(0), &m_device).height();
    for (int i = 0; i < cells.size() && i < w.size(); ++i)
        height = std::max(height, textHeight(cells[i], fonts.value(i, fonts.value(0)), w[i] - 2 * padding));
    return height + 2 * padding;
}

void PdfLayout::drawRow(const QList<Column> &columns, const QList<qreal> &w, const QStringList &cells, const QList<QFont> &fonts, qreal height,
                        const QColor &fill, bool wrap) const
{
    if (!m_painter)
        return;
    const qreal padding = mm(kCellPaddingMm);
    qreal x = m_body.left();
    for (int i = 0; i < columns.size(); ++i) {
        const QRectF cell(x, m_y, w[i], height);
        if (fill.isValid())
            m_painter->fillRect(cell, fill);
        m_painter->setPen(QPen(Qt::black, mm(0.2)));
        m_painter->drawRect(cell);
        text(cell.adjusted(padding, padding, -padding, -padding), i < cells.size() ? cells[i] : QString(), fonts.value(i, fonts.value(0)),
             int(columns[i].align) | Qt::AlignVCenter | (wrap ? kWrap : 0));
        x += w[i];
    }
}

void PdfLayout::table(const QList<Column> &columns, const QList<Row> &rows, const QFont &font, const QFont &headerFont)
{
    QList<qreal> w = widths(columns);
    fitHeaderWidths(columns, w, headerFont);
    QStringList titles;
    QList<QFont> headerFonts;
    for (int i = 0; i < columns.size(); ++i) {
        auto [title, fitted] = fitHeader(columns[i].title, headerFont, w[i]);
        titles.append(title);
        headerFonts.append(fitted);
    }
    QList<Column> centred = columns;
    for (auto &c : centred)
        c.align = Qt::AlignHCenter;
    const qreal headerHeight = rowHeight(w, titles, headerFonts);
    const QColor headerFill(0xD9, 0xE1, 0xF2);
    auto header = [&] {
        drawRow(centred, w, titles, headerFonts, headerHeight, headerFill, false);
        m_y += headerHeight;
    };
    QFont bold = font;
    bold.setBold(true);
    keep(headerHeight + (rows.isEmpty() ? 0 : rowHeight(w, rows.first().cells, {font})));
    header();
    for (const auto &row : rows) {
        const QList<QFont> rowFonts = {row.bold ? bold : font};
        const qreal height = rowHeight(w, row.cells, rowFonts);
        if (m_y + height > m_body.bottom()) {
            newPage();
            header();  // the header row again at the top of every page the table runs onto
        }
        drawRow(columns, w, row.cells, rowFonts, height, row.shaded ? QColor(0xF2, 0xF2, 0xF2) : QColor());
        m_y += height;
    }
}

} // namespace chamber
