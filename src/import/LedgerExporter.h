// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Sheet.h"

#include <QCoreApplication>

#include <optional>

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
        int year = 0;  // the ledger's year: its yearly counts, in the title and their headers
        QString title;
        QStringList headers;
        QList<QList<Cell>> rows;
    };

    // year: the year of the yearly counts; by default the last year any count is kept for.
    // A read that fails is an error: never a ledger of the rows that could be read.
    static Result<Table> table(Database &db, const QDate &today = QDate::currentDate(), std::optional<int> year = std::nullopt);
    static Status writeCsv(const Table &table, QIODevice &out);
    static Status writeXlsx(const Table &table, QIODevice &out);
    static Status writeOds(const Table &table, QIODevice &out);
    // The formats written, as --format names them: csv, xlsx, ods.
    static QStringList formats();
    // year: the year of the yearly counts (default: the last year with counts).
    // In the given format (one of formats()), or else by the file's suffix; the file is replaced
    // only once written whole.
    static Status write(Database &db, const QString &path, const QString &format = {},
                        std::optional<int> year = std::nullopt);
};

} // namespace chamber
