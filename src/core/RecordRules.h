// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace chamber {

// Checks that the records of a chamber (Party, honours, mediation, needs, members) share, so
// that a date in the future or out of order reads the same whichever record it is on.
class RecordRules
{
    Q_DECLARE_TR_FUNCTIONS(RecordRules)
public:
    // "The <what> date 2026-01-01 is in the future." on the field.
    static void notInFuture(Problems &problems, const QString &field, const std::optional<QDate> &date, const QDate &today);
    // "The <later> date X is before the <earlier> date Y." on the later field.
    static void notBefore(Problems &problems, const QString &laterField, const std::optional<QDate> &later,
                          const QString &earlierField, const std::optional<QDate> &earlier);
    static void required(Problems &problems, const QString &field, const QString &text);
    static void notNegative(Problems &problems, const QString &field, const std::optional<qint64> &value);
    // Digits, spaces, +, - and brackets, 5 to 20 of them, as chambers write phone numbers.
    static void phone(Problems &problems, const QString &field, const QString &phone);
    static void maxLength(Problems &problems, const QString &field, const QString &text, int max);
};

} // namespace chamber
