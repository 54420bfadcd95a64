// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace chamber {

// One ledger import as the log keeps it.
struct ImportLogEntry
{
    qint64 id = 0;
    QDateTime at;           // UTC
    QString actor;
    QString fileName;       // the file's name, without its folder
    QString fileSha256;     // 64 hex digits
    QString sheet;
    QString updatePolicy;   // overwrite, fill_empty, skip
    int records = 0;        // rows read as records
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;        // existing chambers left alone by the skip policy
    int refused = 0;

    bool operator==(const ImportLogEntry &) const = default;
};

// The import log: appended inside the import's own transaction, so that it is written exactly
// when the import is.
class ImportLogService
{
    Q_DECLARE_TR_FUNCTIONS(ImportLogService)
public:
    explicit ImportLogService(Database &db) : m_db(db) {}

    // Appends an entry (time and actor filled in when empty); returns its id.
    Result<qint64> record(const ImportLogEntry &entry);
    // Newest first.
    QList<ImportLogEntry> list(int limit = -1) const;
    // The last import of a file with this hash, to tell the user it was taken in before.
    std::optional<ImportLogEntry> lastWithHash(const QString &sha256) const;

private:
    Database &m_db;
};

} // namespace chamber
