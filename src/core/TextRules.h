// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QCoreApplication>

namespace chamber {

// What a text field of a record may hold, checked by every record's validation so that the CLI,
// the app and the ledger import refuse the same things (docs/reliability.md lists the limits):
// no control characters (a note may hold line breaks and tabs), no bidirectional overrides or
// isolates (they make "商会A" display as another name), a name not made only of invisible
// characters (zero-width space, word joiner, BOM, fillers), and at most a length per field.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)
public:
    enum class Kind { Name, Line, Multiline };

    // Field lengths, in characters (UTF-16 units, as Qt and SQLite's length() count them).
    static constexpr int kNameLength = 100;
    static constexpr int kPersonLength = 50;
    static constexpr int kLineLength = 200;
    static constexpr int kNotesLength = 2000;

    // The problems of one field's value (empty when it is fine); field is the Problem field key.
    static Problems check(const QString &field, const QString &value, int maxLength, Kind kind);
    // Whether a character shows nothing (format characters, fillers, spaces).
    static bool isInvisible(QChar c);
    // The text with control characters shown as \x1B (for a terminal), the rest as it is.
    static QString escapeControls(const QString &text);
};

} // namespace chamber
