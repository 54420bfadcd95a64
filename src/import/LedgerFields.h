// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chamber {

// How a ledger column's cells are read.
enum class LedgerValueKind {
    Ignored,       // known but not kept (序号)
    Text,
    Township,
    Date,
    Count,         // whole number, units such as 个/人 allowed
    YesNo,         // 是/否, 有/无, √/×
    Phone,
    Money,         // yuan (or 万元 when the header says so)
    CreditCode,
    Registration,  // 是否登记 / 登记情况: yes/no or a registration status
    ChamberStatus,
    PartyForm,
    Honours,       // several in one cell
};

// One field a ledger column can map to: its key (as in Problem::field and the mapping JSON), the
// header the export writes, the headers and variants offices use for it, and how it is read.
struct LedgerField
{
    QString key;
    QString header;
    QStringList aliases;  // normalised (see LedgerFields::normaliseHeader)
    LedgerValueKind kind = LedgerValueKind::Text;
};

// The catalogue of ledger fields, in the column order the export writes.
class LedgerFields
{
public:
    static const QList<LedgerField> &all();
    static const LedgerField *byKey(const QString &key);
    // The field a header names, if any: exact (normalised) first, then without a trailing unit
    // in brackets ("会员数（个）" → 会员数) and without the "其中" of a breakdown column.
    static const LedgerField *forHeader(const QString &header);
    // Folds the ways one header is written: spaces and line breaks dropped, full-width brackets
    // and digits made ASCII (NFKC), a trailing colon or asterisk dropped.
    static QString normaliseHeader(const QString &header);
    // Whether a money header states its amounts in 万元 (ten thousand yuan).
    static bool inTenThousandYuan(const QString &header);
};

} // namespace chamber
