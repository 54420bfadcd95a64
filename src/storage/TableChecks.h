// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace chamber {

// A SQLite table's CHECK constraints, verified over rows already written instead of row by row as
// they are inserted. SQLite evaluates a CHECK's `x IN ('a', 'b', 'c')` in an INSERT by building
// the list into a temporary b-tree again for every row (a page cleared and refilled each time),
// while a SELECT builds it once: for a report package's 100,000 records that was a fifth of the
// import (docs/exchange.md, Speed). The exchange import therefore writes with SQLite's CHECKs off
// and asks this class, for each kind it wrote, which row (if any) breaks one.
//
// The constraints are read from the table's CREATE TABLE text in sqlite_master (what SQLite itself
// parses, ALTER TABLE's added columns included): every CHECK, a column's or the table's, with its
// expression as written. A row breaks one when the expression is false; NULL passes, as in SQLite.
class TableChecks
{
public:
    // The expressions of the CHECK constraints in a CREATE TABLE statement, in order (the text
    // between each CHECK's parentheses). Quoted names and strings and comments are skipped.
    static QList<QByteArray> parse(QByteArrayView createTable);

    TableChecks() = default;
    ~TableChecks();
    TableChecks(const TableChecks &) = delete;
    TableChecks &operator=(const TableChecks &) = delete;

    // Reads the table's constraints from sqlite_master and prepares the query; with foreignKeys,
    // its foreign keys too (pragma_foreign_key_list: a row breaks one when none of its columns is
    // NULL and the parent table holds no row with those values), for a connection that writes
    // with SQLite's foreign-key enforcement off. False if the table is not a rowid table, a
    // foreign key names no parent columns, or the query cannot be prepared.
    bool prepare(sqlite3 *db, const QByteArray &table, bool foreignKeys = false);
    const QList<QByteArray> &expressions() const { return m_expressions; }

    struct Broken
    {
        qint64 rowid = 0;
        QByteArray expression;  // the constraint it breaks: a CHECK's expression, or FOREIGN KEY (…) REFERENCES …
        bool foreignKey = false;
    };
    // The first row with a row id above `after` that breaks a constraint, or nullopt when none
    // does. False (the connection's error says why) when the query failed.
    bool firstBroken(qint64 after, std::optional<Broken> &broken);

private:
    sqlite3 *m_db = nullptr;
    QByteArray m_table;
    QList<QByteArray> m_expressions;  // the CHECKs', then the foreign keys' conditions
    QList<QByteArray> m_foreignKeys;  // FOREIGN KEY (…) REFERENCES …, one per condition after the CHECKs
    sqlite3_stmt *m_query = nullptr;
};

} // namespace chamber
