// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordRules.h"

#include "RecordKind.h"

#include <QRegularExpression>

namespace chamber {

QString RecordRules::label(const QString &field) const
{
    return fieldLabel(m_kind, field);
}

void RecordRules::error(const QString &field, const QString &message)
{
    Problem p = Problem::error(field, message);
    p.kind = m_kind;
    m_problems.append(p);
}

void RecordRules::notInFuture(const QString &field, const std::optional<QDate> &date, const QDate &today)
{
    if (date && *date > today)
        error(field, tr("The %1 %2 is in the future.").arg(label(field), date->toString(Qt::ISODate)));
}

void RecordRules::notBefore(const QString &laterField, const std::optional<QDate> &later, const QString &earlierField,
                            const std::optional<QDate> &earlier)
{
    if (later && earlier && *later < *earlier)
        error(laterField, tr("The %1 %2 is before the %3 %4.")
                              .arg(label(laterField), later->toString(Qt::ISODate), label(earlierField), earlier->toString(Qt::ISODate)));
}

void RecordRules::required(const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        error(field, tr("The %1 is missing.").arg(label(field)));
}

void RecordRules::notNegative(const QString &field, const std::optional<qint64> &value)
{
    if (value && *value < 0)
        error(field, tr("The %1 cannot be negative.").arg(label(field)));
}

void RecordRules::phone(const QString &field, const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9+\\-() ]{5,20}$"));
    if (!phone.isEmpty() && !pattern.match(phone).hasMatch())
        error(field, tr("The phone number %1 has characters a phone number cannot have.").arg(phone));
}

void RecordRules::maxLength(const QString &field, const QString &text, int max)
{
    if (text.trimmed().size() > max)
        error(field, tr("The %1 is longer than %2 characters.").arg(label(field)).arg(max));
}

} // namespace chamber
