// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include "TextRules.h"

#include <QTextStream>

namespace chamber::cli {

void TextTable::addRow(QStringList row)
{
    for (auto &cell : row)
        cell = TextRules::escapeControls(cell);
    m_rows.append(std::move(row));
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (int i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        // East Asian wide and full-width ranges.
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

void TextTable::print(QTextStream &out) const
{
    QList<int> widths;
    auto measure = [&](const QStringList &row) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    };
    measure(m_header);
    for (const auto &r : m_rows)
        measure(r);
    auto line = [&](const QStringList &row) {
        QString text;
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += row[i];
            if (i + 1 < row.size())
                text += QString(widths[i] - displayWidth(row[i]), QLatin1Char(' '));
        }
        out << text << Qt::endl;
    };
    line(m_header);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule);
    for (const auto &r : m_rows)
        line(r);
}

} // namespace chamber::cli
