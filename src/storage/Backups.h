// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct sqlite3;

namespace chamber {

// The automatic copies of one database file, kept in a folder beside it ("county.sqlite" →
// "county.sqlite.backups/"): one before every import and migration, one a day when the file is
// opened, and those asked for. Each is a consistent SQLite online-backup copy, written under a
// temporary name and renamed into place, so a copy in the folder is always whole; half-written
// ones left by a killed run are removed on the next. Kept with rotation: the newest few whatever
// their age, the newest of each of the last 7 days and of each of the last 4 weeks (settable,
// kept in policy.json in the folder); older ones are removed after each new copy.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    enum class Reason { Daily, Import, Migration, Manual, Restore };
    struct Policy
    {
        int recent = 5;  // the newest copies, whatever their day
        int daily = 7;   // the newest copy of each of this many days
        int weekly = 4;  // the newest copy of each of this many ISO weeks
        bool operator==(const Policy &) const = default;
    };
    struct Entry
    {
        QString path;
        QDateTime made;  // local time, from the name
        Reason reason = Reason::Manual;
        qint64 bytes = 0;
    };

    explicit Backups(const QString &databasePath);

    QString folder() const { return m_folder; }
    // A new copy of the open database, then the rotation. The path of the copy.
    Result<QString> make(Database &db, Reason reason, const QDateTime &now = QDateTime::currentDateTime());
    // The day's copy when there is none from today yet; nothing when there is.
    Result<std::optional<QString>> makeDailyIfDue(Database &db, const QDateTime &now = QDateTime::currentDateTime());
    // Newest first.
    QList<Entry> list() const;
    // Replaces the open database's content by the copy's, all or nothing (SQLite online backup into
    // the open file), after making a copy of the current content. Refuses a file that is not a
    // sound ChamberDesk database of this or an earlier schema version. The copy made first.
    Result<QString> restore(Database &db, const QString &file, const QDateTime &now = QDateTime::currentDateTime());
    // For a file that cannot be used (damaged, so that it cannot be opened or fails its check):
    // sets it aside in the backup folder as "NAME-TIME-damaged.sqlite" with its -wal and -shm
    // (kept, never deleted, and never rotated away), and puts a copy of a sound backup in its
    // place. No connection to the file may be open. The path the damaged file was moved to.
    Result<QString> replaceDamaged(const QString &file, const QDateTime &now = QDateTime::currentDateTime());
    // Removes the copies the policy does not keep; the paths removed.
    QStringList rotate();
    Policy policy() const;
    Status setPolicy(const Policy &policy);
    // Removes half-written copies (*.partial) older than a minute; how many.
    int removeStalePartials();

    static QString reasonKey(Reason reason);   // "daily", "import", ...
    static QString reasonName(Reason reason);  // translated
    // The copies a policy keeps of a list (newest first), by index.
    static QList<int> kept(const QList<Entry> &entries, const Policy &policy);

private:
    Status ensureFolder() const;
    // Why a backup cannot be restored (not ChamberDesk's, newer, damaged), or empty.
    static QString unsoundBecause(sqlite3 *source, const QString &file);

    QString m_databasePath;
    QString m_folder;
};

} // namespace chamber
