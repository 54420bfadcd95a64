// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace chamber {

// A date as a ledger gives it: to the day, or only to the month or year (then the first day).
struct LedgerDate
{
    enum class Precision { Day, Month, Year };
    QDate date;
    Precision precision = Precision::Day;
    bool operator==(const LedgerDate &) const = default;
};

// What reading one cell gave: a value (none when the cell was blank or wrong), why it was refused,
// a remark on how it was read (accepted, e.g. "month only: taken as the 1st"), and what forms
// would have been accepted.
template<typename T>
struct Parsed
{
    std::optional<T> value;
    QString error;
    QString warning;
    QString expected;
    bool failed() const { return !error.isEmpty(); }
};

// Reads ledger cells the way offices write them. Dates: 2019-05-12, 2019/5/12, 2019.5.12,
// 2019年5月12日, 2019年5月, 2012.07, 20190512, a year alone, a date cell, an Excel serial
// or a number like 2012.07 that a spreadsheet made of "2012.07". Counts with units (45个, 43人).
// Yes/no as 是/否, 有/无, √/×, 已…/未…. Phone numbers a spreadsheet turned into numbers
// (18153246119, 1.8153246119E10). Several honours in one cell.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)
public:
    static Parsed<QString> text(const Cell &cell);
    static Parsed<LedgerDate> date(const Cell &cell);
    static Parsed<int> count(const Cell &cell);
    static Parsed<bool> yesNo(const Cell &cell);
    static Parsed<QString> phone(const Cell &cell);
    static Parsed<qint64> money(const Cell &cell, bool tenThousandYuan);
    static Parsed<QString> creditCode(const Cell &cell);
    static Parsed<QStringList> list(const Cell &cell);

    // Full-width digits, letters and punctuation made ASCII, outer spaces trimmed, a formula guard dropped.
    static QString fold(const QString &text);
    // The text without the apostrophe a CSV writer puts before a leading = + - @.
    static QString unneutralise(const QString &text);
    // Whether a cell says "nothing here": blank, -, —, /, 无 where a value is optional.
    static bool isPlaceholder(const Cell &cell);
};

} // namespace chamber
