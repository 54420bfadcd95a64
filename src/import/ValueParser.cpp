// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueParser.h"

#include "CreditCode.h"
#include "Money.h"
#include "YesNo.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace chamber {

namespace {

// Ledger dates before 1949 or after 2099 are typing mistakes, not chambers (the records refuse
// them too, so that whatever is stored is read back from its export).
constexpr int kFirstYear = 1949;
constexpr int kLastYear = 2099;

const QRegularExpression &whitespace()
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    return space;
}

QString expectedDate()
{
    return ValueParser::tr("a date such as 2019-05-12, 2019/5/12, 2019年5月12日, 2019年5月 or 2012.07");
}

Parsed<LedgerDate> dateResult(int year, int month, int day, LedgerDate::Precision precision)
{
    Parsed<LedgerDate> out;
    const QDate date(year, month, day);
    if (year < kFirstYear || year > kLastYear || !date.isValid()) {
        out.error = ValueParser::tr("There is no such date.");
        out.expected = expectedDate();
        return out;
    }
    out.value = LedgerDate{date, precision};
    if (precision == LedgerDate::Precision::Month)
        out.warning = ValueParser::tr("Only the month is given: taken as %1.").arg(date.toString(Qt::ISODate));
    else if (precision == LedgerDate::Precision::Year)
        out.warning = ValueParser::tr("Only the year is given: taken as %1.").arg(date.toString(Qt::ISODate));
    return out;
}

Parsed<LedgerDate> dateFromNumber(double number)
{
    Parsed<LedgerDate> out;
    const double whole = std::floor(number);
    if (whole >= kFirstYear && whole <= kLastYear) {
        // A spreadsheet turned "2012.07" into the number 2012.07: year and month.
        const double fraction = number - whole;
        if (fraction < 1e-9)
            return dateResult(int(whole), 1, 1, LedgerDate::Precision::Year);
        const int hundredths = int(std::lround(fraction * 100));
        const bool oneDecimal = std::fabs(fraction * 10 - std::round(fraction * 10)) < 1e-6;
        if (oneDecimal && hundredths == 10) {
            // 2012.10 loses its zero as a number; 2012.1 was January only if typed so.
            auto result = dateResult(int(whole), 10, 1, LedgerDate::Precision::Month);
            result.warning = ValueParser::tr("The number %1 is read as October %2 (a spreadsheet drops the 0 of %2.10); "
                                             "if January was meant, write %2.01 as text.")
                                 .arg(QString::number(number, 'g', 15))
                                 .arg(int(whole));
            return result;
        }
        const int month = oneDecimal ? hundredths / 10 : hundredths;
        if (std::fabs(fraction * 100 - hundredths) < 1e-6 && month >= 1 && month <= 12)
            return dateResult(int(whole), month, 1, LedgerDate::Precision::Month);
        out.error = ValueParser::tr("The number %1 is not a year and month.").arg(QString::number(number, 'g', 15));
        out.expected = expectedDate();
        return out;
    }
    const QDate serial = dateFromSerial(number);
    if (serial.isValid() && serial.year() >= kFirstYear && serial.year() <= kLastYear) {
        out.value = LedgerDate{serial, LedgerDate::Precision::Day};
        out.warning = ValueParser::tr("The number %1 is read as a spreadsheet date serial: %2.")
                          .arg(QString::number(number, 'g', 15), serial.toString(Qt::ISODate));
        return out;
    }
    out.error = ValueParser::tr("The number %1 is not a date.").arg(QString::number(number, 'g', 15));
    out.expected = expectedDate();
    return out;
}

} // namespace

QString ValueParser::fold(const QString &text)
{
    return unneutralise(text).normalized(QString::NormalizationForm_KC).trimmed();
}

QString ValueParser::unneutralise(const QString &text)
{
    // CSV writers (ours included) put an apostrophe before = + - @ so that a spreadsheet does not
    // run the cell as a formula; the apostrophe is not part of the value.
    static const QRegularExpression neutralised(QStringLiteral("^'[=+\\-@\\t\\r]"));
    return neutralised.match(text).hasMatch() ? text.mid(1) : text;
}

bool ValueParser::isPlaceholder(const Cell &cell)
{
    if (cell.isBlank())
        return true;
    if (cell.kind != Cell::Kind::Text)
        return false;
    static const QStringList placeholders = {QStringLiteral("-"),  QStringLiteral("--"), QStringLiteral("—"),
                                             QStringLiteral("——"), QStringLiteral("/"),  QStringLiteral("\\"),
                                             QStringLiteral("无"), QStringLiteral("暂无"), QStringLiteral("n/a")};
    return placeholders.contains(fold(cell.text).toLower());
}

Parsed<QString> ValueParser::text(const Cell &cell)
{
    Parsed<QString> out;
    if (isPlaceholder(cell) || cell.kind == Cell::Kind::Error)
        return out;
    out.value = unneutralise(cell.text).trimmed();
    return out;
}

Parsed<LedgerDate> ValueParser::date(const Cell &cell)
{
    Parsed<LedgerDate> out;
    if (isPlaceholder(cell))
        return out;
    if (cell.kind == Cell::Kind::Date)
        return dateResult(cell.date.year(), cell.date.month(), cell.date.day(), LedgerDate::Precision::Day);
    if (cell.kind == Cell::Kind::Number)
        return dateFromNumber(cell.number);
    QString t = fold(cell.text);
    // A date with a time of day, as spreadsheets write them to CSV: "2019/5/12 0:00".
    static const QRegularExpression time(QStringLiteral("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$"));
    t.remove(time);
    t.remove(whitespace());
    using P = LedgerDate::Precision;
    static const QRegularExpression day(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})日?$"));
    static const QRegularExpression dayCn(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression monthCn(QStringLiteral("^(\\d{4})年(\\d{1,2})月份?$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})月?$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})年?$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(\\.\\d+)?$"));
    for (const auto *pattern : {&day, &dayCn, &compact}) {
        const auto m = pattern->match(t);
        if (m.hasMatch())
            return dateResult(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), P::Day);
    }
    for (const auto *pattern : {&monthCn, &month}) {
        const auto m = pattern->match(t);
        if (m.hasMatch()) {
            auto result = dateResult(m.captured(1).toInt(), m.captured(2).toInt(), 1, P::Month);
            if (pattern == &month && m.captured(2) == QStringLiteral("1") && t.contains(QLatin1Char('.')) && result.value)
                result.warning = tr("%1 is read as January %2; if October was meant, write %2.10.").arg(t).arg(m.captured(1));
            return result;
        }
    }
    if (const auto m = year.match(t); m.hasMatch())
        return dateResult(m.captured(1).toInt(), 1, 1, P::Year);
    if (serial.match(t).hasMatch())
        return dateFromNumber(QLocale::c().toDouble(t));
    out.error = tr("\"%1\" is not a date.").arg(cell.text.trimmed());
    out.expected = expectedDate();
    return out;
}

Parsed<int> ValueParser::count(const Cell &cell)
{
    Parsed<int> out;
    const QString expected = tr("a whole number such as 45, 45个 or 43人");
    if (cell.isBlank() || (isPlaceholder(cell) && fold(cell.text) != QStringLiteral("无")))
        return out;
    if (cell.kind == Cell::Kind::Number) {
        if (cell.number >= 0 && cell.number == std::floor(cell.number) && cell.number < 1e9) {
            out.value = int(cell.number);
            return out;
        }
        out.error = tr("%1 is not a whole number of zero or more.").arg(cell.text);
        out.expected = expected;
        return out;
    }
    const QString t = fold(cell.text).remove(whitespace());
    if (t == QStringLiteral("无") || t == QStringLiteral("没有")) {
        out.value = 0;
        return out;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^约?(\\d{1,9})(?:\\.0+)?(个|人|家|名|户|位|件|起|宗|次|个会员|家企业|个企业|名会员)?$"));
    const auto m = pattern.match(t);
    if (m.hasMatch()) {
        out.value = m.captured(1).toInt();
        return out;
    }
    out.error = tr("\"%1\" is not a whole number.").arg(cell.text.trimmed());
    out.expected = expected;
    return out;
}

Parsed<bool> ValueParser::yesNo(const Cell &cell)
{
    Parsed<bool> out;
    if (cell.isBlank())
        return out;
    if (cell.kind == Cell::Kind::Boolean || cell.kind == Cell::Kind::Number) {
        if (cell.number == 0 || cell.number == 1) {
            out.value = cell.number == 1;
            return out;
        }
    }
    // The words are core's, the same the command line takes (YesNo); unknown (未知, 不详) is no value.
    switch (YesNo::read(fold(cell.text))) {
    case YesNo::Answer::Yes: out.value = true; break;
    case YesNo::Answer::No: out.value = false; break;
    case YesNo::Answer::Unknown: break;
    case YesNo::Answer::Invalid:
        out.error = tr("\"%1\" is neither yes nor no.").arg(cell.text.trimmed());
        out.expected = tr("是 or 否 (also 有/无, √/×)");
        break;
    }
    return out;
}

Parsed<QString> ValueParser::phone(const Cell &cell)
{
    Parsed<QString> out;
    if (isPlaceholder(cell))
        return out;
    if (cell.kind == Cell::Kind::Number) {
        out.value = cell.text;  // integral numbers keep all their digits (Cell::fromNumber)
        return out;
    }
    QString t = fold(cell.text);
    // A spreadsheet showing a long number in scientific notation, then saved as text.
    static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?[eE]\\+?(\\d{1,2})$"));
    static const QRegularExpression wholeFloat(QStringLiteral("^(\\d{5,15})\\.0+$"));
    if (scientific.match(t).hasMatch()) {
        const double v = QLocale::c().toDouble(t);
        if (v == std::floor(v) && v < 1e15) {
            out.value = QString::number(qint64(v));
            out.warning = tr("%1 was turned into a number by a spreadsheet; read as %2. Check the last digits.").arg(t, *out.value);
            return out;
        }
    }
    if (const auto m = wholeFloat.match(t); m.hasMatch())
        t = m.captured(1);
    static const QRegularExpression allowed(QStringLiteral("^[0-9+\\-() ]{5,20}$"));
    if (!allowed.match(t).hasMatch()) {
        out.error = tr("\"%1\" is not a phone number.").arg(cell.text.trimmed());
        out.expected = tr("one phone number of digits, such as 18153246119 or 0771-8220000");
        return out;
    }
    out.value = t;
    return out;
}

Parsed<qint64> ValueParser::money(const Cell &cell, bool tenThousandYuan)
{
    Parsed<qint64> out;
    if (isPlaceholder(cell))
        return out;
    QString t = cell.kind == Cell::Kind::Number ? cell.text : fold(cell.text);
    if (tenThousandYuan && !t.endsWith(QStringLiteral("万")) && !t.endsWith(QStringLiteral("万元")))
        t += QStringLiteral("万");
    if (const auto fen = money::parseYuan(t); fen && *fen >= 0) {
        out.value = *fen;
        return out;
    }
    out.error = tr("\"%1\" is not an amount of money.").arg(cell.text.trimmed());
    out.expected = tr("an amount in yuan such as 30000, 30000.50 or 3万");
    return out;
}

Parsed<QString> ValueParser::creditCode(const Cell &cell)
{
    Parsed<QString> out;
    if (isPlaceholder(cell))
        return out;
    if (cell.kind == Cell::Kind::Number) {
        // 18 digits do not survive as a spreadsheet number: 15 significant digits are kept.
        out.error = tr("The credit code %1 was stored as a number, which loses its last digits.").arg(cell.text);
        out.expected = tr("the 18-character code typed as text (format the column as text)");
        return out;
    }
    QString t = fold(cell.text);
    if (t.startsWith(QLatin1Char('\'')))
        t.remove(0, 1);
    out.value = CreditCode::normalise(t);
    return out;
}

Parsed<QStringList> ValueParser::list(const Cell &cell)
{
    Parsed<QStringList> out;
    if (isPlaceholder(cell))
        return out;
    static const QRegularExpression separators(QStringLiteral("[；;、，,/\\n]+"));
    QStringList items;
    for (const auto &part : cell.text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    out.value = items;
    return out;
}

} // namespace chamber
