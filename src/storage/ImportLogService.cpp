// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportLogService.h"

#include "RecordSql.h"
#include "Uid.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace chamber {

namespace {

// The change_log action that marks where an import's writes begin.
const QString kStartAction = QStringLiteral("start");

const QString kColumns = QStringLiteral("id, at, actor, file_name, file_sha256, sheet, update_policy, records, created, updated, "
                                        "unchanged, skipped, refused");

ImportLogEntry entryFrom(const QSqlQuery &q)
{
    ImportLogEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    e.actor = q.value(2).toString();
    e.fileName = q.value(3).toString();
    e.fileSha256 = q.value(4).toString();
    e.sheet = q.value(5).toString();
    e.updatePolicy = q.value(6).toString();
    e.records = q.value(7).toInt();
    e.created = q.value(8).toInt();
    e.updated = q.value(9).toInt();
    e.unchanged = q.value(10).toInt();
    e.skipped = q.value(11).toInt();
    e.refused = q.value(12).toInt();
    return e;
}

} // namespace

Result<qint64> ImportLogService::record(const ImportLogEntry &entry)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(entry.fileSha256).hasMatch())
        return Problem::error(QStringLiteral("file"), tr("The file hash must be 64 lower-case hex digits (SHA-256)."));
    const int counts[] = {entry.records, entry.created, entry.updated, entry.unchanged, entry.skipped, entry.refused};
    for (int n : counts)
        if (n < 0)
            return Problem::error(QStringLiteral("file"), tr("Import counts cannot be negative."));
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    const QDateTime at = entry.at.isValid() ? entry.at.toUTC() : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO import_log (uid, at, actor, file_name, file_sha256, sheet, update_policy, records, created, "
                             "updated, unchanged, skipped, refused) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(Uid::fresh(m_db));  // as the database keeps uids (Uid.h), not the column's default text
    q.addBindValue(at.toString(Qt::ISODate));
    q.addBindValue(entry.actor.isEmpty() ? Database::actor() : entry.actor);
    q.addBindValue(nonNull(entry.fileName));
    q.addBindValue(entry.fileSha256);
    q.addBindValue(nonNull(entry.sheet));
    q.addBindValue(entry.updatePolicy);
    for (int n : counts)
        q.addBindValue(n);
    if (!q.exec())
        return Problem::error(QStringLiteral("database"), q.lastError().text());
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;  // RETURNING: lastInsertId() is SQLite's alone
    q.finish();  // the statement is done: no savepoint may be released while it is open
    if (auto s = m_db.log(QStringLiteral("import"), id, QStringLiteral("import"), entry.fileName); !s)
        return s.problems();
    if (auto s = tx.commit(); !s)
        return s.problems();
    return id;
}

Result<QList<ImportLogEntry>> ImportLogService::list(int limit) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM import_log ORDER BY at DESC, id DESC LIMIT ?").arg(kColumns));
    q.addBindValue(limit);
    return sql::rows<ImportLogEntry>(q, entryFrom);
}

Result<ImportLogEntry> ImportLogService::entry(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM import_log WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    const auto found = sql::rows<ImportLogEntry>(q, entryFrom);
    if (!found)
        return found.problems();
    if (found->isEmpty())
        return Problem::error(QStringLiteral("import"), tr("There is no import number %1 in the log.").arg(id));
    return found->first();
}

Status ImportLogService::markStart(const QString &fileSha256)
{
    return m_db.log(QStringLiteral("import"), 0, kStartAction, fileSha256);
}

Result<std::pair<qint64, qint64>> ImportLogService::range(qint64 importId) const
{
    const auto found = entry(importId);
    if (!found)
        return found.problems();
    // The import's own line ends its changes; the last start mark before it begins them. Imports
    // are one transaction each, so nothing else comes between.
    QSqlQuery end(m_db.sql());
    end.prepare(QStringLiteral("SELECT max(id) FROM change_log WHERE entity = 'import' AND action = 'import' AND entity_id = ?"));
    end.addBindValue(importId);
    if (!end.exec() || !end.next())
        return sql::readError(end);
    const qint64 last = end.value(0).toLongLong();
    QSqlQuery start(m_db.sql());
    start.prepare(QStringLiteral("SELECT max(id) FROM change_log WHERE entity = 'import' AND id < ? AND (action = ? OR action = 'import')"));
    start.addBindValue(last);
    start.addBindValue(kStartAction);
    if (!start.exec() || !start.next())
        return sql::readError(start);
    const qint64 first = start.value(0).toLongLong();
    QSqlQuery mark(m_db.sql());
    mark.prepare(QStringLiteral("SELECT action FROM change_log WHERE id = ?"));
    mark.addBindValue(first);
    if (!last || !first || !mark.exec() || !mark.next() || mark.value(0).toString() != kStartAction)
        return Problem::error(QStringLiteral("import"), tr("Import %1 (%2) was taken in before the log kept the changes of each import; "
                                                           "its changes cannot be listed.")
                                                            .arg(importId)
                                                            .arg(found->fileName));
    return std::pair{first, last};
}

Result<QList<ChangeLogEntry>> ImportLogService::changes(qint64 importId) const
{
    const auto found = range(importId);
    if (!found)
        return found.problems();
    const auto [first, last] = found.value();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, detail, entity_last_id FROM change_log WHERE id > ? AND id <= ? ORDER BY id"));
    q.addBindValue(first);
    q.addBindValue(last);
    if (!q.exec())
        return sql::readError(q);
    QList<ChangeLogEntry> out;
    while (q.next()) {
        const ChangeLogEntry line{q.value(0).toLongLong(), sql::loggedAt(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString()};
        // A line for several records the import added in a row (schema version 11): one entry each.
        const qint64 lastRecord = std::max(line.entityId, q.value(7).toLongLong());
        for (qint64 record = line.entityId; record <= lastRecord; ++record) {
            out.append(line);
            out.last().entityId = record;
        }
    }
    if (auto end = sql::readEnd(q); !end)
        return end.problems();
    return out;
}

Result<std::optional<ImportLogEntry>> ImportLogService::lastWithHash(const QString &sha256) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM import_log WHERE file_sha256 = ? ORDER BY at DESC, id DESC LIMIT 1").arg(kColumns));
    q.addBindValue(sha256);
    const auto found = sql::rows<ImportLogEntry>(q, entryFrom);
    if (!found)
        return found.problems();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

} // namespace chamber
