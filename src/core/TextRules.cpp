// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextRules.h"

#include "Fields.h"

#include <algorithm>

namespace chamber {

namespace {

bool isControl(char16_t u, bool multiline)
{
    if (multiline && (u == u'\t' || u == u'\n' || u == u'\r'))
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

QString codePoint(char16_t u)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(u), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool TextRules::isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    if (c.isSpace() || c.category() == QChar::Other_Format)
        return true;
    // Hangul fillers and the braille blank show as nothing, though they are letters.
    return u == 0x115F || u == 0x1160 || u == 0x3164 || u == 0xFFA0 || u == 0x2800 || u == 0x034F;
}

Problems TextRules::check(const QString &field, const QString &value, int maxLength, Kind kind)
{
    Problems problems;
    if (value.isEmpty())
        return problems;
    const QString label = fieldLabel(field);
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (isControl(u, kind == Kind::Multiline)) {
            problems.append(Problem::error(field, tr("The %1 holds a control character (%2), which is not text. Remove it and save again.")
                                                      .arg(label, codePoint(u))));
            break;
        }
        if (isBidiControl(u)) {
            problems.append(Problem::error(field, tr("The %1 holds a text-direction override (%2), which makes it display as something "
                                                     "other than it is. Remove it and save again.")
                                                      .arg(label, codePoint(u))));
            break;
        }
    }
    if (kind == Kind::Name && std::all_of(value.cbegin(), value.cend(), [](QChar c) { return isInvisible(c); }))
        problems.append(Problem::error(field, tr("The %1 is made only of invisible characters (such as a zero-width space): "
                                                 "it would show as blank.")
                                                  .arg(label)));
    if (value.size() > maxLength)
        problems.append(Problem::error(field, tr("The %1 is %L2 characters long; it may be at most %L3.").arg(label).arg(value.size()).arg(maxLength)));
    return problems;
}

QString TextRules::escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isControl(u, false) || isBidiControl(u))
            out += (u < 0x100 ? QStringLiteral("\\x") : QStringLiteral("\\u"))
                   + QStringLiteral("%1").arg(uint(u), u < 0x100 ? 2 : 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

} // namespace chamber
