// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cells.h"
#include "RecordBinding.h"
#include "RecordKind.h"

#include "RecordQuery.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace chamber {

// The columns of a kind's list, made from its description (RecordKind): the fields that are list
// columns, in their order, titled by their headings, as wide as described, each cell showing the
// field's value by its type (fieldText: dates yyyy-MM-dd, money in yuan right-aligned, yes/no,
// an enumeration's name), sorting by the storage's key for it. A list of Listed<R> (a record with
// its chamber) shows R's fields: listedKindColumns puts the chamber's township and name first.
template<typename T>
struct KindColumns
{
    QStringList titles;
    QList<cells::Cell<T>> cells;
    QList<int> widths;     // in characters; 0: as wide as it comes
    QStringList sortKeys;  // the storage's sort key the description gives the column, else empty

    // Other columns before the kind's (a region-wide list's township and chamber).
    void prepend(const QString &title, cells::Cell<T> cell, int width, const QString &sortKey)
    {
        titles.prepend(title);
        cells.prepend(std::move(cell));
        widths.prepend(width);
        sortKeys.prepend(sortKey);
    }
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
        out.sortKeys.append(field->list.sortKey ? QString::fromLatin1(field->list.sortKey) : QString());
        const auto get = bound->get;
        out.cells.append([field, get, recordOf](const T &row, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return fieldText(*field, get(recordOf(row)));
            // A long text is read whole in its tooltip, however narrow the column.
            if (role == Qt::ToolTipRole && field->type == FieldType::Text)
                return fieldText(*field, get(recordOf(row)));
            if (role == Qt::TextAlignmentRole && isFigure(*field))
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        });
    }
    return out;
}

// A region-wide list of a kind (the Party building and mediation pages): the township and the
// chamber's name, sorted by the storage's keys "township" and "chamber", then the kind's columns.
template<typename R>
KindColumns<Listed<R>> listedKindColumns(RecordKindId kindId, const FieldBindings<R> &bindings,
                                         std::function<QString(const QString &townshipCode)> townshipLabel, int townshipWidth,
                                         int chamberWidth)
{
    using L = Listed<R>;
    auto out = kindColumns<L, R>(kindId, bindings, [](const L &row) -> const R & { return row.record; });
    out.prepend(QCoreApplication::translate("ListedColumns", "Chamber"), cells::text<L>([](const L &row) { return row.chamberName; }),
                chamberWidth, QStringLiteral("chamber"));
    out.prepend(QCoreApplication::translate("ListedColumns", "Township"),
                cells::text<L>([townshipLabel](const L &row) { return townshipLabel(row.townshipCode); }), townshipWidth,
                QStringLiteral("township"));
    return out;
}

} // namespace chamber
