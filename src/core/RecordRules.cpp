// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordRules.h"

#include "Fields.h"

#include <QRegularExpression>

namespace chamber {

void RecordRules::notInFuture(Problems &problems, const QString &field, const std::optional<QDate> &date, const QDate &today)
{
    if (date && *date > today)
        problems.append(Problem::error(field, tr("The %1 %2 is in the future.").arg(fieldLabel(field), date->toString(Qt::ISODate))));
}

void RecordRules::notBefore(Problems &problems, const QString &laterField, const std::optional<QDate> &later,
                            const QString &earlierField, const std::optional<QDate> &earlier)
{
    if (later && earlier && *later < *earlier)
        problems.append(Problem::error(laterField, tr("The %1 %2 is before the %3 %4.")
                                                       .arg(fieldLabel(laterField), later->toString(Qt::ISODate),
                                                            fieldLabel(earlierField), earlier->toString(Qt::ISODate))));
}

void RecordRules::required(Problems &problems, const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        problems.append(Problem::error(field, tr("The %1 is missing.").arg(fieldLabel(field))));
}

void RecordRules::notNegative(Problems &problems, const QString &field, const std::optional<qint64> &value)
{
    if (value && *value < 0)
        problems.append(Problem::error(field, tr("The %1 cannot be negative.").arg(fieldLabel(field))));
}

void RecordRules::phone(Problems &problems, const QString &field, const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9+\\-() ]{5,20}$"));
    if (!phone.isEmpty() && !pattern.match(phone).hasMatch())
        problems.append(Problem::error(field, tr("The phone number %1 has characters a phone number cannot have.").arg(phone)));
}

void RecordRules::maxLength(Problems &problems, const QString &field, const QString &text, int max)
{
    if (text.trimmed().size() > max)
        problems.append(Problem::error(field, tr("The %1 is longer than %2 characters.").arg(fieldLabel(field)).arg(max)));
}

} // namespace chamber
