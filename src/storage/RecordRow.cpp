// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordRow.h"

#include "CreditCode.h"
#include "Dates.h"

namespace chamber::sql {

namespace {

QString storedText(const FieldDescription &field, const QString &text)
{
    switch (field.storage) {
    case TextStorage::Trimmed: return text.trimmed();
    case TextStorage::AsTyped: return text;
    case TextStorage::Capitals: return text.trimmed().toUpper();
    case TextStorage::CreditCode: return CreditCode::normalise(text);
    }
    return text;
}

} // namespace

QVariant columnValue(const FieldDescription &field, const QVariant &stored)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Phone:
    case FieldType::Code:
        return nonNull(storedText(field, stored.toString()));
    case FieldType::Date:
        return stored.isNull() ? QVariant() : QVariant(dates::toIso(stored.toDate()));
    case FieldType::Money:
    case FieldType::Count:
        return stored;  // int or qint64 as the member holds it; NULL when not known
    case FieldType::Enum:
        return stored.isNull() ? QVariant(QStringLiteral("")) : stored;
    case FieldType::YesNo:
        return stored.isNull() ? QVariant() : QVariant(stored.toBool() ? 1 : 0);
    case FieldType::Names: {
        QStringList names;
        for (const auto &name : stored.toStringList())
            if (!name.trimmed().isEmpty())
                names.append(name.trimmed());
        return nonNull(names.join(kNamesSeparator));
    }
    }
    return stored;
}

QVariant storedForm(const FieldDescription &field, const QVariant &column)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Phone:
    case FieldType::Code:
    case FieldType::Enum:
        return column.toString();
    case FieldType::Date:
        if (const auto date = optionalDate(column))
            return *date;
        return {};
    case FieldType::Money:
    case FieldType::Count:
        return column.isNull() ? QVariant() : QVariant(column.toLongLong());
    case FieldType::YesNo:
        return column.isNull() ? QVariant() : QVariant(column.toInt() != 0);
    case FieldType::Names:
        return column.toString().split(kNamesSeparator, Qt::SkipEmptyParts);
    }
    return column;
}

} // namespace chamber::sql
