// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "RecordQuery.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <optional>
#include <utility>

namespace chamber::sql {

// The plumbing the record services share (Party, honours, mediation, needs, members): typed
// values to and from SQL, one-row writes with timestamps, and WHERE clauses built from a query,
// so that each service holds only its own columns and rules.

// Column name → value, in column order.
using Values = QList<std::pair<QString, QVariant>>;

QVariant date(const std::optional<QDate> &date);
QVariant date(const QDate &date);
QVariant flag(const std::optional<bool> &value);
QVariant text(const QString &text);  // trimmed, never NULL
template<typename T>
QVariant number(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

std::optional<QDate> optionalDate(const QVariant &value);

// The one error of a failed statement (field "database", SQLite's text): for writes, where the
// caller says what it was doing.
Problem databaseError(const QSqlError &error);
Problem databaseError(const QSqlQuery &query);
Problem databaseError(const Statement &statement);
// A read that failed (field "database"): never an empty list or a zero, for a query that breaks
// on a damaged file; the message says the file may be damaged and how to recover from a backup.
Problem readError(const QSqlQuery &query);
Problem readError(const Statement &statement);
Problem readError(const QString &detail);
// After a loop over next(): an error (readError) when the rows stopped because a step failed part
// way (a damaged page), not because there were no more.
Status readEnd(const QSqlQuery &query);
Status readEnd(const Statement &statement);
// The UTC time of a write, ISO 8601 to the second.
QString now();
// The time of a change_log line (its column "at"): seconds since 1970 UTC since schema version 10;
// a text that version 10 could not read as a time is kept as it was and read as ISO 8601.
QDateTime loggedAt(const QVariant &at);
// "%text%" for "column LIKE ? ESCAPE '\\'", with the text's own \, % and _ matching themselves.
QString likePattern(const QString &text);

// "column >= ? AND column < ?" with the bounds that select the codes starting with prefix: a range
// an index serves, where LIKE 'prefix%' (case-insensitive in SQLite) scans the table. The bounds
// are prefix and prefix with its last character raised by one; an empty prefix selects every code.
QString prefixClause(const QString &column);
QVariantList prefixBounds(const QString &prefix);

// The write path (RecordWrite.cpp), inside the caller's transaction. Every write appends its
// change_log line with the changed columns before and after as JSON (an insert: the values it set
// that differ from the column's default; a removal: the whole record, and each record the removal
// takes with it), and every update raises the row's row_version by one. expectedVersion, when
// given, is the row_version the writer read: a row someone saved since is refused (field
// "row_version", naming who saved it and when), never silently overwritten. An update that changes
// nothing writes nothing. created_at/updated_at are filled in where the table has them. id is the
// rowid (the id column where there is one). detail is for what the values do not say (a reason).
Result<qint64> insert(Database &db, const QString &table, const Values &values, const QString &action = QStringLiteral("add"),
                      const QString &detail = {});
Status update(Database &db, const QString &table, qint64 id, const Values &values, std::optional<qint64> expectedVersion = {},
              const QString &action = QStringLiteral("update"), const QString &detail = {});
Status remove(Database &db, const QString &table, qint64 id, std::optional<qint64> expectedVersion = {},
              const QString &action = QStringLiteral("remove"), const QString &detail = {});
// The row_version of a row: what an editor keeps when it loads a record and passes back to save it.
Result<qint64> rowVersion(Database &db, const QString &table, qint64 id);
// Runs a query with bound values; false and the error when it fails.
Status exec(QSqlQuery &query, const QVariantList &binds = {});
Status exec(Statement &statement, const QVariantList &binds = {});

// One write as one transaction: the body's result is committed if it succeeded, else rolled back.
template<typename T, typename Body>
Result<T> write(Database &db, Body body)
{
    Transaction tx(db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    Result<T> result = body();
    if (!result)
        return result;
    if (auto s = tx.commit(); !s)
        return s.problems();
    return result;
}

// The usual single-row writes, each in its own transaction (or savepoint) through the write path.
Result<qint64> addRecord(Database &db, const QString &table, const Values &values);
Status updateRecord(Database &db, const QString &table, qint64 id, const Values &values, std::optional<qint64> expectedVersion = {});
Status removeRecord(Database &db, const QString &table, qint64 id, std::optional<qint64> expectedVersion = {});
// The same after validation: refused with the problems if any is an error, else written with
// the warnings passed on.
Result<qint64> addChecked(Database &db, const QString &table, const Problems &problems, const Values &values);
Status updateChecked(Database &db, const QString &table, qint64 id, const Problems &problems, const Values &values,
                     std::optional<qint64> expectedVersion = {});

// A WHERE clause built part by part, with its bound values in order.
class Where
{
public:
    void add(const QString &clause, const QVariantList &binds = {});
    // The query's chamber, division and text filters, for a list that selects the records as r
    // joined to their chamber as c; the text is looked for in textColumns and the chamber's name.
    void addRecordQuery(const RecordQuery &query, const QStringList &textColumns);
    QString sql() const;  // " WHERE …" or empty
    const QVariantList &binds() const { return m_binds; }

private:
    QStringList m_parts;
    QVariantList m_binds;
};

// A column a list may be sorted by: the key a query names it with, and the SQL it orders by.
struct SortColumn
{
    QString key;
    QString expression;
};

// The ORDER BY terms (without "ORDER BY") for a sort: the column whose key is sortKey, in the
// direction asked, with blank cells (NULL or '') last either way; then defaultOrder, which must
// end in a unique key so that pages never overlap. Only the whitelisted expressions reach the
// SQL: an unknown or empty key gives defaultOrder alone.
QString orderBy(const QString &sortKey, bool descending, const QList<SortColumn> &columns, const QString &defaultOrder);
QString orderBy(const RecordQuery &query, const QList<SortColumn> &columns, const QString &defaultOrder);
// A CASE expression ranking a text column's values in the order given (statuses in the order a
// record goes through them, not alphabetically); other values come last. keys come from code.
QString rank(const QString &column, const QStringList &keys);

// " LIMIT n OFFSET m" for a query that asks for a page, else empty.
QString page(const RecordQuery &query);

// Rows of a SELECT, each made into a record by from(query), which reads columns by name; a
// failed query is an error (readError), so that an empty list always means there are none.
template<typename T, typename From>
Result<QList<T>> select(Database &db, const QString &statement, const QVariantList &binds, From from)
{
    QSqlQuery &q = db.prepared(statement);  // parsed once per connection (the record checks repeat them)
    QList<T> out;
    if (!exec(q, binds))
        return readError(q);
    while (q.next())
        out.append(from(q));
    Status end = readEnd(q);
    q.finish();
    if (!end)
        return end.problems();
    return out;
}

// The rows of a statement the caller prepared and bound, each made into a record by from(query):
// run, read, and an error (readError) when either fails.
template<typename T, typename From>
Result<QList<T>> rows(QSqlQuery &q, From from)
{
    if (!q.exec())
        return readError(q);
    QList<T> out;
    while (q.next())
        out.append(from(q));
    if (auto end = readEnd(q); !end)
        return end.problems();
    return out;
}

// One number a statement the caller prepared and bound gives (a count): an error when it fails.
Result<qint64> number(QSqlQuery &q);
// The id of the (first) row of table whose column holds value, none if there is none: the
// one-per-chamber records' "is there one already" (an import asks it of every row it writes).
Result<std::optional<qint64>> idWhere(Database &db, const QString &table, const QString &column, const QVariant &value);

// The record with an id, or an error on the field "id" with the message given.
template<typename T, typename From>
Result<T> byId(Database &db, const QString &table, qint64 id, From from, const QString &notFound)
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    if (!exec(q, {id}))
        return readError(q);
    std::optional<T> row;
    if (q.next())
        row = from(q);
    else if (q.lastError().isValid())
        return readError(q);
    q.finish();
    if (!row)
        return Problem::error(QStringLiteral("id"), notFound);
    return *row;
}

// A page of records as r, with their chamber as c, filtered by where (which the caller may have
// started with its own conditions) and the query, in the order given.
template<typename T, typename From>
Result<QList<Listed<T>>> list(Database &db, const QString &table, Where where, const RecordQuery &query, const QStringList &textColumns,
                      const QString &order, From from)
{
    where.addRecordQuery(query, textColumns);
    const QString statement = QStringLiteral("SELECT r.*, c.name AS chamber_name, c.township_code AS chamber_township FROM %1 r "
                                             "JOIN chamber c ON c.id = r.chamber_id%2 ORDER BY %3%4")
                                  .arg(table, where.sql(), order, page(query));
    return select<Listed<T>>(db, statement, where.binds(), [&](const QSqlQuery &q) {
        const QSqlRecord row = q.record();  // once: value(name) on the query rebuilds the record per call
        return Listed<T>{from(q), row.value(QStringLiteral("chamber_name")).toString(), row.value(QStringLiteral("chamber_township")).toString()};
    });
}

// How many records such a list holds in all (for paging); an error when the count fails.
Result<int> count(Database &db, const QString &table, Where where, const RecordQuery &query, const QStringList &textColumns);

} // namespace chamber::sql
