// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "Result.h"
#include "Sheet.h"

#include <QCoreApplication>

namespace chamber {

// A ledger file read into sheets, with what the import log keeps of it: its name and SHA-256.
// The kind is told by the file's first bytes, not its name: an XLSX workbook is a ZIP package;
// an old .xls, a PDF or an image renamed .xlsx or .csv is refused saying what it is.
struct LedgerFile
{
    Q_DECLARE_TR_FUNCTIONS(LedgerFile)
public:
    enum class Format { Csv, Xlsx };

    QString fileName;  // without its folder
    QString sha256;    // lower-case hex
    Format format = Format::Csv;
    QList<Sheet> sheets;

    static Result<LedgerFile> load(const QString &path, const CsvReader::Options &csv = {});
    static Result<LedgerFile> fromBytes(const QByteArray &bytes, const QString &fileName, const CsvReader::Options &csv = {});
    static QString sha256Of(const QByteArray &bytes);
};

} // namespace chamber
