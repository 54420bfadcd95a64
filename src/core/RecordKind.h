// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"
#include "RecordKindId.h"

#include <QList>
#include <QVariant>
#include <QString>
#include <QStringList>

#include <span>

namespace chamber {

class EnumTextSet;

// How a field's value is typed, stored and shown.
enum class FieldType {
    Text,   // free text (TEXT NOT NULL DEFAULT '')
    Date,   // yyyy-MM-dd (TEXT, NULL when unknown)
    Money,  // integer fen (INTEGER, NULL when unknown); typed in yuan such as 3.5万
    Count,  // a whole number (INTEGER)
    Enum,   // one stored key of an enumeration (EnumText)
    YesNo,  // 1/0, NULL when unknown; typed as in YesNo
    Phone,  // digits, spaces, + - ( ) as chambers write phone numbers
    Code,   // a code checked by a rule (credit code, division code)
    Names,  // a list of names, stored '、'-separated
};

// How a Names field's names are joined: in its column, in the CLI's tables and text, in its form.
inline constexpr QChar kNamesSeparator = QChar(0x3001);  // 、

// How the storage writes a text field (Text, Phone, Code) to its column; the column never holds
// NULL for a text: '' is "none" (sql::storedValues in src/storage/RecordRow.h).
enum class TextStorage : quint8 {
    Trimmed,     // trimmed of leading and trailing spaces: names, phones, numbers (the default)
    AsTyped,     // kept as typed, spaces and line breaks too: notes and other running text
    Capitals,    // trimmed and in capitals: a disclosure's period (2024-H1)
    CreditCode,  // as CreditCode::normalise writes a code: no spaces, capitals
};

// The column of a field in a list (the app's lists of a kind, ListExport's CSV of them).
struct ListColumn
{
    int width = 0;                  // in characters (about one CJK character each); 0: as wide as it comes
    // The key the kind's region-wide list sorts by in storage (RecordQuery::sortKey, one of the
    // service's SortColumn keys); nullptr: the column does not sort.
    const char *sortKey = nullptr;
    const char *heading = nullptr;  // the column's title, translated in the kind's context; none: not a list column
    int position = 0;               // where the column stands (1 first); 0: after the placed ones, in the description's order
    // How the cell reads when not by the field's type (a star rating as ★★★); nullptr: fieldText's way.
    QString (*text)(const QVariant &stored) = nullptr;
};

// A field that counts only while another field of the kind holds one stored value.
struct FieldCondition
{
    const char *field = nullptr;  // the other field's key; nullptr: the field always counts
    const char *value = nullptr;  // the stored value (an enumeration's key) it must hold
};

// One field of a record kind, written once: everything the storage, the command line, the JSON
// writers, the lists and the forms need to know about it.
struct FieldDescription
{
    const char *key;                   // unique within the kind: Problem::field, the form binding
    const char *label;                 // English source, translated in the kind's context
    const char *column = nullptr;      // the table column; nullptr when not stored as one
    FieldType type = FieldType::Text;
    bool required = false;
    const char *option = nullptr;      // chamberctl's option, without "--"; nullptr: none
    const char *valueName = nullptr;   // the option's value in --help (TEXT, YYYY-MM-DD …)
    const char *optionHelp = nullptr;  // the option's --help text, translated in the kind's context
    const char *jsonKey = nullptr;     // the key in `show --format json`; nullptr: none
    ListColumn list = {};
    const EnumTextSet &(*enumTexts)() = nullptr;  // Enum: its keys, names and accepted words
    // How text typed into a form is stored when not trimmed as it is (a credit code: no spaces, capitals).
    QString (*normalise)(const QString &typed) = nullptr;
    // A dissolution date counts only with the status dissolved: a form offers the field only then,
    // and reads it as not known otherwise.
    FieldCondition onlyWhen = {};
    // How the storage writes the text (Text, Phone and Code fields); other types are stored by
    // their type: a date yyyy-MM-dd, an unknown date, number or yes/no NULL, yes/no 1/0, an
    // enumeration by its key ('' for none), names joined with 、.
    TextStorage storage = TextStorage::Trimmed;
    // Written to its column, but read from an expression the service selects instead of the
    // column (a chamber's member counts come from its member list where one is kept): the
    // storage's generic row reader leaves it to the service.
    bool computedOnRead = false;
};

// A column of chamberctl's table of a kind's records (`list`, and the same records in `show`).
struct CliColumn
{
    // A field of the kind, its cell read by the field's type; or a value the listed row gives
    // beside the record: "id" (its number), "chamber" (its chamber's name), and the chamber list's
    // "township_name", "members" and "registration" (cliRowKeys()).
    const char *key;
    const char *heading;     // English source, translated in the context "CliList"
    bool zeroBlank = false;  // a count of 0 reads as blank: not recorded
    // How the key's count reads, %n its number (a plural, translated in "CliList"): "%n star(s)".
    const char *countFormat = nullptr;
    // A field whose text follows the cell's after a space when both are there (a star rating's date).
    const char *with = nullptr;
};

// The keys a region's list of a chamber's records gives beside each record: its chamber's name.
inline constexpr const char *kListedWithChamber[] = {"chamber"};

// The keys of a kind's JSON (`show`/`list --format json`) that are no field of it, written by the
// one writer of every kind (recordJson, listedJson in src/reports/RecordFieldsJson.h) beside the
// fields' own (FieldDescription::jsonKey); nullptr or empty: the kind has no such key.
struct RecordJsonKeys
{
    const char *id = "id";                 // the record's number
    const char *chamberId = "chamber_id";  // its chamber's number (none for the chamber itself)
    // What a region's list gives beside each record (`list --format json`), by key.
    std::span<const char *const> listed = kListedWithChamber;
};

// A line of chamberctl's text `show` of a record, "Heading: value" (RecordKind::cliShow). The
// fields a kind's lines name neither as key nor in with follow the lines, in the description's
// order, headed by their labels, so that a field added to a description is shown without more.
struct CliShowLine
{
    // A field of the kind, its text read by the field's type as in chamberctl's tables; or a
    // value the command gives beside the record (cliShowKeys()). A value the command gives for a
    // field's key is the whole line (the chamber's township as 黎塘镇 (450126101)).
    const char *key;
    const char *heading;  // English source, translated in the context "CliShow"
    // Fields (or the record's "id") whose texts follow the key's on the line; they have no line of
    // their own.
    const char *with[2] = {};
    // How each of them follows when it is not empty (" (%1)"), translated in "CliShow"; nullptr:
    // after a space, the line trimmed, so that an empty one leaves no trace at either end.
    const char *withFormat = nullptr;
    // How the key's count reads, %n its number (a plural, translated in "CliShow"): "%n star(s)".
    const char *countFormat = nullptr;
    bool zeroBlank = false;  // a count of 0 reads as blank: not recorded
};

// One kind of record: its name, table and fields. Labels are looked up in the kind's own
// translation context, so the same key in two kinds never shares a label by accident.
struct RecordKind
{
    RecordKindId id;
    const char *key;      // chamber, party_organization …
    const char *context;  // translation context of the labels and option help
    const char *name;     // English source of the kind's name, translated in context
    const char *table;
    std::span<const FieldDescription> fields;
    std::span<const CliColumn> cliList = {};  // chamberctl's table of the kind, in order
    RecordJsonKeys json = {};                 // the JSON keys beside the fields'
    // chamberctl's text `show` of one record of the kind, line by line; none for the kinds shown
    // only as tables beside their chamber's (instructors, disclosures, tallies: cliList).
    std::span<const CliShowLine> cliShow = {};

    const FieldDescription *field(const QString &fieldKey) const;
    const FieldDescription *fieldByOption(const QString &option) const;
    QString displayName() const;
    QString label(const FieldDescription &field) const;
    QString optionHelp(const FieldDescription &field) const;
    // The translated label of a field key of this kind; the key itself when there is none.
    QString label(const QString &fieldKey) const;
    // The fields that are columns of the kind's lists, in the order they stand (RecordKindText.cpp).
    QList<const FieldDescription *> listColumns() const;
    // A list column's translated title.
    QString heading(const FieldDescription &field) const;
    // A chamberctl table column's translated title.
    static QString cliHeading(const CliColumn &column);
    // A line's translated title in chamberctl's `show`, and that of a field no line names: its label
    // with a capital.
    static QString cliShowHeading(const CliShowLine &line);
    QString cliShowHeading(const FieldDescription &field) const;
};

// The keys of CliColumn that are no field: the values a listed row gives beside its record.
QStringList cliRowKeys();
// The keys of CliShowLine that are no field: the values a `show` gives beside the record.
QStringList cliShowKeys();

// A field's stored value (RecordBinding's QVariant) as a list or a CSV file shows it: dates
// yyyy-MM-dd, money in yuan (fen → 元, two decimals), counts as digits, yes/no as 是/否, an
// enumeration's translated name, names joined with 、; empty for a value not known.
QString fieldText(const FieldDescription &field, const QVariant &stored);
// Amounts of money and counts of things: right-aligned in a list.
bool isFigure(const FieldDescription &field);

// Every kind, in a fixed order (the chamber first).
std::span<const RecordKind *const> recordKinds();
const RecordKind &recordKind(RecordKindId id);

// A field's label scoped by its kind; RecordKindId::None gives the generic fieldLabel(key).
QString fieldLabel(RecordKindId kind, const QString &key);
// The label of a problem's field, by the problem's kind.
QString fieldLabel(const Problem &problem);
// The problems with their kind set, so that they are labelled by that kind.
Problems withKind(RecordKindId kind, Problems problems);

} // namespace chamber
