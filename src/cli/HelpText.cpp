// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpText.h"

namespace chamber::cli::HelpText {

namespace {

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
           || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
}

// Closing punctuation that must not begin a line (，。、；：）」 and the like).
bool noLineStart(QChar c)
{
    static const QString closing = QString::fromUtf8("，。、；：？！）」』》〉】’”,.;:?!)]}");
    return closing.contains(c);
}

// Opening punctuation that must not end a line (（「《 and the like).
bool noLineEnd(QChar c)
{
    static const QString opening = QString::fromUtf8("（「『《〈【‘“([{");
    return opening.contains(c);
}

// Pieces that are never split: a run of non-space narrow characters (a word, a path, an option),
// or one wide character (with any closing punctuation that follows it); spaces are pieces too.
QStringList pieces(const QString &text)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            out.append(current);
        current.clear();
    };
    for (const QChar c : text) {
        if (c.isSpace()) {
            flush();
            out.append(QStringLiteral(" "));
        } else if (noLineEnd(c)) {
            flush();
            current = c;  // kept with what follows it
        } else if (isWide(c) && !noLineStart(c)) {
            if (!(current.size() == 1 && noLineEnd(current.front())))
                flush();
            current += c;
            flush();
        } else if (noLineStart(c) && current.isEmpty() && !out.isEmpty() && out.last() != QStringLiteral(" ")) {
            out.last().append(c);
        } else {
            if (!current.isEmpty() && isWide(current.back()) && !noLineEnd(current.back()))
                flush();
            current.append(c);
        }
    }
    flush();
    return out;
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += isWide(c) ? 2 : 1;
    return width;
}

QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        int lineWidth = 0;
        for (const QString &piece : pieces(paragraph)) {
            const int w = displayWidth(piece);
            if (piece == QStringLiteral(" ")) {
                if (!line.isEmpty() && lineWidth + 1 <= width) {
                    line += piece;
                    lineWidth += 1;
                }
                continue;
            }
            if (lineWidth + w > width && !line.trimmed().isEmpty()) {
                lines.append(line.trimmed());
                line.clear();
                lineWidth = 0;
            }
            line += piece;
            lineWidth += w;
        }
        lines.append(line.trimmed());
    }
    return lines;
}

QString table(const QList<std::pair<QString, QString>> &rows, int maxNameWidth, int lineWidth)
{
    int nameWidth = 0;
    for (const auto &[name, text] : rows)
        nameWidth = std::max(nameWidth, std::min(displayWidth(name), maxNameWidth));
    const int textColumn = 2 + nameWidth + 2;
    const QString indent(textColumn, QLatin1Char(' '));
    QString out;
    for (const auto &[name, text] : rows) {
        const QStringList lines = wrap(text, std::max(20, lineWidth - textColumn));
        const int used = displayWidth(name);
        QString first = QStringLiteral("  ") + name;
        if (used > nameWidth) {
            out += first + QLatin1Char('\n');  // too long for the column: its text starts below
            first = indent;
        } else {
            first += QString(textColumn - 2 - used, QLatin1Char(' '));
        }
        for (int i = 0; i < lines.size(); ++i)
            out += (i == 0 ? first : indent) + lines.at(i) + QLatin1Char('\n');
    }
    return out;
}

QString rewrapQtHelp(const QString &helpText, int lineWidth)
{
    // Qt puts each description at one column after its longest option name, and continues it on
    // lines that hold only spaces up to that column. The column is read off the --help line.
    const QStringList lines = helpText.split(QLatin1Char('\n'));
    int column = -1;
    for (const QString &line : lines) {
        const auto at = line.indexOf(QStringLiteral("--help "));
        if (line.startsWith(QStringLiteral("  -")) && at >= 0) {
            int i = int(at) + 6;
            while (i < line.size() && line.at(i) == QLatin1Char(' '))
                ++i;
            column = i;
            break;
        }
    }
    if (column < 0)
        return helpText;
    auto isContinuation = [column](const QString &line) {
        return line.size() > column && line.left(column).trimmed().isEmpty() && line.at(column) != QLatin1Char(' ');
    };
    QList<std::pair<QString, QString>> rows;
    QString lastSegment;  // the part of the description on the line before
    QString out;
    auto flush = [&] {
        if (rows.isEmpty())
            return;
        out += table(rows, column - 4, lineWidth);
        rows.clear();
    };
    for (const QString &line : lines) {
        if (isContinuation(line) && !rows.isEmpty()) {
            // Qt broke at a space when the line had one (and dropped it); otherwise mid-text.
            const bool brokeAtSpace = lastSegment.contains(QLatin1Char(' '));
            lastSegment = line.mid(column);
            rows.last().second += (brokeAtSpace ? QStringLiteral(" ") : QString()) + lastSegment;
            continue;
        }
        if (line.startsWith(QStringLiteral("  ")) && line.size() > column && line.at(column - 1) == QLatin1Char(' ')
            && !line.left(column).trimmed().isEmpty()) {
            lastSegment = line.mid(column);
            rows.append({line.left(column).trimmed(), lastSegment});
            continue;
        }
        flush();
        out += line + QLatin1Char('\n');
    }
    flush();
    out.chop(1);  // the text ended as it came
    return out;
}

} // namespace chamber::cli::HelpText
