// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
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
class PdfLayout
{
public:
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
    // Draws text in a rectangle (nothing when measuring).
    void text(const QRectF &rect, const QString &text, const QFont &font, int flags, const QColor &color = Qt::black) const;

private:
    QList<qreal> widths(const QList<Column> &columns) const;
    qreal rowHeight(const QList<qreal> &widths, const QStringList &cells, const QFont &font) const;
    void drawRow(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells, const QFont &font, qreal height,
                 const QColor &fill) const;

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    std::function<void(PdfLayout &, int)> m_decorate;
    QRectF m_body;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace chamber
