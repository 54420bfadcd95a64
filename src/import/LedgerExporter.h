// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Sheet.h"

#include <QCoreApplication>

class QIODevice;

namespace chamber {

// Writes the chambers back in the shape of an office ledger — a title row, the Chinese headers
// the import reads, one row per chamber — as CSV (UTF-8 with BOM, CRLF), XLSX (libxlsxwriter) or
// ODS (OdsWriter); in the workbooks dates are date cells and phone numbers and codes text, so no
// spreadsheet turns them into numbers. Every Chamber field has a column, so that export then import gives back the same
// records; the registration column holds the current status and 登记时间 its date.
class LedgerExporter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerExporter)
public:
    struct Table
    {
        QString title;
        QStringList headers;
        QList<QList<Cell>> rows;
    };

    static Table table(Database &db, const QDate &today = QDate::currentDate());
    static Status writeCsv(const Table &table, QIODevice &out);
    static Status writeXlsx(const Table &table, QIODevice &out);
    static Status writeOds(const Table &table, QIODevice &out);
    // The formats written, as --format names them: csv, xlsx, ods.
    static QStringList formats();
    // In the given format (one of formats()), or else by the file's suffix; the file is replaced
    // only once written whole.
    static Status write(Database &db, const QString &path, const QString &format = {});
};

} // namespace chamber
