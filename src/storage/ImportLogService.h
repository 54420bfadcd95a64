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

// One line of change_log, as the import log shows the changes an import made.
struct ChangeLogEntry
{
    qint64 id = 0;
    QDateTime at;  // UTC
    QString actor;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QString detail;
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
    // Newest first; a failed read is an error, never an empty log.
    Result<QList<ImportLogEntry>> list(int limit = -1) const;
    // The last import of a file with this hash, to tell the user it was taken in before.
    Result<std::optional<ImportLogEntry>> lastWithHash(const QString &sha256) const;
    Result<ImportLogEntry> entry(qint64 id) const;

    // Marks in change_log where an import's writes begin (call first inside its transaction), so
    // that the changes it made can be listed afterwards.
    Status markStart(const QString &fileSha256);
    // The change_log lines the import wrote, in order, ending with its own "import" line. Refused
    // (field "import") for an import taken in before the start was marked: its changes cannot be
    // told apart.
    Result<QList<ChangeLogEntry>> changes(qint64 importId) const;
    // The same lines as ids: after the start mark (first, exclusive) up to its own line (last).
    Result<std::pair<qint64, qint64>> range(qint64 importId) const;

private:
    Database &m_db;
};

} // namespace chamber
