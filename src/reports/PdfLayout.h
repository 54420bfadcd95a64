// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace chamber {

// Flows paragraphs and tables down the pages of a PDF writer, starting a new page when the next
// piece does not fit, and repeating a table's header row at the top of every page it runs onto.
// Run it twice over the same content: first without a painter to count the pages, then with one
// to draw — so that each page can say "page 2 of 5".
// Every PDF and print the application makes draws its text in font(): see there why.
class PdfLayout
{
public:
    // The font for text in a PDF whose text layer must read back as exactly the text drawn.
    // Qt's PDF writer builds each embedded font's ToUnicode map by walking the font's cmap and
    // giving each glyph the lowest code point that maps to it. Noto Sans/Serif CJK map the
    // Kangxi radicals (U+2F00–U+2FDF) and CJK radicals supplement (U+2E80–U+2EFF) to the same
    // glyphs as 275 common ideographs, so 广 reads back as ⼴ and 页 as ⻚; and HarfBuzz shaping
    // substitutes glyphs (digits after Latin text) that no code point maps to, so those digits
    // read back as nothing. WenQuanYi Micro Hei (fonts-wqy-microhei) gives every ideograph a
    // glyph of its own, and PreferNoShaping keeps each character on its cmap glyph.
    static QFont font(qreal points, bool bold = false);
    static QStringList fontFamilies();

    struct Column
    {
        QString title;
        qreal widthMm = 0;  // 0: share the width left over
        Qt::Alignment align = Qt::AlignLeft;
    };
    struct Row
    {
        QStringList cells;
        bool bold = false;
        bool shaded = false;
    };

    // painter null: measure only. decorate is called for each page (running header, footer).
    PdfLayout(QPagedPaintDevice &device, QPainter *painter, std::function<void(PdfLayout &, int page)> decorate);

    qreal mm(qreal millimetres) const;
    QRectF body() const { return m_body; }
    QPainter *painter() const { return m_painter; }
    int page() const { return m_page; }
    qreal y() const { return m_y; }
    void skip(qreal millimetres);
    void newPage();
    // Starts a new page unless the height fits below the current position.
    void keep(qreal height);
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    void paragraph(const QString &text, const QFont &font, Qt::Alignment align = Qt::AlignLeft, qreal spaceAfterMm = 2);
    void table(const QList<Column> &columns, const QList<Row> &rows, const QFont &font, const QFont &headerFont);
    // A picture as wide as the body, cut across pages where it does not fit (charts, a screen).
    void image(const QImage &picture);
    // Draws text in a rectangle (nothing when measuring).
    void text(const QRectF &rect, const QString &text, const QFont &font, int flags, const QColor &color = Qt::black) const;

private:
    QList<qreal> widths(const QList<Column> &columns) const;
    qreal rowHeight(const QList<qreal> &widths, const QStringList &cells, const QList<QFont> &fonts) const;
    qreal textWidth(const QString &text, const QFont &font) const;
    // A header cell's text with its lines broken between words only, and the font that makes
    // its longest word fit the width (the header font, or smaller when a word is wider).
    std::pair<QString, QFont> fitHeader(const QString &title, const QFont &font, qreal width) const;
    // fonts: one per cell; wrap: false when the cells' lines are already broken (the header).
    void drawRow(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells, const QList<QFont> &fonts, qreal height,
                 const QColor &fill, bool wrap = true) const;
    // Widens the columns whose header has a word wider than the column, taking the width from
    // the flexible columns as far as they can spare it.
    void fitHeaderWidths(const QList<Column> &columns, QList<qreal> &widths, const QFont &headerFont) const;

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    std::function<void(PdfLayout &, int)> m_decorate;
    QRectF m_body;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace chamber
