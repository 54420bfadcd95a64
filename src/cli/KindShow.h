// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordBinding.h"
#include "RecordKind.h"

#include <QHash>
#include <QTextStream>

#include <initializer_list>
#include <utility>

namespace chamber::cli {

// chamberctl's text `show` of one record, "Heading: value" line by line, from its kind's
// description (RecordKind::cliShow): each line's field read by its type as the tables read it
// (dates yyyy-MM-dd, money in yuan, yes/no in words, an enumeration's name), the fields a line
// joins after it, then every field no line names under its label — so that a field added to a
// description shows without a change here. Control characters are escaped; empty reads as —.
class KindShow
{
public:
    // stored: each bound field's stored value by key; given: the values that are no field ("id",
    // "chamber_id", "registration"), and a field's whole line when the command reads it otherwise.
    static void print(QTextStream &out, const RecordKind &kind, const QHash<QString, QVariant> &stored,
                      const QHash<QString, QString> &given);
};

// Prints a record of a kind by its bindings; given as in KindShow::print.
template<typename T>
void printRecord(QTextStream &out, RecordKindId kind, const FieldBindings<T> &bindings, const T &record,
                 std::initializer_list<std::pair<const char *, QString>> given = {})
{
    QHash<QString, QVariant> stored;
    for (const auto &b : bindings)
        stored.insert(QString::fromLatin1(b.key), b.get(record));
    QHash<QString, QString> texts;
    texts.insert(QStringLiteral("id"), QString::number(record.id));
    if constexpr (requires { record.chamberId; })
        texts.insert(QStringLiteral("chamber_id"), QString::number(record.chamberId));
    for (const auto &[key, text] : given)
        texts.insert(QString::fromLatin1(key), text);
    KindShow::print(out, recordKind(kind), stored, texts);
}

} // namespace chamber::cli
