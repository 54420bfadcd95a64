// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dates.h"

#include <QRegularExpression>

namespace chamber::dates {

std::optional<QDate> parseIso(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString toIso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString toIsoOrEmpty(const std::optional<QDate> &date)
{
    return date ? toIso(*date) : QString();
}

std::optional<QDate> fromIsoOrEmpty(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return parseIso(text);
}

QString displayFormat()
{
    return QStringLiteral("yyyy-MM-dd");
}

QString toText(const QDate &date)
{
    return date.isValid() ? date.toString(displayFormat()) : QString();
}

QString toText(const std::optional<QDate> &date)
{
    return date ? toText(*date) : QString();
}

std::optional<QDate> parseTyped(const QString &text)
{
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const QString t = text.trimmed();
    auto match = separated.match(t);
    if (!match.hasMatch())
        match = compact.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool isTypedPrefix(const QString &text)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\d{0,8}$|^\\d{4}\\s*[-/.年]\\s*(\\d{1,2}(\\s*[-/.月]\\s*(\\d{1,2}\\s*日?)?)?)?$"));
    return prefix.match(text.trimmed()).hasMatch();
}

} // namespace chamber::dates
