// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sheet.h"

#include <cmath>

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
