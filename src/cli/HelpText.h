// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace chamber::cli {

// Lays out help text for a terminal of 80 columns: Chinese characters take two columns, lines
// break at spaces or between Chinese characters and never inside a word or a path ("reports/…"),
// and a name too long for its column puts its text on the next line instead of running into it.
namespace HelpText {

int displayWidth(const QString &text);
// Breaks text into lines of at most width columns (a single word longer than that stays whole).
QStringList wrap(const QString &text, int width);
// "  name      text" rows: names in a column as wide as the longest (up to maxNameWidth), texts wrapped.
QString table(const QList<std::pair<QString, QString>> &rows, int maxNameWidth = 28, int lineWidth = 79);
// QCommandLineParser's help with its option descriptions joined up again and wrapped by wrap():
// Qt counts characters, not columns, and cuts Chinese text (and any word in it) at a fixed count.
QString rewrapQtHelp(const QString &helpText, int lineWidth = 79);

} // namespace HelpText

} // namespace chamber::cli
