// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace chamber {

// What the write path (RecordWrite.cpp) learns about a table once per connection, from SQLite's
// own description of it: its columns with their defaults, which column (if any) is the rowid,
// the bookkeeping columns it has, and the tables whose rows a delete takes with it.
struct TableShape
{
    struct Column
    {
        QString name;
        QVariant defaultValue;    // the declared constant default (NULL when none)
        bool comparable = true;   // false for an expression default (uid): never left out of a row image
    };
    struct Child
    {
        QString table;
        QString column;        // the child's column that refers to the parent
        QString parentColumn;  // the parent's column it refers to; empty: the rowid
        bool cascade = true;   // ON DELETE CASCADE; else SET NULL
    };
    bool exists = false;
    QList<Column> columns;
    QString rowidAlias;  // "id", "year"; empty when the table has an implicit rowid
    bool createdAt = false;
    bool updatedAt = false;
    bool rowVersion = false;
    QList<Child> children;

    const Column *column(const QString &name) const
    {
        for (const Column &c : columns)
            if (c.name == name)
                return &c;
        return nullptr;
    }
};

// The write path's memory of one connection.
struct WriteState
{
    QHash<QString, TableShape> shapes;
    // The change_log line that holds a row's change in the open transaction ("table/rowid"), so
    // that a row written several times in one transaction leaves one line with the net change.
    struct Line
    {
        qint64 id = 0;
        bool insert = false;
    };
    QHash<QString, Line> lines;
};

} // namespace chamber
