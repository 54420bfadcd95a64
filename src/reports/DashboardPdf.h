// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QImage;
class QIODevice;

namespace chamber {

struct DashboardData;

// The dashboard as a PDF (PdfLayout, A4 landscape): its title and date, every figure as text —
// value, base and change against a year earlier, each in a table row that a reader can search
// and copy — and then the picture of the dashboard as the screen shows it, charts included.
class DashboardPdf
{
    Q_DECLARE_TR_FUNCTIONS(DashboardPdf)
public:
    static bool write(const DashboardData &data, const QString &title, const QImage &picture, QIODevice &out,
                      QString *error = nullptr);
};

} // namespace chamber
