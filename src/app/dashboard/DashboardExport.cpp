// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardExport.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

#include <algorithm>

namespace chamber {

namespace {
Problem cannotWrite(const QString &path)
{
    return Problem::error(QStringLiteral("export"), DashboardExport::tr("The file %1 could not be written.").arg(path));
}
} // namespace

Status DashboardExport::writePng(QWidget *dashboard, const QString &path)
{
    const QPixmap picture = dashboard->grab();
    QSaveFile file(path);
    if (picture.isNull() || !file.open(QIODevice::WriteOnly) || !picture.save(&file, "PNG") || !file.commit())
        return cannotWrite(path);
    return success();
}

Status DashboardExport::writePdf(QWidget *dashboard, const QString &title, const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("ChamberDesk"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    pdf.setResolution(150);
    QPainter painter;
    if (!painter.begin(&pdf))
        return cannotWrite(path);
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const QRect paintArea(0, 0, page.width(), page.height());
    QFont titleFont = dashboard->font();
    titleFont.setPointSizeF(11);
    painter.setFont(titleFont);
    const int titleHeight = painter.fontMetrics().height() * 2;
    // Widget pixels to page pixels: the dashboard's width fills the page's.
    const double scale = double(paintArea.width()) / std::max(1, dashboard->width());
    const int sliceHeight = std::max(1, int((paintArea.height() - titleHeight) / scale));
    for (int top = 0, pageNumber = 1; top < dashboard->height(); top += sliceHeight, ++pageNumber) {
        if (pageNumber > 1)
            pdf.newPage();
        painter.resetTransform();
        painter.setFont(titleFont);
        painter.drawText(QRect(0, 0, paintArea.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(QRect(0, 0, paintArea.width(), titleHeight), Qt::AlignRight | Qt::AlignVCenter,
                         tr("page %1").arg(pageNumber));
        painter.translate(0, titleHeight);
        painter.scale(scale, scale);
        const QRect slice(0, top, dashboard->width(), std::min(sliceHeight, dashboard->height() - top));
        dashboard->render(&painter, QPoint(0, 0), QRegion(slice), QWidget::DrawChildren);
    }
    if (!painter.end())
        return cannotWrite(path);
    return success();
}

Status DashboardExport::writeFigures(const DashboardData &data, Format format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path);
    const bool written = format == Format::Json ? DashboardService::writeJson(data, file) : DashboardService::writeCsv(data, file);
    if (!written || !file.commit())
        return cannotWrite(path);
    return success();
}

Status DashboardExport::write(QWidget *dashboard, const QString &title, const DashboardData &data, Format format, const QString &path)
{
    switch (format) {
    case Format::Png: return writePng(dashboard, path);
    case Format::Pdf: return writePdf(dashboard, title, path);
    case Format::Csv:
    case Format::Json: return writeFigures(data, format, path);
    }
    return cannotWrite(path);
}

QString DashboardExport::suffix(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    }
    return {};
}

QString DashboardExport::filter(Format format)
{
    switch (format) {
    case Format::Png: return tr("PNG picture (*.png)");
    case Format::Pdf: return tr("PDF document (*.pdf)");
    case Format::Csv: return tr("Figures as CSV for Excel and WPS (*.csv)");
    case Format::Json: return tr("Figures as JSON, chamberdesk.stats/1 (*.json)");
    }
    return {};
}

} // namespace chamber
