// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <sqlite3.h>

namespace chamber::sqlite {

// SQLite's online backup in one step: every page of source's main database into dest's, under a
// single read transaction (a consistent snapshot; with WAL other connections keep writing). Returns
// SQLITE_DONE when the whole copy was made, else an error code with dest's message in `message`.
// Used by the backups made beside a file (Database) and by restoring one into it (Backups).
inline int copyAllPages(sqlite3 *dest, sqlite3 *source, QString &message)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    message = QString::fromUtf8(sqlite3_errmsg(dest));
    return rc;
}

} // namespace chamber::sqlite
