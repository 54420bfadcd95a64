// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QIODevice;
class QPagedPaintDevice;

namespace chamber {

// A list as a page prints it: a title, a line under it, the table.
struct PrintedTable
{
    QString title;
    QString subtitle;
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns; // right-aligned
};

// Prints a list on paper or into a PDF through PdfLayout, A4 landscape: the title, the table with
// its header row on every page, "page i of n" at the foot — in PdfLayout's font, so that a PDF's
// text layer reads back as the text printed.
class TablePrint
{
    Q_DECLARE_TR_FUNCTIONS(TablePrint)
public:
    // Draws onto a device ready to paint (a QPrinter from the print preview, a QPdfWriter).
    static bool print(const PrintedTable &table, QPagedPaintDevice &device);
    static bool writePdf(const PrintedTable &table, QIODevice &out, QString *error = nullptr);
};

} // namespace chamber
