// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordBindings.h"
#include "RecordKind.h"
#include "RecordSql.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <vector>

namespace chamber::sql {

// The one row mapping of every record kind: a record written to its columns (storedValues) and
// read back from a row (RowReader), driven by the kind's description (each field's column, type
// and TextStorage) and its FieldBindings, so that no service writes its columns out by hand.
// Besides the fields, a record's id and (for a chamber's records) its chamber_id are read and
// written here. What a service selects beside the columns — a chamber's member counts from its
// member list (FieldDescription::computedOnRead), a list's chamber name, a registration status —
// stays the service's own, read by it after the fields.

// A field's value as its column holds it, from the binding's stored form (RecordBinding.h):
// text trimmed or kept by the field's TextStorage and never NULL; a date as yyyy-MM-dd; an
// enumeration's key ('' for none); yes/no as 1/0; names joined with 、; NULL for a date, number
// or yes/no not known.
QVariant columnValue(const FieldDescription &field, const QVariant &stored);
// A column's value in the binding's stored form: the inverse of columnValue.
QVariant storedForm(const FieldDescription &field, const QVariant &column);

// One stored field of a kind: its description, its binding and its column's name.
template<typename T>
struct StoredField
{
    const FieldDescription *field;
    const FieldBinding<T> *binding;
    QString column;
};

// Every field of T's kind that has a column, in the description's order; made once per kind. A
// described column without a binding is a mistake in RecordBindings.cpp (the storage test
// record_row_tests enumerates the kinds).
template<typename T>
const std::vector<StoredField<T>> &storedFields()
{
    static const std::vector<StoredField<T>> fields = [] {
        std::vector<StoredField<T>> out;
        const RecordKind &kind = recordKind(KindOf<T>::id);
        for (const auto &f : kind.fields) {
            if (!f.column)
                continue;
            const FieldBinding<T> *b = findBinding(KindOf<T>::bindings(), f.key);
            Q_ASSERT_X(b, "storedFields", f.key);
            if (b)
                out.push_back({&f, b, QString::fromLatin1(f.column)});
        }
        return out;
    }();
    return fields;
}

template<typename T>
constexpr bool kHasChamber = requires(T r) { r.chamberId; };

// The columns and values a record is written with (sql::insert/update, addChecked …): its
// chamber_id first where it belongs to a chamber, then its fields in the description's order.
template<typename T>
Values storedValues(const T &record)
{
    const auto &fields = storedFields<T>();
    Values values;
    values.reserve(qsizetype(fields.size()) + 1);
    if constexpr (kHasChamber<T>)
        values.append({QStringLiteral("chamber_id"), record.chamberId});
    for (const auto &f : fields)
        values.append({f.column, columnValue(*f.field, f.binding->get(record))});
    return values;
}

// Reads the records of kind T from the rows of ONE statement run: the columns' places are looked
// up by name once, in the first row's record, then each row is read by place (value(name) built
// the whole record again for each field, and the hot paths read thousands of rows). A fresh
// reader per run: sql::select/byId/list take it by value. Columns the statement does not select
// leave their fields as a new record has them.
template<typename T>
class RowReader
{
public:
    T operator()(const QSqlQuery &q)
    {
        if (!m_located)
            locate(q.record());
        const auto &fields = storedFields<T>();
        T record;
        if (m_id >= 0)
            record.id = q.value(m_id).toLongLong();
        if constexpr (kHasChamber<T>)
            if (m_chamberId >= 0)
                record.chamberId = q.value(m_chamberId).toLongLong();
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (m_places[i] >= 0)
                fields[i].binding->set(record, storedForm(*fields[i].field, q.value(m_places[i])));
        return record;
    }

private:
    void locate(const QSqlRecord &row)
    {
        const auto &fields = storedFields<T>();
        m_places.reserve(fields.size());
        for (const auto &f : fields)
            m_places.push_back(f.field->computedOnRead ? -1 : row.indexOf(f.column));
        m_id = row.indexOf(QStringLiteral("id"));
        if constexpr (kHasChamber<T>)
            m_chamberId = row.indexOf(QStringLiteral("chamber_id"));
        m_located = true;
    }

    std::vector<int> m_places;  // per stored field; -1: not selected, or computed on read
    int m_id = -1;
    int m_chamberId = -1;
    bool m_located = false;
};

} // namespace chamber::sql
