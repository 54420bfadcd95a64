// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportLogService.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace chamber {

namespace {

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
    q.prepare(QStringLiteral("INSERT INTO import_log (at, actor, file_name, file_sha256, sheet, update_policy, records, created, "
                             "updated, unchanged, skipped, refused) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = m_db.log(QStringLiteral("import"), id, QStringLiteral("import"), entry.fileName); !s)
        return s.problems();
    if (auto s = tx.commit(); !s)
        return s.problems();
    return id;
}

QList<ImportLogEntry> ImportLogService::list(int limit) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM import_log ORDER BY at DESC, id DESC LIMIT ?").arg(kColumns));
    q.addBindValue(limit);
    QList<ImportLogEntry> out;
    if (q.exec())
        while (q.next())
            out.append(entryFrom(q));
    return out;
}

std::optional<ImportLogEntry> ImportLogService::lastWithHash(const QString &sha256) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM import_log WHERE file_sha256 = ? ORDER BY at DESC, id DESC LIMIT 1").arg(kColumns));
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return entryFrom(q);
    return std::nullopt;
}

} // namespace chamber
