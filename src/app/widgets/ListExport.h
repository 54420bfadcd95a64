// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "TablePrint.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QIODevice;
class QWidget;

namespace chamber {

// A list as the user sees it, ready to leave the app: a title, the column titles and the text of
// each cell. Numeric columns are written as numbers in XLSX so that spreadsheets can sum them.
struct ListTable
{
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns;
    QString error;  // the rows could not be read: nothing to export, and this says why
};

// Writes a ListTable as CSV (CsvWriter: UTF-8 with BOM, CRLF, formulas neutralised), as XLSX
// (libxlsxwriter, a title row above a frozen header), as PDF or on paper through the print preview
// (TablePrint: the same layout and fonts as the reports, so a PDF's text reads back as printed).
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)
public:
    static Status writeCsv(const ListTable &table, QIODevice &out);
    static Status writeXlsx(const ListTable &table, const QString &path);
    // Asks for a file (CSV or XLSX by the chosen filter) and writes it; shows what happened.
    static void exportWithDialog(QWidget *parent, const ListTable &table, const QString &baseName);
    static void printWithPreview(QWidget *parent, const ListTable &table);
    // Where a save dialog opens: the folder last saved to, else the user's documents folder; the
    // suggested name is the (translated) base name and today's date, e.g. 商会名册-2026-12-03.xlsx.
    static QString suggestedPath(const QString &baseName, const QString &suffix, const QDate &date);
    static void rememberFolder(const QString &savedPath);
    // The list as TablePrint prints it (on paper and in a PDF): title, date printed and count.
    static PrintedTable printed(const ListTable &table);
    static Status writePdf(const ListTable &table, const QString &path);
};

} // namespace chamber
