// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListExport.h"

#include "AppSettings.h"
#include "CsvWriter.h"
#include "Dates.h"
#include "ReadError.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QUrl>

#include <xlsxwriter.h>

namespace chamber {

Status ListExport::writeCsv(const ListTable &table, QIODevice &out)
{
    CsvWriter csv(out);
    csv.writeRow(table.headers);
    for (const auto &row : table.rows)
        csv.writeRow(row);
    if (!csv.ok())
        return Problem::error(QStringLiteral("export"), tr("The file could not be written: %1").arg(out.errorString()));
    return success();
}

Status ListExport::writeXlsx(const ListTable &table, const QString &path)
{
    // libxlsxwriter writes only to a named file: write beside the target, then rename into place
    // so that a failure never leaves half a workbook under the user's name.
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    lxw_workbook *book = workbook_new(QFile::encodeName(temp).constData());
    if (!book)
        return Problem::error(QStringLiteral("export"), tr("The file %1 could not be created.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    lxw_format *titleFormat = workbook_add_format(book);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format *headerFormat = workbook_add_format(book);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xEEF2F6);
    format_set_border(headerFormat, LXW_BORDER_THIN);

    worksheet_write_string(sheet, 0, 0, table.title.toUtf8().constData(), titleFormat);
    for (int c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(sheet, 1, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), headerFormat);
        int width = int(table.headers.at(c).size()) * 2 + 2;
        for (const auto &row : table.rows)
            width = std::max(width, int(c < row.size() ? row.at(c).size() : 0) * 2 + 2);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(width, 40), nullptr);
    }
    const QLocale c = QLocale::c();
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        for (int col = 0; col < row.size(); ++col) {
            bool isNumber = false;
            const double number = table.numericColumns.contains(col) ? c.toDouble(QString(row.at(col)).remove(QLatin1Char(',')), &isNumber) : 0;
            if (isNumber)
                worksheet_write_number(sheet, lxw_row_t(r + 2), lxw_col_t(col), number, nullptr);
            else if (!row.at(col).isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r + 2), lxw_col_t(col), row.at(col).toUtf8().constData(), nullptr);
        }
    }
    worksheet_freeze_panes(sheet, 2, 0);
    if (!table.headers.isEmpty())
        worksheet_autofilter(sheet, 1, 0, lxw_row_t(std::max<qsizetype>(table.rows.size(), 1) + 1), lxw_col_t(table.headers.size() - 1));
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR) {
        QFile::remove(temp);
        return Problem::error(QStringLiteral("export"), tr("The file %1 could not be written: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path))
        return Problem::error(QStringLiteral("export"), tr("The file %1 could not be written.").arg(path));
    return success();
}

QString ListExport::suggestedPath(const QString &baseName, const QString &suffix, const QDate &date)
{
    const QString folder = AppSettings::instance().exportFolder();
    // A file name may not hold / or \ (a scope path such as 广西/南宁 would become folders).
    QString name = baseName;
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    if (date.isValid())
        name += QLatin1Char('-') + dates::toText(date);
    return QDir(folder).filePath(name + QLatin1Char('.') + suffix);
}

void ListExport::rememberFolder(const QString &savedPath)
{
    AppSettings::instance().rememberExport(savedPath);
}

void ListExport::exportWithDialog(QWidget *parent, const ListTable &table, const QString &baseName)
{
    if (!table.error.isEmpty()) {  // the rows could not be read: no file of none of them
        ReadError::show(parent, table.error);
        return;
    }
    const QString csvFilter = tr("CSV for Excel and WPS (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString pdfFilter = tr("PDF for printing (*.pdf)");
    QString chosenFilter = xlsxFilter;
    const QString suggested = suggestedPath(baseName, QStringLiteral("xlsx"), QDate::currentDate());
    QString path = QFileDialog::getSaveFileName(parent, tr("Export the list"), suggested, xlsxFilter + QStringLiteral(";;") + csvFilter + QStringLiteral(";;") + pdfFilter,
                                                &chosenFilter);
    if (path.isEmpty())
        return;
    const bool csv = chosenFilter == csvFilter || path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const bool pdf = !csv && (chosenFilter == pdfFilter || path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive));
    const QString suffix = csv ? QStringLiteral(".csv") : pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    rememberFolder(path);
    Status written = success();
    if (csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            written = Problem::error(QStringLiteral("export"), tr("The file %1 could not be created.").arg(path));
        else if (written = writeCsv(table, file); written && !file.commit())
            written = Problem::error(QStringLiteral("export"), tr("The file %1 could not be written.").arg(path));
    } else if (pdf) {
        written = writePdf(table, path);
    } else {
        written = writeXlsx(table, path);
    }
    if (!written) {
        QMessageBox::warning(parent, tr("Export the list"), written.firstError());
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Export the list"),
                    tr("%n row(s) written to %1.", nullptr, int(table.rows.size())).arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, parent);
    QPushButton *openFolder = box.addButton(tr("Open folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(openFolder))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

PrintedTable ListExport::printed(const ListTable &table)
{
    return {table.title,
            tr("Printed %1 · %n row(s)", nullptr, int(table.rows.size())).arg(dates::toText(QDate::currentDate())),
            table.headers, table.rows, table.numericColumns};
}

Status ListExport::writePdf(const ListTable &table, const QString &path)
{
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !TablePrint::writePdf(printed(table), file, &error) || !file.commit())
        return Problem::error(QStringLiteral("export"), tr("The file %1 could not be written.").arg(path) +
                                                            (error.isEmpty() ? QString() : QLatin1Char(' ') + error));
    return success();
}

void ListExport::printWithPreview(QWidget *parent, const ListTable &table)
{
    if (!table.error.isEmpty()) {
        ReadError::show(parent, table.error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(12, 10, 12, 8), QPageLayout::Millimeter);
    printer.setDocName(table.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview — %1").arg(table.title));
    const PrintedTable page = printed(table);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&page](QPrinter *p) { TablePrint::print(page, *p); });
    preview.resize(1000, 700);
    preview.exec();
}

} // namespace chamber
