// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace chamber {

// One line of change_log with the values it keeps.
struct Change
{
    qint64 id = 0;
    QDateTime at;  // UTC
    QString actor;
    QString entity;      // the table ("chamber", "honour", …) or a mark ("import", "demo", "scope")
    qint64 entityId = 0;
    // A file's line for several records one transaction added in a row (schema version 11) names
    // the first (entityId) and the last (lastId); 0 for a line about one record. list() gives such
    // a line as one change per record, each with the line's id and its own entityId, lastId 0.
    qint64 lastId = 0;
    QString action;      // add, update, remove, cascade, undo, a status, …
    QString detail;      // what the values do not say (a reason, the change an undo reverted)
    QJsonObject before;  // the changed columns before (an insert: none)
    QJsonObject after;   // and after (a removal: none; an insert: none since version 10, see created())
    bool hasValues = false;  // false for marks and for lines from before the log kept values
    bool keptBefore = false;  // old_values is not NULL: the line is no insert

    // As Database::log tells an insert: values after ("{}" at least) and none before.
    bool isInsert() const { return hasValues && !keptBefore; }
    bool isRemoval() const { return hasValues && after.isEmpty() && !before.isEmpty(); }
    bool isSpan() const { return lastId > entityId; }
    bool names(qint64 record) const { return record == entityId || (isSpan() && record > entityId && record <= lastId); }
    // The same line as the change of one record it names.
    Change of(qint64 record) const
    {
        Change one = *this;
        one.entityId = record;
        one.lastId = 0;
        return one;
    }
};

struct ChangeQuery
{
    std::optional<QString> entity;
    std::optional<qint64> entityId;
    // A chamber and every record of it (its registration, Party, mediation, honours, members, …).
    std::optional<qint64> chamberId;
    std::optional<QDate> since;  // local date, inclusive
    std::optional<QString> actor;
    std::optional<qint64> importId;
    int limit = 200;  // newest first; < 0: all
};

// Reads the change log back and undoes changes: one change, or a whole import. An undo is itself a
// logged write through the same path (action "undo", detail the change it reverts), checked like
// any: refused, with the reason, when the record changed since or the result would break a rule.
class ChangeHistory
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHistory)
public:
    explicit ChangeHistory(Database &db) : m_db(db) {}

    Result<QList<Change>> list(const ChangeQuery &query) const;
    Result<Change> get(qint64 id) const;
    // A table's name as users say it (商会, 荣誉, …); the name itself for one it does not know.
    static QString entityName(const QString &entity);
    // An action as users say it (新增, 修改, 删除, 撤销, …).
    static QString actionName(const QString &action);
    // The same for an action of a record of entity: a status it moved to (调解中, 已通过 …) by
    // that record kind's names.
    static QString actionName(const QString &entity, const QString &action);
    // A logged column of entity as users say it: its field's label in that record kind, else the
    // generic label of the column's name without its suffix (_on, _code, _fen, _id), else the name.
    static QString columnLabel(const QString &entity, const QString &column);
    // A logged value as users read it: "(empty)", money in yuan, an enumeration's name instead of
    // its stored key, yes/no; other values as they are.
    static QString valueText(const QString &entity, const QString &column, const QJsonValue &value);
    // Who made a change, "(unknown)" when nobody could be named.
    static QString actorName(const QString &actor);
    // The values a record was created with: an insert's line keeps none (before version 10, its
    // uid only), so they are read back from the record (or its removal) with the old values of the
    // later lines put back. Bookkeeping columns (uid, row_version, timestamps) left out; the
    // record's uid is given in *uid when asked for (empty when the log cannot say it).
    Result<QJsonObject> created(const Change &insert, QString *uid = nullptr) const;

    // Reverts one change: an insert is removed, an update's old values written back, a removal put
    // back (with the records removed with it). A line for several records added together is
    // reverted for the one record given, and refused without one.
    Status undo(qint64 changeId, std::optional<qint64> record = std::nullopt);
    // Reverts every change an import made, newest first, in one transaction: all or nothing.
    // Returns how many changes were reverted.
    Result<int> undoImport(qint64 importId);

private:
    // The records a line for several names that the query asks for, newest first, at most limit
    // (< 0: all).
    Result<QList<qint64>> spanRecords(const Change &line, const ChangeQuery &query, qsizetype limit) const;
    Status undoInTransaction(const Change &change, qint64 laterThan);
    Problems checkRules(const QString &table, qint64 id);

    Database &m_db;
};

} // namespace chamber
