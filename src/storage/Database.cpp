// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "ExchangeGuard.h"
#include "Uid.h"
#include "RecordSql.h"

#include "Backups.h"
#include "ServerAddress.h"
#include "WriteState.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <utility>

namespace chamber {

namespace {

// 'CHMB': marks a file as ours, so that another program's SQLite file is not migrated by mistake.
constexpr int kApplicationId = 0x43484D42;
// From this schema version a file keeps record uids as 16 bytes (0012_uid_blob.sql, Uid.h).
constexpr int kUidBytesVersion = 12;

// The migration of each version: NNNN_name.sql, or on PostgreSQL its twin NNNN_name.pg.sql where
// the DDL differs (the same number, the same effect on the schema).
std::map<int, QString> migrationFiles(Database::Backend backend = Database::Backend::Sqlite)
{
    std::map<int, QString> out;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    static const QRegularExpression twin(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.pg\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        if (const auto match = name.match(file); match.hasMatch())
            out.try_emplace(match.captured(1).toInt(), dir.filePath(file));
    }
    if (backend == Database::Backend::Postgres) {
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            if (const auto match = twin.match(file); match.hasMatch())
                out[match.captured(1).toInt()] = dir.filePath(file);
        }
    }
    return out;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("chamber-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::~Database()
{
    m_prepared.clear();
    m_statements.clear();  // finalized before the connection closes
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

QList<int> Database::versions()
{
    QList<int> out;
    for (const auto &entry : migrationFiles())
        out.append(entry.first);
    return out;
}

int Database::latestVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

QString Database::actor()
{
    QString user = qEnvironmentVariable("CHAMBERDESK_USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (ServerAddress::isServer(path))
        return openServer(path, options);
    const QString field = QStringLiteral("database");
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed && !options.create)
        return Problem::error(field, tr("The database file %1 does not exist.").arg(path));
    if (existed && info.isDir())
        return Problem::error(field, tr("%1 is a folder, not a database file.").arg(path));
    if (!existed && !QDir().mkpath(info.absolutePath()))
        return Problem::error(field, tr("Cannot create the folder %1.").arg(info.absolutePath()));

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db->m_db.open())
        return Problem::error(field, tr("Cannot open the database %1: %2").arg(path, db->m_db.lastError().text()));
    ExchangeGuard::install(db->m_db);  // received records stay read-only (docs/exchange.md)
    Uid::install(db->m_db);            // uid_blob, uid_text: a file keeps uids as 16 bytes (version 12)

    QSqlQuery q(db->m_db);
    // The first read tells a SQLite file from anything else.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        // SQLite writes its journal beside the file: in a folder that cannot be written, a sound
        // database cannot be opened, and saying "not a database" would send the user astray.
        const QFileInfo folder(info.absolutePath());
        if (!folder.isWritable())
            return Problem::error(field, tr("Cannot open %1: its folder %2 cannot be written, and the database needs to write its "
                                            "journal beside the file. Copy the file to a folder you can write to, or ask for write "
                                            "permission.")
                                             .arg(path, folder.absoluteFilePath()));
        if (existed && !info.isReadable())
            return Problem::error(field, tr("Cannot open %1: you do not have permission to read it.").arg(path));
        return Problem::error(field, tr("%1 is not a ChamberDesk database (%2).").arg(path, q.lastError().text()));
    }
    const int appId = q.value(0).toInt();
    const auto readVersion = db->schemaVersion();
    if (!readVersion)
        return readVersion.problems();
    const int version = *readVersion;
    if (appId != kApplicationId) {
        QSqlQuery tables(db->m_db);
        tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (tables.next() && tables.value(0).toInt() > 0)
            return Problem::error(field, tr("%1 is a SQLite file of another program, not a ChamberDesk database.").arg(path));
    }
    if (version > latestVersion())
        return Problem::error(field, tr("%1 was written by a newer ChamberDesk (schema version %2; this one knows up to %3).")
                                         .arg(path).arg(version).arg(latestVersion()));
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Savepoint journals in memory, not in a temporary file: every service call inside a larger
    // write (the demo, an import, a package) is a savepoint, and each wrote its pages' old content
    // to a file in /var/tmp first (9,800 writes for a county's demo, 133,000 for a city's). They
    // hold only the pages one savepoint changes, and go when it ends.
    q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    if (options.migrate) {
        const int target = options.migrateTo < 0 ? latestVersion() : options.migrateTo;
        if (auto status = db->migrate(target); !status)
            return status.problems();
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return Problem::error(field, q.lastError().text());
    const auto reached = db->schemaVersion();
    if (!reached)
        return reached.problems();
    db->m_uidBytes = *reached >= kUidBytesVersion;
    return db;
}

QSqlQuery &Database::prepared(const QString &statement)
{
    bool ok = false;
    return m_prepared.get(
        statement,
        [this, &ok](const QString &sql) {
            auto query = std::make_unique<QSqlQuery>(m_db);
            query->setForwardOnly(true);
            ok = query->prepare(sql);
            return query;
        },
        [&ok](const QSqlQuery &) { return ok; });
}

Statement &Database::statement(const QString &sql)
{
    return m_statements.get(
        sql, [this](const QString &text) { return std::make_unique<Statement>(isServer() ? nullptr : sqliteHandle(m_db), m_db, text); },
        [](const Statement &s) { return s.isValid(); });
}

Result<int> Database::schemaVersion() const
{
    if (isServer())
        return serverSchemaVersion();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sql::readError(q);
    return q.value(0).toInt();
}

Status Database::migrate(int target)
{
    const QString field = QStringLiteral("database");
    const auto readFrom = schemaVersion();
    if (!readFrom)
        return readFrom.problems();
    const int from = *readFrom;
    if (from >= target)
        return success();
    if (isServer()) {
        if (auto status = checkServerBeforeMigrating(); !status)
            return status;
    } else if (from > 0) {
        // Keep the file as it was, in case a migration goes wrong in a way the transaction cannot
        // undo: a copy in the backup folder beside it, kept with the others' rotation.
        auto made = Backups(m_path).make(*this, Backups::Reason::Migration);
        if (!made)
            return made.problems();
        m_backupPath = *made;
    }
    QSqlQuery q(m_db);
    // Table rebuilds (rename–create–copy–drop) need foreign keys off; each step is checked instead.
    if (!isServer())
        q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    for (const auto &[version, file] : migrationFiles(m_backend)) {
        if (version <= from || version > target)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Problem::error(field, tr("Cannot read migration %1.").arg(file));
        const QString sql = QString::fromUtf8(f.readAll());
        Transaction tx(*this);
        if (!tx.active())
            return Problem::error(field, tx.error());
        if (auto status = executeScript(sql); !status)
            return Problem::error(field, tr("Migration to schema version %1 failed: %2").arg(version).arg(status.firstError()));
        // A check that cannot run is no pass: the migration is refused (and rolled back).
        if (!isServer()) {
            QSqlQuery fk(m_db);
            if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return sql::readError(fk);
            if (fk.next())
                return Problem::error(field, tr("Migration to schema version %1 broke a foreign key in table %2.")
                                                 .arg(version).arg(fk.value(0).toString()));
            if (auto end = sql::readEnd(fk); !end)
                return end;
        }
        // A server keeps the number in chamber_schema (made by the first migration), a file in its header.
        const QString stamp = isServer() ? QStringLiteral("UPDATE chamber_schema SET version = %1").arg(version)
                                         : QStringLiteral("PRAGMA user_version=%1; PRAGMA application_id=%2;").arg(version).arg(kApplicationId);
        if (auto status = executeScript(stamp); !status)
            return status;
        if (auto status = tx.commit(); !status)
            return status;
    }
    return success();
}

Status Database::executeScript(const QString &sql)
{
    if (isServer()) {
        // libpq's simple protocol runs several statements in one call, in the open transaction.
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return Problem::error(QStringLiteral("database"), q.lastError().databaseText());
        return success();
    }
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Problem::error(QStringLiteral("database"), tr("The SQLite driver handle is not available."));
    char *error = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        return Problem::error(QStringLiteral("database"), message);
    }
    return success();
}

Status Database::log(const QString &entity, qint64 entityId, const QString &action, const QString &detail)
{
    auto id = log(entity, entityId, action, detail, {}, {});
    return id ? success() : Status(id.problems());
}

Result<qint64> Database::log(const QString &entity, qint64 entityId, const QString &action, const QString &detail, const QByteArray &oldValues,
                             const QByteArray &newValues)
{
    // The text is made once: every record written comes here.
    static const QString line = QStringLiteral("INSERT INTO change_log (at, actor, entity, entity_id, action, detail, old_values, new_values) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    static const QString serverLine = line + QStringLiteral(" RETURNING id");
    Statement &q = statement(isServer() ? serverLine : line);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());  // seconds since 1970 UTC (schema version 10; sql::loggedAt reads it)
    q.addBindValue(actor());
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(action);
    q.addBindValue(nonNull(detail));
    q.addBindValue(oldValues.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(oldValues)));
    q.addBindValue(newValues.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(newValues)));
    if (!q.exec())
        return Problem::error(QStringLiteral("database"), q.lastError().text());
    const std::optional<qint64> lineId = q.insertedKey();
    q.finish();
    if (!lineId)
        return Problem::error(QStringLiteral("database"), q.lastError().text());
    // A line with new values and no old ones is an insert (RecordWritePath.cpp writes "{}" when
    // every value is the default); older callers say "add".
    noteChange(ChangeEvent{entity, entityId, action, action == QLatin1String("add") || (oldValues.isEmpty() && !newValues.isEmpty())});
    return *lineId;
}

Status Database::logAlso(qint64 lineId, const QString &entity, qint64 lastId, const QString &action)
{
    Statement &q = statement(QStringLiteral("UPDATE change_log SET entity_last_id = ? WHERE id = ?"));
    q.addBindValue(lastId);
    q.addBindValue(lineId);
    if (!q.exec())
        return Problem::error(QStringLiteral("database"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Problem::error(QStringLiteral("database"), tr("Change %1 is not in the log.").arg(lineId));
    noteChange(ChangeEvent{entity, lastId, action, true});
    return success();
}

bool Database::command(const QString &statement, QSqlError *error)
{
    // SQLite: prepared once per connection and depth (an import or the demo nests thousands of
    // these). PostgreSQL cannot prepare transaction control: it is sent as it is.
    if (isServer()) {
        QSqlQuery q(m_db);
        const bool ok = q.exec(statement);
        if (!ok && error)
            *error = q.lastError();
        return ok;
    }
    Statement &q = this->statement(statement);
    const bool ok = q.exec();
    if (!ok && error)
        *error = q.lastError();
    return ok;
}

WriteState &Database::writeState()
{
    if (!m_writeState)
        m_writeState = std::make_unique<WriteState>();
    return *m_writeState;
}

void Database::noteChange(ChangeEvent change)
{
    m_pendingChanges.append(std::move(change));
    if (m_transactionDepth == 0)  // logged outside a transaction: already written
        notifyChanges();
}

void Database::notifyChanges()
{
    const QList<ChangeEvent> changes = std::exchange(m_pendingChanges, {});
    if (m_changeListener && !changes.isEmpty())
        m_changeListener(changes);
}

Transaction::Transaction(Database &db, Parts parts) : m_db(db)
{
    m_changesBefore = m_db.m_pendingChanges.size();
    if (m_db.m_transactionDepth > 0 && m_db.m_wholeOnly) {
        m_part = m_active = true;
        ++m_db.m_transactionDepth;
        return;
    }
    if (m_db.m_transactionDepth > 0)
        m_savepoint = QStringLiteral("sp%1").arg(m_db.m_transactionDepth);
    QSqlError error;
    m_active = m_db.command(m_savepoint.isEmpty() ? (m_db.isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))
                                                  : QStringLiteral("SAVEPOINT ") + m_savepoint,
                            &error);
    if (m_active) {
        ++m_db.m_transactionDepth;
        if (m_savepoint.isEmpty()) {
            m_db.m_wholeOnly = parts == Parts::WholeOnly;
            m_db.m_partFailed = false;
        }
    } else if (const int code = error.nativeErrorCode().toInt() & 0xFF; !m_db.isServer() && (code == 5 || code == 6))
        // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: said in words, not in SQLite's.
        m_error = tr("Another import or another user is writing to the database; please wait a moment and try again.");
    else
        m_error = tr("Cannot start a transaction: %1").arg(error.text());
}

Transaction::~Transaction()
{
    if (m_active) {
        if (m_part) {
            m_db.m_partFailed = true;  // its writes stay until the whole rolls back
        } else if (m_savepoint.isEmpty()) {
            m_db.command(QStringLiteral("ROLLBACK"));
            m_db.m_wholeOnly = false;
        } else {
            m_db.command(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            m_db.command(QStringLiteral("RELEASE ") + m_savepoint);
        }
        m_db.m_pendingChanges.resize(std::min(m_changesBefore, m_db.m_pendingChanges.size()));
        --m_db.m_transactionDepth;
        // The lines it wrote are gone: no later write may merge into them.
        if (m_db.m_writeState)
            m_db.m_writeState->forgetLines();
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Problem::error(QStringLiteral("database"), m_error.isEmpty() ? tr("No transaction is open.") : m_error);
    if (m_part) {
        m_active = false;
        --m_db.m_transactionDepth;
        return success();
    }
    if (m_savepoint.isEmpty() && m_db.m_partFailed)
        return Problem::error(QStringLiteral("database"), tr("Cannot save: a part of the write failed, so none of it is kept."));
    QSqlError error;
    if (!m_db.command(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint, &error)) {
        m_error = error.text();
        return Problem::error(QStringLiteral("database"), tr("Cannot save: %1").arg(m_error));
    }
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_savepoint.isEmpty())
        m_db.m_wholeOnly = false;
    if (m_savepoint.isEmpty() && m_db.m_writeState)
        m_db.m_writeState->forgetLines();  // committed: the next transaction's writes get lines of their own
    if (m_savepoint.isEmpty())
        m_db.notifyChanges();
    return success();
}

} // namespace chamber
