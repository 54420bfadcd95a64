// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPdf.h"

#include "DashboardService.h"
#include "Dates.h"
#include "PdfLayout.h"

#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace chamber {

namespace {

// A change as the tiles write it: +3, -1, ±0.
QString signedCount(qint64 change)
{
    return change == 0  ? QStringLiteral("±0")
           : change > 0 ? QStringLiteral("+%1").arg(change)
                        : QString::number(change);
}

QList<PdfLayout::Row> figureRows(const DashboardData &data)
{
    QList<PdfLayout::Row> rows;
    for (const DashboardTile &tile : data.tiles) {
        rows.append({{tile.title, tile.valueText(), tile.baseText(), tile.changeText()}, false, rows.size() % 2 == 1});
        for (const TilePart &part : tile.parts)
            rows.append({{QStringLiteral("    ") + part.label, QString::number(part.count), QString(),
                          part.previous ? signedCount(part.count - *part.previous) : QStringLiteral("—")},
                         false,
                         rows.size() % 2 == 1});
    }
    return rows;
}

int layOut(const DashboardData &data, const QString &title, const QImage &picture, QPdfWriter &writer,
           QPainter *painter, int pages)
{
    const QFont small = PdfLayout::font(7.5), body = PdfLayout::font(9), header = PdfLayout::font(9, true);
    auto decorate = [&](PdfLayout &layout, int page) {
        const QRectF b = layout.body();
        const QRectF foot(b.left(), b.bottom() + layout.mm(4), b.width(), layout.mm(6));
        layout.text(foot, title, small, Qt::AlignLeft | Qt::AlignVCenter);
        layout.text(foot, DashboardPdf::tr("Page %1 of %2").arg(page).arg(pages), small,
                    Qt::AlignRight | Qt::AlignVCenter);
    };
    PdfLayout layout(writer, painter, decorate);
    layout.paragraph(title, PdfLayout::font(15, true), Qt::AlignHCenter, 2);
    QStringList path;
    for (const Division &d : data.path)
        path.append(d.name);
    layout.paragraph(DashboardPdf::tr("%1 · as of %2 · compared with %3")
                         .arg(path.isEmpty() ? data.stats.scope.name : path.join(QStringLiteral(" › ")),
                              dates::toIso(data.stats.asOf), dates::toIso(data.yearEarlier.asOf)),
                     body, Qt::AlignHCenter, 3);
    layout.table({{DashboardPdf::tr("Figure"), 0, Qt::AlignLeft},
                  {DashboardPdf::tr("Value"), 35, Qt::AlignRight},
                  {DashboardPdf::tr("Base"), 40, Qt::AlignRight},
                  {DashboardPdf::tr("Change against a year earlier"), 45, Qt::AlignRight}},
                 figureRows(data), body, header);
    if (!picture.isNull()) {
        layout.newPage();
        layout.image(picture);
    }
    return layout.page();
}

} // namespace

bool DashboardPdf::write(const DashboardData &data, const QString &title, const QImage &picture, QIODevice &out,
                         QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Writing a PDF needs the fonts of a graphical application."));
    QPdfWriter writer(&out);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 8),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ChamberDesk"));
    const int pages = layOut(data, title, picture, writer, nullptr, 0);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("Cannot start the PDF."));
    layOut(data, title, picture, writer, &painter, pages);
    return painter.end() || fail(tr("Cannot write the PDF."));
}

} // namespace chamber
