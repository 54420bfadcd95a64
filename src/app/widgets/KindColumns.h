// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cells.h"
#include "RecordBinding.h"
#include "RecordKind.h"

#include <QStringList>

#include <functional>

namespace chamber {

// The columns of a kind's list, made from its description (RecordKind): the fields that are list
// columns, in their order, titled by their headings, as wide as described, each cell showing the
// field's value by its type (fieldText: dates yyyy-MM-dd, money in yuan right-aligned, yes/no,
// an enumeration's name). A list of Listed<R> (a record with its chamber) shows R's fields.
template<typename T>
struct KindColumns
{
    QStringList titles;
    QList<cells::Cell<T>> cells;
    QList<int> widths;     // in characters; 0: as wide as it comes
    QStringList sortKeys;  // the field's key where the description gives the column a sort, else empty
};

template<typename T, typename R = T>
KindColumns<T> kindColumns(RecordKindId kindId, const FieldBindings<R> &bindings,
                           std::function<const R &(const T &)> recordOf = [](const T &row) -> const R & { return row; })
{
    const RecordKind &kind = recordKind(kindId);
    KindColumns<T> out;
    for (const FieldDescription *field : kind.listColumns()) {
        const FieldBinding<R> *bound = findBinding(bindings, field->key);
        Q_ASSERT_X(bound, "kindColumns", field->key);  // record_kind_tests: every list column is bound
        if (!bound)
            continue;
        out.titles.append(kind.heading(*field));
        out.widths.append(field->list.width);
        out.sortKeys.append(field->list.sortKey ? QString::fromLatin1(field->key) : QString());
        const auto get = bound->get;
        out.cells.append([field, get, recordOf](const T &row, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return fieldText(*field, get(recordOf(row)));
            // A long text is read whole in its tooltip, however narrow the column.
            if (role == Qt::ToolTipRole && field->type == FieldType::Text)
                return fieldText(*field, get(recordOf(row)));
            if (role == Qt::TextAlignmentRole && isFigure(field->type))
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        });
    }
    return out;
}

} // namespace chamber
