// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Statement.h"
#include "StatementCache.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <QHash>

#include <functional>
#include <memory>
#include <vector>

namespace chamber {

struct WriteState;

// What one write changed, as its change_log entry names it: the kind of record (the entity: the
// table, "chamber", "party_organization", "registration_event" …), the id it logged and the
// action ("add", "update", "remove", "undo", a status …). inserted: the write put the record
// there (an add, or an undo or import undo that put a removed record back).
struct ChangeEvent
{
    QString entity;
    qint64 id = 0;
    QString action;
    bool inserted = false;
};

// One open database — a SQLite file (foreign keys on, WAL journal, a busy timeout) or a PostgreSQL
// server database (postgresql://…, DatabaseServer.cpp) — with the schema brought to the latest
// version by the numbered migrations in migrations/ (a copy of a file is taken before any
// migration of an existing file runs; a server migrates in one transaction). The only owner of a
// QSqlDatabase connection, and the seam where the two backends differ: how the schema version is
// kept, how a write transaction starts, the integrity check, case-insensitive LIKE and backups.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options
    {
        bool create = true;        // create the file if it does not exist
        bool migrate = true;       // bring the schema up to date
        int migrateTo = -1;        // stop at this version (tests of earlier versions); -1 = latest
        int busyTimeoutMs = 5000;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Backend { Sqlite, Postgres };

    // path: a file (SQLite) or a server address postgresql://user@host:port/dbname (PostgreSQL).
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }
    static int latestVersion();
    // The schema versions that have a migration, ascending.
    static QList<int> versions();

    QSqlDatabase &sql() { return m_db; }
    // A statement prepared once per connection and reused, keyed by its SQL text (parsing SQL was a
    // third of the CPU of every write). It comes back reset, forward-only; bind, exec, read it, and
    // finish() it when it is a SELECT (so that no read stays open). Only for statements run to the
    // end before anything else could ask for the same text: point reads and single-row writes.
    QSqlQuery &prepared(const QString &statement);
    // The same for the write path's statements whose rows, if any, are read by column number
    // (Statement.h): on a file SQLite's own statement, without Qt SQL's cost per value and run.
    Statement &statement(const QString &sql);
    // What ends an INSERT whose new key Statement::insertedKey() reads (Statement::returning).
    QString returning(const QString &key) { return Statement::returning(isServer() ? nullptr : sqliteHandle(m_db), key); }
    // The file, or the server address without its password.
    const QString &path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Postgres; }
    // The operator of a case-insensitive match: SQLite's LIKE already ignores case, PostgreSQL's ILIKE.
    QString likeOperator() const { return isServer() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"); }
    // Whole days from one ISO date column to another (NULL if either is).
    QString daysBetween(const QString &later, const QString &earlier) const;
    // An aggregate joining the non-NULL values of an expression with commas (in no set order).
    QString listOf(const QString &expression) const;
    // The schema version (0: no tables yet); an error when it cannot be read, never a version
    // that would send a damaged file through the migrations from the start.
    Result<int> schemaVersion() const;
    // Whether record uids are kept as their 16 bytes: a file from schema version 12 on (Uid.h). A
    // server, and a file opened at an earlier version (tests of migrations), keep the text.
    bool uidBytes() const { return m_uidBytes; }
    // Where the copy taken before the last migration went; empty if none was needed.
    const QString &preMigrationBackup() const { return m_backupPath; }

    // SQLite online backup into a new file (written beside it, then renamed into place): a
    // consistent copy even while another process writes.
    Status backupTo(const QString &target);
    // PRAGMA integrity_check and foreign_key_check; each finding is one problem.
    Problems check();
    // Executes several statements of SQL text (a migration).
    Status executeScript(const QString &sql);
    // Appends to change_log; call inside the caller's transaction. oldValues/newValues are the
    // changed columns before and after as compact JSON objects (empty: NULL). Record writes go
    // through sql::insert/update/remove (RecordWrite.cpp), which fill them in.
    Status log(const QString &entity, qint64 entityId, const QString &action, const QString &detail = {});
    Result<qint64> log(const QString &entity, qint64 entityId, const QString &action, const QString &detail, const QByteArray &oldValues,
                       const QByteArray &newValues);
    // Widens an insert line of this transaction (a file's, schema version 11) to one more record
    // of its kind, the next id after its last: entity_last_id becomes lastId. Told like a line of
    // its own (the listener hears of each record). Call inside the transaction that wrote the line.
    Status logAlso(qint64 lineId, const QString &entity, qint64 lastId, const QString &action);
    bool inTransaction() const { return m_transactionDepth > 0; }
    static QString actor();
    // Told, after each outermost transaction commits, every change it logged (in order); changes
    // rolled back are never told. One listener (the app's Session); empty to stop.
    using ChangeListener = std::function<void(const QList<ChangeEvent> &)>;
    void setChangeListener(ChangeListener listener) { m_changeListener = std::move(listener); }
    // What the write path keeps about this connection (WriteState.h).
    WriteState &writeState();

private:
    friend class Transaction;
    Database() = default;
    Status migrate(int target);
    static Result<std::unique_ptr<Database>> openServer(const QString &address, const Options &options);
    Status checkServerBeforeMigrating();
    Result<int> serverSchemaVersion() const;
    Problems checkServer();
    // Runs a statement that cannot be prepared on every backend (BEGIN, SAVEPOINT, COMMIT …).
    bool command(const QString &statement, QSqlError *error = nullptr);

    int m_transactionDepth = 0;
    bool m_uidBytes = false;
    bool m_wholeOnly = false;   // the outermost transaction is WholeOnly
    bool m_partFailed = false;  // …and a part of it was not committed
    // log() notes each change here; the outermost commit tells them (notifyChanges), a rollback
    // drops those of its transaction or savepoint.
    void noteChange(ChangeEvent change);
    void notifyChanges();
    QList<ChangeEvent> m_pendingChanges;
    ChangeListener m_changeListener;
    std::unique_ptr<WriteState> m_writeState;

    QSqlDatabase m_db;
    StatementCache<QSqlQuery> m_prepared;  // prepared(); both cleared before m_db is closed
    StatementCache<Statement> m_statements;  // statement()
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    Backend m_backend = Backend::Sqlite;
};

// One write transaction (on SQLite BEGIN IMMEDIATE, so that a writer waits for the busy timeout
// instead of failing on lock upgrade; on PostgreSQL BEGIN: rows are locked as they are written).
// Rolls back unless commit() succeeded. Inside another transaction it becomes a savepoint, so that
// a service call can be part of a larger write (the demo data) and a failed call undoes only its
// own part. Inside a WholeOnly transaction (a ledger import: any failure ends it) the services'
// transactions make no savepoints, which cost more than many of the writes they guard: one that
// fails marks the whole as failed, whose commit() then refuses, so it rolls back.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    enum class Parts { Savepoints, WholeOnly };
    explicit Transaction(Database &db, Parts parts = Parts::Savepoints);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool active() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_part = false;  // inside a WholeOnly transaction: no savepoint of its own
    QString m_savepoint;  // set when nested
    qsizetype m_changesBefore = 0;  // changes noted before this transaction began
    QString m_error;
};

} // namespace chamber
