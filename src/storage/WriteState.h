// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
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
    QStringList referrers;  // every table with a foreign key to this one, whatever it does on delete

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
    // A file's insert line that the next record of its kind may join (schema version 11): the
    // transaction's last insert line of the table, while it names records first..last. A record
    // added with id last + 1 by the same action and detail widens it instead of writing its own.
    struct Span
    {
        qint64 line = 0;
        qint64 first = 0;
        qint64 last = 0;
        QString action;
        QString detail;
    };
    QHash<QString, Span> spans;

    // At the end of a transaction (or a savepoint rolled back): its lines take no more changes.
    void forgetLines()
    {
        lines.clear();
        spans.clear();
    }
};

} // namespace chamber
