// SPDX-License-Identifier: GPL-3.0-or-later
// What the lists of a kind show, from its description (RecordKind): which fields are columns, in
// which order, under which title, and how each type of value reads in a cell.
#include "RecordKind.h"

#include "Dates.h"
#include "EnumText.h"
#include "Money.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace chamber {

QList<const FieldDescription *> RecordKind::listColumns() const
{
    QList<const FieldDescription *> out;
    for (const auto &f : fields)
        if (f.list.heading)
            out.append(&f);
    // Placed columns first by their position; the others keep the description's order after them.
    std::stable_sort(out.begin(), out.end(), [](const FieldDescription *a, const FieldDescription *b) {
        const int pa = a->list.position > 0 ? a->list.position : INT_MAX;
        const int pb = b->list.position > 0 ? b->list.position : INT_MAX;
        return pa < pb;
    });
    return out;
}

QString RecordKind::heading(const FieldDescription &f) const
{
    return f.list.heading ? QCoreApplication::translate(context, f.list.heading) : label(f);
}

QString RecordKind::cliHeading(const CliColumn &column)
{
    // One vocabulary for every kind's table, as chamberctl's tables have always had.
    return QCoreApplication::translate("CliList", column.heading);
}

QString RecordKind::cliShowHeading(const CliShowLine &line)
{
    return QCoreApplication::translate("CliShow", line.heading);
}

QString RecordKind::cliShowHeading(const FieldDescription &field) const
{
    QString text = label(field);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QStringList cliShowKeys()
{
    return {QStringLiteral("id"), QStringLiteral("chamber_id"), QStringLiteral("registration")};
}

QStringList cliRowKeys()
{
    return {QStringLiteral("id"), QStringLiteral("chamber"), QStringLiteral("township_name"), QStringLiteral("members"),
            QStringLiteral("registration")};
}

QString fieldText(const FieldDescription &field, const QVariant &stored)
{
    if (stored.isNull() || !stored.isValid())
        return {};
    if (field.list.text)
        return field.list.text(stored);
    switch (field.type) {
    case FieldType::Date: return dates::toText(stored.toDate());
    case FieldType::Money: return money::formatYuan(stored.toLongLong());
    case FieldType::Count: return QString::number(stored.toLongLong());
    case FieldType::YesNo:
        return stored.toBool() ? QCoreApplication::translate("FieldText", "yes") : QCoreApplication::translate("FieldText", "no");
    case FieldType::Enum: return field.enumTexts ? field.enumTexts().nameOfKey(stored.toString()) : stored.toString();
    case FieldType::Names: return stored.toStringList().join(kNamesSeparator);
    case FieldType::Text:
    case FieldType::Phone:
    case FieldType::Code: break;
    }
    return stored.toString();
}

bool isFigure(const FieldDescription &field)
{
    // A count of things is typed as N (Party members, mediators); years (YYYY) and star ratings
    // (1-5) are read like text.
    return field.type == FieldType::Money || (field.type == FieldType::Count && qstrcmp(field.valueName, "N") == 0);
}

} // namespace chamber
