// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rate.h"

namespace chamber {

std::optional<double> Rate::value() const
{
    if (!defined())
        return std::nullopt;
    return double(numerator) / double(denominator);
}

std::optional<qint64> Rate::basisPoints() const
{
    if (!defined())
        return std::nullopt;
    // round(n * 10000 / d) half-up, for n >= 0: floor((2 * n * 10000 + d) / (2 * d))
    return (2 * numerator * 10000 + denominator) / (2 * denominator);
}

QString Rate::percentText() const
{
    const auto bp = basisPoints();
    if (!bp)
        return QStringLiteral("—");
    return QStringLiteral("%1.%2%").arg(*bp / 100).arg(*bp % 100, 2, 10, QLatin1Char('0'));
}

QString Rate::fullText() const
{
    return QStringLiteral("%1/%2 = %3").arg(numerator).arg(denominator).arg(percentText());
}

} // namespace chamber
