// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite file side of Database where it differs from a server's (DatabaseServer.cpp): a
// backup through SQLite's online backup, and the integrity and foreign-key checks of the file.
#include "Database.h"
#include "Statement.h"

#include "SqliteCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace chamber {

Status Database::backupTo(const QString &target)
{
    const QString field = QStringLiteral("backup");
    if (isServer())
        return Problem::error(field, tr("A server database is backed up on the server, with pg_dump (docs/server.md), not copied "
                                        "into a file by ChamberDesk."));
    sqlite3 *source = sqliteHandle(m_db);
    if (!source)
        return Problem::error(field, tr("The SQLite driver handle is not available."));
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.isDir())
        return Problem::error(field, tr("%1 is a folder; give a file name for the backup.").arg(target));
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return Problem::error(field, tr("Cannot create the folder %1.").arg(targetInfo.absolutePath()));
    // Written beside the target and renamed into place, so a failed backup never leaves half a file.
    const QString partial = targetInfo.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *dest = nullptr;
    if (sqlite3_open(QFile::encodeName(partial).constData(), &dest) != SQLITE_OK) {
        sqlite3_close(dest);
        return Problem::error(field, tr("Cannot create the backup file %1.").arg(target));
    }
    QString message;
    const int rc = sqlite::copyAllPages(dest, source, message);
    // The copy keeps WAL off so that it is one self-contained file.
    if (rc == SQLITE_DONE)
        sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(dest);
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        return Problem::error(field, tr("The backup failed: %1").arg(message));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Problem::error(field, tr("Cannot write the backup file %1.").arg(target));
    }
    return success();
}

Problems Database::check()
{
    if (isServer())
        return checkServer();
    Problems problems;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(Problem::error(QStringLiteral("integrity"), q.lastError().text()));
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QStringLiteral("ok"))
            problems.append(Problem::error(QStringLiteral("integrity"), line));
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(Problem::error(QStringLiteral("foreign_keys"), q.lastError().text()));
        return problems;
    }
    while (q.next())
        problems.append(Problem::error(QStringLiteral("foreign_keys"),
                                       tr("Row %1 of table %2 refers to a missing row of table %3.")
                                           .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString())));
    if (q.lastError().isValid())  // the check stopped part way: not "no more problems"
        problems.append(Problem::error(QStringLiteral("foreign_keys"), q.lastError().text()));
    if (const auto version = schemaVersion(); !version)
        problems += version.problems();
    else if (*version != latestVersion())
        problems.append(Problem::error(QStringLiteral("schema"), tr("The schema is at version %1; expected %2.")
                                                                   .arg(*version).arg(latestVersion())));
    return problems;
}

} // namespace chamber
