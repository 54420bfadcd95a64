// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace chamber {

// Checks that the records of a chamber (Party, honours, mediation, needs, members) share, so
// that a date in the future or out of order reads the same whichever record it is on. Made for
// one kind of record: fields are named by that kind's labels, and the problems carry the kind.
class RecordRules
{
    Q_DECLARE_TR_FUNCTIONS(RecordRules)
public:
    RecordRules(RecordKindId kind, Problems &problems) : m_kind(kind), m_problems(problems) {}

    // "The <what> date 2026-01-01 is in the future." on the field.
    void notInFuture(const QString &field, const std::optional<QDate> &date, const QDate &today);
    // "The <later> date X is before the <earlier> date Y." on the later field.
    void notBefore(const QString &laterField, const std::optional<QDate> &later, const QString &earlierField,
                   const std::optional<QDate> &earlier);
    void required(const QString &field, const QString &text);
    void notNegative(const QString &field, const std::optional<qint64> &value);
    // Digits, spaces, +, - and brackets, 5 to 20 of them, as chambers write phone numbers.
    void phone(const QString &field, const QString &phone);
    void maxLength(const QString &field, const QString &text, int max);

private:
    QString label(const QString &field) const;
    void error(const QString &field, const QString &message);

    RecordKindId m_kind;
    Problems &m_problems;
};

} // namespace chamber
