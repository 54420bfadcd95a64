// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordKindId.h"

#include <QList>
#include <QString>

namespace chamber {

// One thing wrong (or worth a warning) with some input: which field, what was wrong, and for
// imports which row. The one error convention of every layer: errors travel as values and the
// GUI or CLI decides how to show them.
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field;    // machine name of the field, e.g. "credit_code"
    QString message;  // translated, complete sentence for the user
    int row = -1;     // 1-based source row for imports, -1 otherwise
    // The record kind whose field this is, so that the same key in two kinds is labelled by its own
    // kind (fieldLabel(const Problem &)); None for the chamber's fields and keys of no kind.
    RecordKindId kind = RecordKindId::None;

    static Problem error(const QString &field, const QString &message) { return {Severity::Error, field, message}; }
    static Problem warning(const QString &field, const QString &message) { return {Severity::Warning, field, message}; }
    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

// Storage binds a null QString as SQL NULL; NOT NULL text columns take this instead.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline bool hasErrors(const Problems &problems)
{
    for (const auto &p : problems)
        if (p.isError())
            return true;
    return false;
}

// Whether problems hold a read of the database that failed (storage's sql::readError, field
// "database"): a look-up that broke, not a record that is not there.
inline bool readFailed(const Problems &problems)
{
    for (const auto &p : problems)
        if (p.isError() && p.field == QStringLiteral("database"))
            return true;
    return false;
}

inline Problems errorsOnly(const Problems &problems)
{
    Problems out;
    for (const auto &p : problems)
        if (p.isError())
            out.append(p);
    return out;
}

inline Problems warningsOnly(const Problems &problems)
{
    Problems out;
    for (const auto &p : problems)
        if (!p.isError())
            out.append(p);
    return out;
}

} // namespace chamber
