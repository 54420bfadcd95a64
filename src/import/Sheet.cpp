// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sheet.h"

#include <cmath>
#include <algorithm>
#include <map>

namespace chamber {

namespace {
// Numbers as a spreadsheet shows them in a General cell: integers in full (phone numbers stay
// 11 digits, not 1.8153246119E10), fractions with up to 15 significant digits.
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}
} // namespace

Cell Cell::fromText(const QString &text)
{
    Cell c;
    c.kind = text.isEmpty() ? Kind::Empty : Kind::Text;
    c.text = text;
    return c;
}

Cell Cell::fromNumber(double value)
{
    Cell c;
    c.kind = Kind::Number;
    c.number = value;
    c.text = numberText(value);
    return c;
}

Cell Cell::fromDate(double serial, const QDate &date)
{
    Cell c;
    c.kind = Kind::Date;
    c.number = serial;
    c.date = date;
    c.text = date.toString(Qt::ISODate);
    return c;
}

Cell Cell::fromBoolean(bool value)
{
    Cell c;
    c.kind = Kind::Boolean;
    c.number = value ? 1 : 0;
    c.text = value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return c;
}

const Cell &SheetRow::cell(int column) const
{
    static const Cell empty;
    return column >= 0 && column < cells.size() ? cells.at(column) : empty;
}

bool SheetRow::isBlank() const
{
    return filledCount() == 0;
}

int SheetRow::filledCount() const
{
    int n = 0;
    for (const auto &c : cells)
        if (!c.isBlank())
            ++n;
    return n;
}

int Sheet::columnCount() const
{
    qsizetype n = 0;
    for (const auto &r : rows)
        n = std::max(n, r.cells.size());
    return int(n);
}

bool applyMerges(Sheet &sheet, const QList<MergedRange> &ranges, bool addAbsentRows)
{
    auto usable = [](const MergedRange &m) {
        return m.firstColumn >= 0 && m.lastColumn >= m.firstColumn && m.firstRow >= 1 && m.lastRow >= m.firstRow
               && m.lastColumn < ReadLimits::kMaxColumns && m.lastRow - m.firstRow <= 10000;
    };
    std::map<int, qsizetype> indexOfRow;
    auto index = [&] {
        indexOfRow.clear();
        for (qsizetype i = 0; i < sheet.rows.size(); ++i)
            indexOfRow[sheet.rows[i].number] = i;
    };
    index();
    if (addAbsentRows) {
        qsizetype added = 0;
        for (const auto &m : ranges) {
            const auto top = indexOfRow.find(m.firstRow);
            if (!usable(m) || top == indexOfRow.end() || sheet.rows[top->second].cell(m.firstColumn).isBlank())
                continue;
            for (int r = m.firstRow + 1; r <= m.lastRow; ++r) {
                if (indexOfRow.count(r))
                    continue;
                if (++added > ReadLimits::kMaxRows)
                    return false;
                indexOfRow[r] = -1;
                sheet.rows.append(SheetRow{r, {}});
            }
        }
        if (added > 0) {
            std::sort(sheet.rows.begin(), sheet.rows.end(), [](const SheetRow &a, const SheetRow &b) { return a.number < b.number; });
            index();
        }
    }
    qint64 filled = 0;
    for (const auto &m : ranges) {
        if (!usable(m))
            continue;
        const auto top = indexOfRow.find(m.firstRow);
        if (top == indexOfRow.end())
            continue;
        const Cell value = sheet.rows[top->second].cell(m.firstColumn);
        for (auto it = top; it != indexOfRow.end() && it->first <= m.lastRow; ++it) {
            auto &cells = sheet.rows[it->second].cells;
            if (cells.size() <= m.lastColumn)
                cells.resize(m.lastColumn + 1);
            for (int c = m.firstColumn; c <= m.lastColumn; ++c) {
                cells[c] = value;
                if (++filled > ReadLimits::kMaxCells)
                    return false;
            }
        }
    }
    return true;
}

Problem ReadLimits::tooManyRows(const QString &sheet)
{
    return Problem::error(QStringLiteral("file"), tr("Sheet \"%1\" has more than %L2 rows, more than a spreadsheet holds: the file is damaged or not a ledger.")
                                                      .arg(sheet).arg(kMaxRows));
}

Problem ReadLimits::tooManyCells()
{
    return Problem::error(QStringLiteral("file"), tr("The workbook holds more than %L1 filled cells, more than ChamberDesk reads from one ledger. "
                                                     "Save the sheet with the chambers on its own and import that.")
                                                      .arg(kMaxCells));
}

Problem ReadLimits::partTooLarge(const QString &part)
{
    return Problem::error(QStringLiteral("file"), tr("The workbook's part %1 unpacks to more than %L2 MB, more than ChamberDesk reads from one ledger.")
                                                      .arg(part).arg(kMaxPartBytes / (1024 * 1024)));
}

Problem ReadLimits::csvTooLarge(qint64 bytes)
{
    return Problem::error(QStringLiteral("file"), tr("The CSV file is %L1 MB, more than the %L2 MB ChamberDesk reads from one ledger "
                                                     "(a county's ledger is well under 5 MB). Save the sheet with the chambers on its own "
                                                     "and import that.")
                                                      .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                                                      .arg(kMaxCsvBytes / (1024 * 1024)));
}

Problem ReadLimits::tooManyCsvCells()
{
    return Problem::error(QStringLiteral("file"), tr("The CSV file holds more than %L1 cells (rows times columns, blank ones counted), "
                                                     "more than ChamberDesk reads from one ledger. Save the sheet with the chambers on its "
                                                     "own and import that.")
                                                      .arg(kMaxCells));
}

QDate dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465)  // 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel counts a 29 February 1900 that never was: serials from 61 on are one day ahead.
    return days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

double serialFromDate(const QDate &date)
{
    const qint64 days = QDate(1899, 12, 30).daysTo(date);
    return double(days < 61 ? days - 1 : days);
}

QString columnLetters(int column)
{
    QString out;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

int columnFromLetters(const QString &letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int n = 0;
    for (const QChar c : letters) {
        const QChar u = c.toUpper();
        if (u < QLatin1Char('A') || u > QLatin1Char('Z'))
            return -1;
        n = n * 26 + (u.unicode() - u'A' + 1);
    }
    return n - 1;
}

} // namespace chamber
