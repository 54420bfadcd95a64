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

} // namespace chamber::dates
