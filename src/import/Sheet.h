// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "Result.h"

namespace chamber {

// One cell of a spreadsheet as read from a file: its kind and the text a person sees. CSV cells
// are always text; XLSX cells keep whether they held a number, a date or a boolean, because
// "2012.07" typed as a number and the same text typed as text mean different things to parse.
struct Cell
{
    enum class Kind { Empty, Text, Number, Date, Boolean, Error };

    Kind kind = Kind::Empty;
    QString text;       // as written: the string, the number without exponent, TRUE/FALSE, the ISO date
    double number = 0;  // Number; Date: the spreadsheet serial; Boolean: 0 or 1
    QDate date;         // Date: a number that carried a date format

    static Cell fromText(const QString &text);
    static Cell fromNumber(double value);
    static Cell fromDate(double serial, const QDate &date);
    static Cell fromBoolean(bool value);
    bool isBlank() const { return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty()); }
    bool operator==(const Cell &) const = default;
};

// One row of a sheet, numbered as the spreadsheet numbers it (1-based, blank rows counted).
struct SheetRow
{
    int number = 0;
    QList<Cell> cells;

    // The cell in a 0-based column, or an empty cell past the end.
    const Cell &cell(int column) const;
    bool isBlank() const;
    // Cells that are not blank.
    int filledCount() const;
};

// A sheet read from a CSV or XLSX file: its name and rows (blank rows may be left out).
struct Sheet
{
    QString name;
    QList<SheetRow> rows;
    QString encoding;  // CSV: the text encoding it was read in ("UTF-8", "GB18030"); empty for XLSX
    bool hidden = false;  // XLSX: a sheet the workbook hides

    int columnCount() const;
};

// A rectangle of merged cells: rows 1-based as the sheet numbers them, columns 0-based.
struct MergedRange
{
    int firstRow = 0;
    int lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;
};

// Gives the value of each range's top-left cell to every cell the range covers, in the rows the
// sheet holds — or, with addAbsentRows, in every row it covers, for readers that leave blank rows
// out. Ranges that are reversed or larger than any ledger (10,000 rows, past the last column)
// are ignored. False, part done, when the cells filled would pass ReadLimits::kMaxCells.
bool applyMerges(Sheet &sheet, const QList<MergedRange> &ranges, bool addAbsentRows = false);

// What a reader takes from one workbook at most, whatever its format: far above a county's
// ledger (some thousand rows of 30 columns), low enough that a crafted file cannot fill memory
// or keep the import busy. A file over a limit is refused, saying which.
struct ReadLimits
{
    Q_DECLARE_TR_FUNCTIONS(ReadLimits)
public:
    static constexpr int kMaxRows = 1048576;          // a sheet's rows, as Excel and WPS allow
    static constexpr int kMaxColumns = 16384;         // columns A … XFD
    static constexpr qint64 kMaxCells = 1000000;      // filled cells in the whole workbook
    static constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;  // one unpacked part of a package
    // A CSV file: its bytes, and its cells counted blank or not (every one is kept in memory).
    // 64 MB is some 300,000 rows of a county ledger's 30 columns; 1,000,000 cells as in a workbook.
    static constexpr qint64 kMaxCsvBytes = 64LL * 1024 * 1024;

    static Problem tooManyRows(const QString &sheet);
    static Problem tooManyCells();
    static Problem partTooLarge(const QString &part);
    static Problem csvTooLarge(qint64 bytes);
    static Problem tooManyCsvCells();
};

// Spreadsheet date serials (days since 1899-12-30, with Excel's phantom 1900-02-29 below 61;
// the 1904 system counts from 1904-01-01). Fractions (times of day) are dropped.
QDate dateFromSerial(double serial, bool date1904 = false);
double serialFromDate(const QDate &date);

// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA; and back (-1 if not letters).
QString columnLetters(int column);
int columnFromLetters(const QString &letters);

} // namespace chamber
