// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "Result.h"
#include "Sheet.h"

#include <QCoreApplication>

namespace chamber {

// A ledger file read into sheets, with what the import log keeps of it: its name and SHA-256.
// The kind is told by the file's content, not its name: an OLE2 compound file (D0 CF 11 E0) is a
// binary Excel/WPS workbook (.xls, .et); a ZIP package whose mimetype entry says so is an
// OpenDocument spreadsheet (.ods), any other ZIP an XLSX workbook; the rest is read as CSV.
// A PDF or an image, whatever it is named, is refused saying what it is.
struct LedgerFile
{
    Q_DECLARE_TR_FUNCTIONS(LedgerFile)
public:
    enum class Format { Csv, Xlsx, Xls, Ods };

    QString fileName;  // without its folder
    QString sha256;    // lower-case hex
    Format format = Format::Csv;
    QList<Sheet> sheets;

    static Result<LedgerFile> load(const QString &path, const CsvReader::Options &csv = {});
    static Result<LedgerFile> fromBytes(const QByteArray &bytes, const QString &fileName, const CsvReader::Options &csv = {});
    static QString sha256Of(const QByteArray &bytes);
    // Whether the format is a workbook that may hold several sheets.
    bool isWorkbook() const { return format != Format::Csv; }
};

} // namespace chamber
