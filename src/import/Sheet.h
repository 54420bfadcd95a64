// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

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

// Spreadsheet date serials (days since 1899-12-30, with Excel's phantom 1900-02-29 below 61;
// the 1904 system counts from 1904-01-01). Fractions (times of day) are dropped.
QDate dateFromSerial(double serial, bool date1904 = false);
double serialFromDate(const QDate &date);

// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA; and back (-1 if not letters).
QString columnLetters(int column);
int columnFromLetters(const QString &letters);

} // namespace chamber
