// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Cli.h"
#include "RecordBinding.h"
#include "RecordQuery.h"

#include <QDate>

#include <functional>
#include <optional>

namespace chamber::cli {

// The plumbing the record commands (chamber, party, honour, mediation, need, member) share: their options
// come from the kinds' descriptions (RecordKind: name, value, help, type) and bindings
// (RecordBindings), so that add and edit read the same options and refuse a malformed value naming
// the field, before anything is written.

// Sets a record's field from an option's text; returns an empty string, or why the text will not do.
template<typename T>
using Setter = std::function<QString(T &record, const QString &value, const QString &option)>;

template<typename T>
struct FieldOption
{
    QString option;       // without the dashes
    QString field;        // Problem field key, for messages
    QString valueName;    // shown in --help
    QString description;  // translated
    Setter<T> set;
    RecordKindId kind = RecordKindId::None;  // whose field, for the label of a refusal
};

template<typename T>
using FieldOptions = QList<FieldOption<T>>;

// Parsing of option texts; each returns the value or sets error to a complete message.
std::optional<QDate> parseDateText(const QString &option, const QString &text, QString &error);
std::optional<int> parseIntText(const QString &option, const QString &text, QString &error);
std::optional<qint64> parseYuanText(const QString &option, const QString &text, QString &error);
// yes/no (是/否); unknown (or empty) gives nullopt without error when allowUnknown.
std::optional<bool> parseYesNoText(const QString &option, const QString &text, bool allowUnknown, QString &error);
QString enumError(const QString &option, const QStringList &keys, const QString &text);
QStringList splitNames(const QString &text);

// Reads an option's text as the described field's type (FieldType) into its stored value
// (RecordBinding); returns the message when the text will not do. nullable: the field may be "not
// known", which an empty text (or "unknown" for a yes/no) sets.
QString parseFieldText(const FieldDescription &field, bool nullable, const QString &option, const QString &text, QVariant &value);

// The options of a kind's fields from its description (RecordKind): all that have one, in the
// description's order, or those named in only, in that order.
template<typename T>
FieldOptions<T> describedOptions(RecordKindId kindId, const FieldBindings<T> &bindings, const QStringList &only = {})
{
    const RecordKind &kind = recordKind(kindId);
    FieldOptions<T> out;
    auto add = [&](const FieldDescription &f) {
        const FieldBinding<T> *b = findBinding(bindings, f.key);
        Q_ASSERT(b);
        const FieldBinding<T> binding = *b;
        out.append(FieldOption<T>{QString::fromLatin1(f.option), QString::fromLatin1(f.key), QString::fromLatin1(f.valueName), kind.optionHelp(f),
                    [binding, &f](T &record, const QString &text, const QString &option) {
                        QVariant value;
                        const QString error = parseFieldText(f, binding.nullable, option, text, value);
                        if (error.isEmpty())
                            binding.set(record, value);
                        return error;
                    },
                    kindId});
    };
    if (only.isEmpty()) {
        for (const auto &f : kind.fields)
            if (f.option)
                add(f);
    } else {
        for (const auto &option : only)
            if (const auto *f = kind.fieldByOption(option))
                add(*f);
    }
    return out;
}

template<typename T>
void addFieldOptions(QCommandLineParser &p, const FieldOptions<T> &options)
{
    for (const auto &o : options)
        p.addOption(option(o.option, o.description, o.valueName));
}

// Applies the options given, refusing with every malformed value at once.
template<typename T>
void applyFieldOptions(const QCommandLineParser &p, const FieldOptions<T> &options, T &record)
{
    Problems problems;
    for (const auto &o : options) {
        if (!p.isSet(o.option))
            continue;
        const QString error = o.set(record, p.value(o.option), o.option);
        if (!error.isEmpty()) {
            Problem problem = Problem::error(o.field, error);
            problem.kind = o.kind;
            problems.append(problem);
        }
    }
    if (!problems.isEmpty())
        throw Refusal{problems};
}

// --chamber ID|NAME: the chamber, or a refusal naming it.
void addChamberOption(QCommandLineParser &p);
Chamber chamberOption(Context &context, const QCommandLineParser &p);
// The positional record number.
qint64 idArgument(const QCommandLineParser &p);
// --chamber, --division, --search, --limit, --offset and --format for lists.
void addListOptions(QCommandLineParser &p);
void applyListOptions(Context &context, const QCommandLineParser &p, RecordQuery &query);
void addFormatOption(QCommandLineParser &p);
bool jsonFormat(const QCommandLineParser &p);

// Reports the problems of a write; true when it was accepted (warnings only).
template<typename R>
bool accepted(Context &context, const R &result)
{
    context.report(result.problems());
    return result.ok();
}

// "label: value" lines for show, with — for what is empty.
void printFields(Context &context, const QList<std::pair<QString, QString>> &fields);
QString yesNoText(const std::optional<bool> &value);
QString dateText(const std::optional<QDate> &date);

// The mediation case commands, which mediationCommands() includes.
QList<Command> mediationCaseCommands();

} // namespace chamber::cli
