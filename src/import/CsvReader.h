// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Sheet.h"

#include <QCoreApplication>
#include <QStringList>

namespace chamber {

// The text encodings a ledger CSV comes in: WPS and older Excel save GB18030 (GBK), newer ones
// UTF-8, often with a BOM.
enum class TextEncoding { Auto, Utf8, Gb18030 };

// Reads a CSV file into a Sheet. The encoding is found by a BOM first, then strict UTF-8, then
// GB18030 — in that order, because GB18030 accepts most byte sequences and would garble a UTF-8
// file — unless the user names it. The delimiter (comma, semicolon, tab, bar) is detected; quoted
// fields may hold delimiters, doubled quotes and line breaks. A file that is empty, binary or in
// another encoding is refused with a message saying so.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Options
    {
        TextEncoding encoding = TextEncoding::Auto;
        QChar delimiter;  // null: detect
    };
    struct Text
    {
        QString text;
        QString encoding;  // "UTF-8", "UTF-16", "GB18030"
    };

    static Result<Sheet> read(const QByteArray &bytes, const Options &options, const QString &name = {});
    static Result<Text> decode(const QByteArray &bytes, TextEncoding encoding);
    static QChar detectDelimiter(const QString &text);
    // Splits text into records of fields. Refused if a quoted field is never closed.
    static Result<QList<QStringList>> parse(const QString &text, QChar delimiter);

    static QString encodingName(TextEncoding encoding);
    static std::optional<TextEncoding> encodingFromName(const QString &name);
};

} // namespace chamber
