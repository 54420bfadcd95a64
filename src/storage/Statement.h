// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace chamber {

// The open connection's SQLite handle, or nullptr when it is not SQLite (a server) or not open.
sqlite3 *sqliteHandle(QSqlDatabase &db);

// One statement of the write path, prepared once per connection (Database::statement) and run
// many times: the record writes, change_log lines, transaction control and the point reads the
// record checks repeat. On a SQLite file it is SQLite's own prepared statement, bound and stepped
// directly; on a server, a QSqlQuery. Qt SQL's binding formats and hashes a placeholder name for
// every value and builds a QSqlRecord for every execution, which was more than half of the CPU of
// an import once the SQL was no longer parsed each time. The subset of QSqlQuery it offers means
// the same in both: bind in order, exec(), next() over the rows, value(i), finish().
// Values are bound as Qt's SQLite driver binds them (a null QVariant or null string as NULL,
// integers and booleans as integers, doubles as reals, byte arrays as blobs, the rest as text), and
// read back as it reads them (an integer column as qlonglong, a real as double, text as QString,
// a blob as QByteArray, NULL as a null QVariant), so a value means the same whichever way it went.
class Statement
{
public:
    // SQLite: prepares sql on handle. Server: prepares a QSqlQuery on db.
    Statement(sqlite3 *handle, QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // False (and lastError() says why) if the SQL could not be prepared.
    bool isValid() const;
    void addBindValue(const QVariant &value);
    // Runs the statement with the values bound since the last run. A statement that returns rows
    // is then on its first row's threshold: next() gives it.
    bool exec();
    bool next();
    QVariant value(int column) const;
    bool isNull(int column) const;
    // The current row's columns by name (as QSqlQuery::record() names them).
    int columnCount() const;
    QString columnName(int column) const;
    // The key of the row an INSERT just added. The INSERT's text ends with returning(key): on a
    // server "RETURNING key", read here; on a file nothing, and SQLite's last rowid is the key
    // (SQLite buffers RETURNING rows in a temporary table: a tenth of every insert's cost).
    static QString returning(sqlite3 *handle, const QString &key);
    std::optional<qint64> insertedKey();
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int numRowsAffected() const;
    // Ends the run: the statement holds no read open and no bound value.
    void finish();
    bool isActive() const;
    QSqlError lastError() const;

private:
    bool fail(int code, const QString &driverText);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_query;  // a server's
    QVariantList m_binds;                // kept until the next run: text is bound without a copy
    QSqlError m_error;
    bool m_active = false;
    bool m_rowPending = false;  // exec() stepped onto the first row; next() has not given it yet
    bool m_onRow = false;
};

} // namespace chamber
