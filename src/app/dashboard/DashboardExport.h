// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardService.h"
#include "Result.h"

#include <QCoreApplication>

class QWidget;

namespace chamber {

// Writes the dashboard out: the picture of it (PNG through QWidget::grab, PDF drawn as vectors
// page by page) and its figures in the stats contract (the same JSON and CSV as chamberctl stats).
class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExport)
public:
    enum class Format { Png, Pdf, Csv, Json };

    static Status writePng(QWidget *dashboard, const QString &path);
    // A4 landscape (DashboardPdf): the title, every figure as searchable text, then the dashboard
    // as a picture scaled to the page width and continued over as many pages as it needs.
    static Status writePdf(QWidget *dashboard, const QString &title, const DashboardData &data, const QString &path);
    static Status writeFigures(const DashboardData &data, Format format, const QString &path);
    static Status write(QWidget *dashboard, const QString &title, const DashboardData &data, Format format, const QString &path);

    static QString suffix(Format format);  // "png", "pdf", "csv", "json"
    static QString filter(Format format);  // translated, for the file dialog
};

} // namespace chamber
