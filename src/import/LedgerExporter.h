// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Sheet.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace chamber {

// Writes the chambers back in the shape of an office ledger — a title row, the Chinese headers
// the import reads, one row per chamber — as CSV (UTF-8 with BOM, CRLF) or XLSX (libxlsxwriter;
// dates as date cells, phone numbers and codes as text so no spreadsheet turns them into
// numbers). Every Chamber field has a column, so that export then import gives back the same
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
    static Table table(Database &db, const QDate &today = QDate::currentDate(), std::optional<int> year = std::nullopt);
    static Status writeCsv(const Table &table, QIODevice &out);
    static Status writeXlsx(const Table &table, QIODevice &out);
    // By the file's suffix (.csv or .xlsx); the file is replaced only once written whole.
    static Status write(Database &db, const QString &path, std::optional<int> year = std::nullopt);
};

} // namespace chamber
