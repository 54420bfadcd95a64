// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QRegularExpression>

#include <limits>

namespace chamber::money {

std::optional<qint64> parseYuan(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(','));
    text.remove(QChar(0xFF0C)); // full-width comma
    if (text.endsWith(QChar(0x5143))) // 元
        text.chop(1);
    bool tenThousands = false;
    if (text.endsWith(QChar(0x4E07))) { // 万
        tenThousands = true;
        text.chop(1);
    }
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d{1,6}))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const bool negative = !match.captured(1).isEmpty();
    const qint64 whole = match.captured(2).toLongLong();
    QString fraction = match.captured(3);
    // Scale: yuan → fen is 2 decimal places, 万元 → fen is 6.
    const int places = tenThousands ? 6 : 2;
    if (fraction.size() > places)
        return std::nullopt; // finer than a fen
    fraction = fraction.leftJustified(places, QLatin1Char('0'));
    qint64 scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    if (whole > std::numeric_limits<qint64>::max() / scale / 10)
        return std::nullopt;
    const qint64 fen = whole * scale + fraction.toLongLong();
    return negative ? -fen : fen;
}

QString formatYuan(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(-(fen + 1)) + 1 : quint64(fen);
    QString out = QString::number(magnitude / 100);
    const quint64 cents = magnitude % 100;
    if (cents != 0)
        out += QLatin1Char('.') + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

} // namespace chamber::money
