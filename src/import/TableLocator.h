// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HeaderMapping.h"
#include "Sheet.h"

#include <QCoreApplication>

#include <optional>

namespace chamber {

// A row of the sheet that is not a record, and why (title, totals, repeated header, a note).
struct SkippedRow
{
    int row = 0;
    QString reason;
};

// Where the ledger is in a sheet: its header, its mapping and the rows that are records.
struct LedgerTable
{
    Sheet sheet;
    int sheetIndex = 0;         // 0-based, in the workbook
    int headerRow = 0;          // 1-based sheet row of the header (the upper one of two)
    int headerRowCount = 1;     // 2 when a merged header has its sub-headers in the row below
    QStringList headers;        // one per column, the two rows of a two-row header combined
    HeaderMapping mapping;
    QList<int> recordRows;      // indexes into sheet.rows
    QList<SkippedRow> skipped;  // in sheet order
    QString title;              // the text above the header, if any
    std::optional<int> year;    // the ledger's year, from its title ("截至2025年12月")
};

// Finds the table in a sheet: skips title rows, takes as header the row among the first 30 that
// names the most known fields (it must name the chamber and one more), joins a two-row header
// (会员数 merged over 总数 | 其中企业会员), and leaves out blank rows, totals (合计/总计/小计/共计),
// repeated headers and notes below the table. A saved mapping's header row wins over the search.
class TableLocator
{
    Q_DECLARE_TR_FUNCTIONS(TableLocator)
public:
    static Result<LedgerTable> locate(const Sheet &sheet, const HeaderMapping &saved = {});
    // In a workbook: the given sheet (1-based), or else the first visible sheet that holds a
    // ledger. Refused with a message naming what was looked for when none does.
    static Result<LedgerTable> locate(const QList<Sheet> &sheets, std::optional<int> sheetNumber, const HeaderMapping &saved = {});
    // Whether a row is a totals row (合计/总计/小计/共计 in one of its first cells).
    static bool isTotalsRow(const SheetRow &row);
};

} // namespace chamber
