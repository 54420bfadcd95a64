// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"
#include "Statement.h"
#include "SqliteCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDriver>

#include <sqlite3.h>

namespace chamber {

namespace {

const QString kField = QStringLiteral("backup");
const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss-zzz");
constexpr int kApplicationId = 0x43484D42;  // 'CHMB', as Database writes it

const QList<Backups::Reason> &allReasons()
{
    static const QList<Backups::Reason> reasons = {Backups::Reason::Daily, Backups::Reason::Import, Backups::Reason::Migration,
                                                   Backups::Reason::Manual, Backups::Reason::Restore};
    return reasons;
}

// One integer of a PRAGMA on a raw connection, or nothing.
std::optional<qint64> pragmaNumber(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    std::optional<qint64> out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        out = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return out;
}

QString pragmaText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

QString Backups::unsoundBecause(sqlite3 *source, const QString &file)
{
    const auto appId = pragmaNumber(source, "PRAGMA application_id");
    if (!appId || *appId != kApplicationId)
        return tr("%1 is not a ChamberDesk database: it cannot be restored.").arg(file);
    const auto version = pragmaNumber(source, "PRAGMA user_version");
    if (!version || *version > Database::latestVersion())
        return tr("%1 was written by a newer ChamberDesk: this one cannot restore it.").arg(file);
    if (pragmaText(source, "PRAGMA quick_check") != QStringLiteral("ok"))
        return tr("%1 is damaged (its integrity check fails): it is not restored.").arg(file);
    return {};
}

Backups::Backups(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath()), m_folder(m_databasePath + QStringLiteral(".backups"))
{
}

QString Backups::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::Daily: return QStringLiteral("daily");
    case Reason::Import: return QStringLiteral("import");
    case Reason::Migration: return QStringLiteral("migration");
    case Reason::Manual: return QStringLiteral("manual");
    case Reason::Restore: return QStringLiteral("restore");
    }
    return {};
}

QString Backups::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Daily: return tr("daily");
    case Reason::Import: return tr("before an import");
    case Reason::Migration: return tr("before an upgrade");
    case Reason::Manual: return tr("made by hand");
    case Reason::Restore: return tr("before a restore");
    }
    return {};
}

Status Backups::ensureFolder() const
{
    if (!QDir().mkpath(m_folder))
        return Problem::error(kField, tr("Cannot create the backup folder %1.").arg(m_folder));
    return success();
}

int Backups::removeStalePartials()
{
    int removed = 0;
    const QDateTime old = QDateTime::currentDateTime().addSecs(-60);
    // A killed copy leaves its SQLite journal beside it too (NAME.partial-journal).
    for (const auto &info : QDir(m_folder).entryInfoList({QStringLiteral("*.partial"), QStringLiteral("*.partial-journal")}, QDir::Files))
        if (info.lastModified() < old && QFile::remove(info.absoluteFilePath()))
            ++removed;
    return removed;
}

Result<QString> Backups::make(Database &db, Reason reason, const QDateTime &now)
{
    if (db.isServer())  // refused before a folder named after the server's address is made
        return db.backupTo(QString()).problems();
    if (auto s = ensureFolder(); !s)
        return s.problems();
    removeStalePartials();
    const QString name = QStringLiteral("%1-%2-%3.sqlite").arg(QFileInfo(m_databasePath).fileName(), now.toString(kStamp), reasonKey(reason));
    const QString path = QDir(m_folder).filePath(name);
    if (auto s = db.backupTo(path); !s)
        return s.problems();
    rotate();
    return path;
}

Result<std::optional<QString>> Backups::makeDailyIfDue(Database &db, const QDateTime &now)
{
    for (const auto &e : list())
        if (e.made.date() == now.date())
            return std::optional<QString>();
    auto made = make(db, Reason::Daily, now);
    if (!made)
        return made.problems();
    return std::optional<QString>(*made);
}

QList<Backups::Entry> Backups::list() const
{
    static const QRegularExpression pattern(QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})-([a-z]+)\\.sqlite$"));
    const QString prefix = QFileInfo(m_databasePath).fileName() + QLatin1Char('-');
    QList<Entry> out;
    for (const auto &info : QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        if (!info.fileName().startsWith(prefix))
            continue;
        const auto m = pattern.match(info.fileName());
        if (!m.hasMatch())
            continue;
        Entry e;
        e.path = info.absoluteFilePath();
        e.made = QDateTime::fromString(m.captured(1), kStamp);
        e.bytes = info.size();
        bool known = false;
        for (const auto r : allReasons())
            if (reasonKey(r) == m.captured(2)) {
                e.reason = r;
                known = true;
            }
        if (known && e.made.isValid())
            out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.made > b.made; });
    return out;
}

QList<int> Backups::kept(const QList<Entry> &entries, const Policy &policy)
{
    QSet<int> keep;
    for (int i = 0; i < entries.size() && i < policy.recent; ++i)
        keep.insert(i);
    QList<QDate> days;
    QList<int> weeks;
    for (int i = 0; i < entries.size(); ++i) {
        const QDate day = entries[i].made.date();
        if (!days.contains(day) && days.size() < policy.daily) {
            days.append(day);
            keep.insert(i);
        }
        int year = 0;
        const int week = day.weekNumber(&year);
        const int key = year * 100 + week;
        if (!weeks.contains(key) && weeks.size() < policy.weekly) {
            weeks.append(key);
            keep.insert(i);
        }
    }
    QList<int> out(keep.cbegin(), keep.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList Backups::rotate()
{
    const auto entries = list();
    const auto keep = kept(entries, policy());
    QStringList removed;
    for (int i = 0; i < entries.size(); ++i)
        if (!keep.contains(i) && QFile::remove(entries[i].path))
            removed.append(entries[i].path);
    return removed;
}

Backups::Policy Backups::policy() const
{
    Policy p;
    QFile f(QDir(m_folder).filePath(QStringLiteral("policy.json")));
    if (!f.open(QIODevice::ReadOnly))
        return p;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    auto take = [&](const char *key, int &value) {
        const int v = o.value(QLatin1String(key)).toInt(-1);
        if (v >= 0 && v <= 1000)
            value = v;
    };
    take("recent", p.recent);
    take("daily", p.daily);
    take("weekly", p.weekly);
    return p;
}

Status Backups::setPolicy(const Policy &policy)
{
    if (policy.recent < 1 || policy.daily < 0 || policy.weekly < 0 || policy.recent > 1000 || policy.daily > 1000 || policy.weekly > 1000)
        return Problem::error(kField, tr("Keep at least the newest copy, and at most 1,000 of each kind."));
    if (auto s = ensureFolder(); !s)
        return s;
    QSaveFile f(QDir(m_folder).filePath(QStringLiteral("policy.json")));
    const QJsonObject o{{QStringLiteral("recent"), policy.recent}, {QStringLiteral("daily"), policy.daily}, {QStringLiteral("weekly"), policy.weekly}};
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        return Problem::error(kField, tr("Cannot write the backup settings in %1.").arg(m_folder));
    return success();
}

Result<QString> Backups::restore(Database &db, const QString &file, const QDateTime &now)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return Problem::error(kField, tr("There is no backup file %1.").arg(file));
    if (info.absoluteFilePath() == db.path())
        return Problem::error(kField, tr("The backup to restore cannot be the database itself."));
    sqlite3 *source = nullptr;
    const QByteArray uri = QFile::encodeName(info.absoluteFilePath());
    if (sqlite3_open_v2(uri.constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(source);
        return Problem::error(kField, tr("%1 cannot be opened as a database.").arg(file));
    }
    auto refuse = [&](const QString &message) -> Result<QString> {
        sqlite3_close(source);
        return Problem::error(kField, message);
    };
    if (const QString unsound = unsoundBecause(source, file); !unsound.isEmpty())
        return refuse(unsound);
    auto before = make(db, Reason::Restore, now);
    if (!before) {
        sqlite3_close(source);
        return before.problems();
    }
    sqlite3 *dest = sqliteHandle(db.sql());
    if (!dest)
        return refuse(tr("The SQLite driver handle is not available."));
    // The online backup into the open file is one write: all of the copy or none of it.
    QString message;
    const int rc = sqlite::copyAllPages(dest, source, message);
    sqlite3_close(source);
    if (rc != SQLITE_DONE)
        return Problem::error(kField, tr("The restore failed and the database was left as it was: %1").arg(message));
    return *before;
}

Result<QString> Backups::replaceDamaged(const QString &file, const QDateTime &now)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return Problem::error(kField, tr("There is no backup file %1.").arg(file));
    if (info.absoluteFilePath() == m_databasePath)
        return Problem::error(kField, tr("The backup to restore cannot be the database itself."));
    sqlite3 *source = nullptr;
    const QByteArray uri = QFile::encodeName(info.absoluteFilePath());
    if (sqlite3_open_v2(uri.constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(source);
        return Problem::error(kField, tr("%1 cannot be opened as a database.").arg(file));
    }
    const QString unsound = unsoundBecause(source, file);
    sqlite3_close(source);
    if (!unsound.isEmpty())
        return Problem::error(kField, unsound);
    if (auto s = ensureFolder(); !s)
        return s.problems();
    // The copy goes beside the database under a temporary name first: a failure leaves the
    // damaged file where it was, untouched.
    const QString partial = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(info.absoluteFilePath(), partial))
        return Problem::error(kField, tr("Cannot copy %1 beside the database.").arg(file));
    // The damaged file is kept, never deleted: whatever can still be read from it stays there.
    // Its write-ahead log and index go with it, or SQLite would replay them into the copy.
    const QString aside = QDir(m_folder).filePath(
        QStringLiteral("%1-%2-damaged.sqlite").arg(QFileInfo(m_databasePath).fileName(), now.toString(kStamp)));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        const QString from = m_databasePath + suffix;
        if (QFileInfo::exists(from) && !QFile::rename(from, aside + suffix)) {
            QFile::remove(partial);
            return Problem::error(kField, tr("Cannot move the damaged file %1 aside into %2.").arg(from, m_folder));
        }
    }
    if (!QFile::rename(partial, m_databasePath))
        return Problem::error(kField, tr("Cannot put the backup in place of %1; the damaged file is in %2 and the copy is %3.")
                                          .arg(m_databasePath, aside, partial));
    return aside;
}

} // namespace chamber
