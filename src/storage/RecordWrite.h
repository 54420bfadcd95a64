// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "WriteState.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantMap>

#include <optional>

namespace chamber {

// The pieces of the write path (sql::insert/update/remove in RecordSql.h) that the change history
// needs to read a change back and undo it: a row as the log stores it, and a removed row put back
// under its own number.
class RecordWrite
{
    Q_DECLARE_TR_FUNCTIONS(RecordWrite)
public:
    // The table as SQLite describes it; exists is false for a name that is no table.
    static const TableShape &shape(Database &db, const QString &table);
    // The column a row is addressed by: the integer key, or the rowid (SQLite's own; on PostgreSQL
    // the column of that name a table without an integer key has).
    static QString keyColumn(const TableShape &shape);
    // Every column of a row by name (with "rowid"), or nothing when there is no such row. With
    // columns: only those of them the table has, and its row_version (what an update compares).
    static Result<std::optional<QVariantMap>> row(Database &db, const QString &table, qint64 rowid, const QStringList &columns = {});
    // Inserts a row under the rowid it had, with the columns given (the others take their
    // defaults), and logs it like any insert.
    static Status restore(Database &db, const QString &table, qint64 rowid, const QJsonObject &values, const QString &action,
                          const QString &detail);

    static QJsonValue json(const QVariant &value);
    static QVariant variant(const QJsonValue &value);
    // Whether two column values are the same as SQLite stores them (1 and true, "" and "", NULL).
    static bool same(const QVariant &a, const QVariant &b);
    // Who saved a record last and when ("%1 at %2"), from change_log; empty when the log says nothing.
    static QString lastSaved(Database &db, const QString &table, qint64 rowid);
};

} // namespace chamber
