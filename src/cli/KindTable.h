// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordBinding.h"
#include "RecordKind.h"
#include "TextTable.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace chamber::cli {

// A field's stored value as chamberctl's tables and `show` read it: dates yyyy-MM-dd, money in
// yuan, yes/no in words, an enumeration's name, names joined with 、; empty when not known, and a
// count of 0 when zeroBlank.
QString cliFieldText(const FieldDescription &field, const QVariant &stored, bool zeroBlank = false);

// chamberctl's table of a kind's records, its columns, their headings and the way each cell reads
// from the kind's description (RecordKind::cliList): a field's cell by the field's type (dates
// yyyy-MM-dd, money in yuan, yes/no in words, an enumeration's name), the other columns from the
// values the listed row gives beside the record (its chamber's name …, cliRowKeys()).
class KindTableBase
{
public:
    void print(QTextStream &out) const { m_table.print(out); }

protected:
    // withChamber: false for a chamber's own records in `show`, where the chamber is said once.
    KindTableBase(RecordKindId kind, bool withChamber);
    // The fields of the columns in order (nullptr for a row's own value).
    const QList<const CliColumn *> &columns() const { return m_columns; }
    const FieldDescription *fieldOf(const CliColumn &column) const;
    // withStored: the stored value of the column's `with` field, if it has one.
    QString cellText(const CliColumn &column, const FieldDescription &field, const QVariant &stored, const QVariant &withStored) const;
    void addCells(QStringList cells) { m_table.addRow(std::move(cells)); }

private:
    const RecordKind &m_kind;
    QList<const CliColumn *> m_columns;
    TextTable m_table;
};

template<typename T>
class KindTable : public KindTableBase
{
public:
    KindTable(RecordKindId kind, const FieldBindings<T> &bindings, bool withChamber = true)
        : KindTableBase(kind, withChamber), m_bindings(bindings)
    {
    }

    // A record's row; `given` holds the columns that are no field by key ("chamber" …), and a
    // field's own column when it reads other than by its type.
    void addRow(const T &record, std::initializer_list<std::pair<const char *, QString>> given = {})
    {
        QStringList cells;
        for (const CliColumn *c : columns()) {
            const auto it = std::find_if(given.begin(), given.end(), [c](const auto &g) { return qstrcmp(g.first, c->key) == 0; });
            if (it != given.end())
                cells.append(it->second);
            else if (qstrcmp(c->key, "id") == 0)
                cells.append(QString::number(record.id));
            else if (const FieldDescription *f = fieldOf(*c); f && findBinding(m_bindings, c->key)) {
                const FieldBinding<T> *with = c->with ? findBinding(m_bindings, c->with) : nullptr;
                cells.append(cellText(*c, *f, findBinding(m_bindings, c->key)->get(record), with ? with->get(record) : QVariant()));
            }
            else
                cells.append(QString());
        }
        addCells(cells);
    }

private:
    const FieldBindings<T> &m_bindings;
};

} // namespace chamber::cli
