// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardExport.h"

#include "DashboardPdf.h"

#include <QImage>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

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

Status DashboardExport::writePdf(QWidget *dashboard, const QString &title, const DashboardData &data, const QString &path)
{
    // The figures go in as text (DashboardPdf, in PdfLayout's font, so that the text layer reads
    // back as printed); the dashboard itself as a picture at twice the screen's pixels, since its
    // widgets and charts draw their words in the window's font.
    const qreal ratio = 2.0;
    QImage picture(dashboard->size() * ratio, QImage::Format_RGB32);
    picture.setDevicePixelRatio(ratio);
    picture.fill(Qt::white);
    dashboard->render(&picture, QPoint(0, 0), QRegion(), QWidget::DrawChildren);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !DashboardPdf::write(data, title, picture, file) || !file.commit())
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
    case Format::Pdf: return writePdf(dashboard, title, data, path);
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
