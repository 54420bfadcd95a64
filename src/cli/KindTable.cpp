// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindTable.h"

#include "Dates.h"
#include "EnumText.h"
#include "Money.h"
#include "RecordOptions.h"

#include <QCoreApplication>

namespace chamber::cli {

KindTableBase::KindTableBase(RecordKindId kind, bool withChamber) : m_kind(recordKind(kind)), m_table({})
{
    QStringList headings;
    for (const CliColumn &c : m_kind.cliList) {
        if (!withChamber && qstrcmp(c.key, "chamber") == 0)
            continue;
        m_columns.append(&c);
        headings.append(RecordKind::cliHeading(c));
    }
    m_table = TextTable(headings);
}

const FieldDescription *KindTableBase::fieldOf(const CliColumn &column) const
{
    return m_kind.field(QString::fromLatin1(column.key));
}

QString KindTableBase::cellText(const CliColumn &column, const FieldDescription &field, const QVariant &stored,
                                const QVariant &withStored) const
{
    QString text = column.countFormat && field.type == FieldType::Count && stored.isValid() && !stored.isNull()
                       ? QCoreApplication::translate("CliList", column.countFormat, nullptr, stored.toInt())
                       : cliFieldText(field, stored, column.zeroBlank);
    if (column.with && !text.isEmpty())
        if (const FieldDescription *with = m_kind.field(QString::fromLatin1(column.with)))
            if (const QString more = cliFieldText(*with, withStored); !more.isEmpty())
                text += QLatin1Char(' ') + more;
    return text;
}

QString cliFieldText(const FieldDescription &field, const QVariant &stored, bool zeroBlank)
{
    if (stored.isNull() || !stored.isValid())
        return {};
    switch (field.type) {
    case FieldType::Date: return dates::toIso(stored.toDate());
    case FieldType::Money: return money::formatYuan(stored.toLongLong());
    case FieldType::Count: return zeroBlank && stored.toLongLong() == 0 ? QString() : QString::number(stored.toLongLong());
    case FieldType::YesNo: return yesNoText(stored.toBool());
    case FieldType::Enum: return field.enumTexts ? field.enumTexts().nameOfKey(stored.toString()) : stored.toString();
    case FieldType::Names: return stored.toStringList().join(kNamesSeparator);
    case FieldType::Text:
    case FieldType::Phone:
    case FieldType::Code: break;
    }
    return stored.toString();
}

} // namespace chamber::cli
