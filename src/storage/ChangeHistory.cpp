// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeHistory.h"

#include "ChamberService.h"
#include "DisclosureService.h"
#include "HonourService.h"
#include "ImportLogService.h"
#include "MediationCaseService.h"
#include "MediationService.h"
#include "MemberService.h"
#include "PartyService.h"
#include "RecordSql.h"
#include "RecordWrite.h"
#include "ServiceRequestService.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace chamber {

namespace {

const QString kColumns = QStringLiteral("id, at, actor, entity, entity_id, action, detail, old_values, new_values, entity_last_id");
// A line about the record (bound three times), its own or one for several records that covers it.
const QString kNamesRecord = QStringLiteral("(entity_id = ? OR (entity_last_id >= ? AND entity_id < ?))");
const QString kUndo = QStringLiteral("undo");
const QString kCascade = QStringLiteral("cascade");

Change changeFrom(const QSqlQuery &q)
{
    Change c;
    c.id = q.value(0).toLongLong();
    c.at = sql::loggedAt(q.value(1));
    c.actor = q.value(2).toString();
    c.entity = q.value(3).toString();
    c.entityId = q.value(4).toLongLong();
    c.action = q.value(5).toString();
    c.detail = q.value(6).toString();
    c.hasValues = !q.isNull(7) || !q.isNull(8);
    c.keptBefore = !q.isNull(7);
    c.before = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    c.after = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    c.lastId = q.value(9).toLongLong();
    return c;
}

Problem database(const QSqlQuery &q)
{
    return Problem::error(QStringLiteral("database"), q.lastError().text());
}

QString when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The validation a record's service applies to it, for a record an undo wrote.
template<typename Service, typename Get, typename Validate>
Problems validated(Service service, Get get, Validate validate)
{
    const auto record = get(service);
    if (!record)
        return {};  // gone (an undone insert): nothing to check
    return errorsOnly(validate(service, *record));
}

} // namespace

Result<QList<Change>> ChangeHistory::list(const ChangeQuery &query) const
{
    QStringList where;
    QVariantList binds;
    if (query.entity) {
        where.append(QStringLiteral("entity = ?"));
        binds.append(*query.entity);
    }
    if (query.entityId) {
        where.append(kNamesRecord);
        binds << *query.entityId << *query.entityId << *query.entityId;
    }
    if (query.actor) {
        where.append(QStringLiteral("actor = ?"));
        binds.append(*query.actor);
    }
    if (query.since) {
        where.append(QStringLiteral("at >= ?"));
        binds.append(QDateTime(*query.since, QTime(0, 0)).toSecsSinceEpoch());
    }
    if (query.importId) {
        const auto range = ImportLogService(m_db).range(*query.importId);
        if (!range)
            return range.problems();
        where.append(QStringLiteral("id > ? AND id <= ?"));
        binds << range->first << range->second;
    }
    if (query.chamberId) {
        // The chamber's own lines, and those of every record that belongs to it: by the chamber
        // named in the values (an insert, a removal) or by the record's present chamber.
        QStringList parts{QStringLiteral("(entity IN ('chamber', 'registration') AND %1)").arg(kNamesRecord)};
        binds << *query.chamberId << *query.chamberId << *query.chamberId;
        QSqlQuery tables(m_db.sql());
        // The tables with a chamber_id, and the chamber_id a line's JSON names, as each backend reads them.
        const QString withChamber = m_db.isServer()
            ? QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON "
                             "a.attrelid = c.oid WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'chamber' AND "
                             "a.attname = 'chamber_id' AND NOT a.attisdropped ORDER BY c.relname")
            : QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name <> 'chamber' AND "
                             "EXISTS (SELECT 1 FROM pragma_table_info(m.name) p WHERE p.name = 'chamber_id') ORDER BY m.name");
        const auto chamberIn = [&](const QString &column) {
            return m_db.isServer() ? QStringLiteral("CAST(CAST(%1 AS jsonb) ->> 'chamber_id' AS BIGINT)").arg(column)
                                   : QStringLiteral("json_extract(%1, '$.chamber_id')").arg(column);
        };
        if (!tables.exec(withChamber))
            return database(tables);
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            parts.append(QStringLiteral("(entity = '%1' AND (%2 = ? OR %3 = ? OR entity_id IN (SELECT id FROM %1 WHERE chamber_id = ?) OR "
                                        "(entity_last_id IS NOT NULL AND EXISTS (SELECT 1 FROM %1 WHERE chamber_id = ? AND id BETWEEN "
                                        "change_log.entity_id AND change_log.entity_last_id))))")
                             .arg(table, chamberIn(QStringLiteral("new_values")), chamberIn(QStringLiteral("old_values"))));
            binds << *query.chamberId << *query.chamberId << *query.chamberId << *query.chamberId;
        }
        where.append(QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM change_log%2 ORDER BY id DESC%3")
                  .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                       query.limit < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(query.limit)));
    for (const auto &b : binds)
        q.addBindValue(b);
    const auto lines = sql::rows<Change>(q, changeFrom);
    if (!lines)
        return lines;
    // A line for several records becomes one change per record the query asks for.
    QList<Change> out;
    for (const Change &line : *lines) {
        if (query.limit >= 0 && out.size() >= query.limit)
            break;
        if (!line.isSpan()) {
            out.append(line);
            continue;
        }
        const auto records = spanRecords(line, query, query.limit < 0 ? -1 : query.limit - out.size());
        if (!records)
            return records.problems();
        for (qint64 record : *records)
            out.append(line.of(record));
    }
    return out;
}

Result<QList<qint64>> ChangeHistory::spanRecords(const Change &line, const ChangeQuery &query, qsizetype limit) const
{
    QList<qint64> records;
    if (query.chamberId && line.entity != QStringLiteral("chamber")) {
        // The line was chosen for having records of the chamber: those, as the table has them now.
        const TableShape &shape = RecordWrite::shape(m_db, line.entity);
        if (!shape.column(QStringLiteral("chamber_id")))
            return records;
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE chamber_id = ? AND %1 BETWEEN ? AND ? ORDER BY %1 DESC")
                      .arg(RecordWrite::keyColumn(shape), line.entity));
        if (auto s = sql::exec(q, {*query.chamberId, line.entityId, line.lastId}); !s)
            return s.problems();
        while (q.next() && (limit < 0 || records.size() < limit)) {
            const qint64 record = q.value(0).toLongLong();
            if (!query.entityId || *query.entityId == record)
                records.append(record);
        }
        if (auto end = sql::readEnd(q); !end)
            return end.problems();
        return records;
    }
    if (query.chamberId) {
        // A line of chambers: the chamber itself (if it is the record asked for, when one is).
        if (line.names(*query.chamberId) && (!query.entityId || *query.entityId == *query.chamberId))
            records.append(*query.chamberId);
        return records;
    }
    if (query.entityId) {
        if (line.names(*query.entityId))
            records.append(*query.entityId);
        return records;
    }
    for (qint64 record = line.lastId; record >= line.entityId && (limit < 0 || records.size() < limit); --record)
        records.append(record);
    return records;
}

Result<Change> ChangeHistory::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM change_log WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    const auto found = sql::rows<Change>(q, changeFrom);
    if (!found)
        return found.problems();
    if (found->isEmpty())
        return Problem::error(QStringLiteral("change"), tr("There is no change number %1 in the log.").arg(id));
    return found->first();
}

Result<QJsonObject> ChangeHistory::created(const Change &insert, QString *uid) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM change_log WHERE entity = ? AND entity_id = ? AND id > ? ORDER BY id").arg(kColumns));
    if (auto s = sql::exec(q, {insert.entity, insert.entityId, insert.id}); !s)
        return s.problems();
    QList<Change> later;
    std::optional<QJsonObject> removed;
    while (q.next()) {
        const Change c = changeFrom(q);
        if (c.isRemoval()) {
            removed = c.before;
            break;
        }
        if (c.hasValues && !c.isInsert())
            later.append(c);
    }
    QJsonObject values;
    if (removed) {
        values = *removed;
    } else {
        const auto row = RecordWrite::row(m_db, insert.entity, insert.entityId);
        if (!row)
            return row.problems();
        if (!row.value())
            return Problem::error(QStringLiteral("change"), tr("Change %1: the record is gone and the log does not say how.").arg(insert.id));
        for (auto it = row.value()->cbegin(); it != row.value()->cend(); ++it)
            values.insert(it.key(), RecordWrite::json(it.value()));
    }
    for (auto it = later.crbegin(); it != later.crend(); ++it)
        for (auto v = it->before.begin(); v != it->before.end(); ++v)
            values.insert(v.key(), v.value());
    if (uid)
        *uid = values.value(QStringLiteral("uid")).toString();
    const TableShape &shape = RecordWrite::shape(m_db, insert.entity);
    for (const QString &column : {QStringLiteral("rowid"), QStringLiteral("uid"), QStringLiteral("row_version"), QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), shape.rowidAlias})
        values.remove(column);
    // Left out as the log leaves them out: what the column's default gives.
    for (const auto &column : shape.columns)
        if (column.comparable && values.contains(column.name) && RecordWrite::same(RecordWrite::variant(values.value(column.name)), column.defaultValue))
            values.remove(column.name);
    return values;
}

Problems ChangeHistory::checkRules(const QString &table, qint64 id)
{
    auto check = [&](auto service, auto get, auto validate) { return validated(service, get, validate); };
    if (table == QStringLiteral("chamber"))
        return check(ChamberService(m_db), [&](ChamberService &s) { return s.get(id); }, [](ChamberService &s, const Chamber &r) { return s.validate(r); });
    if (table == QStringLiteral("honour"))
        return check(HonourService(m_db), [&](HonourService &s) { return s.get(id); }, [](HonourService &s, const Honour &r) { return s.validate(r); });
    if (table == QStringLiteral("member"))
        return check(MemberService(m_db), [&](MemberService &s) { return s.get(id); }, [](MemberService &s, const Member &r) { return s.validate(r); });
    if (table == QStringLiteral("party_disclosure"))
        return check(DisclosureService(m_db), [&](DisclosureService &s) { return s.get(id); },
                     [](DisclosureService &s, const Disclosure &r) { return s.validate(r); });
    if (table == QStringLiteral("service_request"))
        return check(ServiceRequestService(m_db), [&](ServiceRequestService &s) { return s.get(id); },
                     [](ServiceRequestService &s, const ServiceRequest &r) { return s.validate(r); });
    if (table == QStringLiteral("mediation_case"))
        return check(MediationCaseService(m_db), [&](MediationCaseService &s) { return s.get(id); },
                     [](MediationCaseService &s, const MediationCase &r) { return s.validate(r); });
    return {};  // the database's own constraints hold the other tables
}

Status ChangeHistory::undoInTransaction(const Change &change, qint64 laterThan)
{
    const QString detail = QString::number(change.id);
    const QString what = tr("change %1 (%2 number %3)").arg(change.id).arg(entityName(change.entity)).arg(change.entityId);
    if (!change.hasValues)
        return Problem::error(QStringLiteral("change"), tr("%1 cannot be undone: the log kept no values for it (it is a mark, or it was written "
                                                           "before the log kept values).")
                                                            .arg(what));
    if (change.action == kCascade)
        return Problem::error(QStringLiteral("change"), tr("%1 was removed together with the record before it in the log; undo that removal "
                                                           "and it comes back with it.")
                                                            .arg(what));
    const TableShape &shape = RecordWrite::shape(m_db, change.entity);
    if (!shape.exists)
        return Problem::error(QStringLiteral("change"), tr("%1 cannot be undone: there is no table %2.").arg(what, change.entity));
    if (laterThan > 0) {
        QSqlQuery later(m_db.sql());
        later.prepare(QStringLiteral("SELECT id, actor, at FROM change_log WHERE entity = ? AND entity_id = ? AND id > ? ORDER BY id DESC LIMIT 1"));
        if (auto s = sql::exec(later, {change.entity, change.entityId, laterThan}); !s)
            return s;
        if (later.next())
            return Problem::error(QStringLiteral("change"), tr("%1 cannot be undone: the record was changed again since (change %2, by %3 at %4). "
                                                               "Undo the later change first.")
                                                                .arg(what)
                                                                .arg(later.value(0).toLongLong())
                                                                .arg(later.value(1).toString(),
                                                                     when(sql::loggedAt(later.value(2)))));
    }
    auto current = RecordWrite::row(m_db, change.entity, change.entityId);
    if (!current)
        return current.problems();
    if (change.isRemoval()) {
        if (current.value())
            return Problem::error(QStringLiteral("change"), tr("%1 cannot be undone: number %2 is in use again.").arg(what).arg(change.entityId));
        if (auto s = RecordWrite::restore(m_db, change.entity, change.entityId, change.before, kUndo, detail); !s)
            return s;
        // What the removal took with it follows its line.
        QSqlQuery taken(m_db.sql());
        taken.prepare(QStringLiteral("SELECT %1 FROM change_log WHERE id > ? ORDER BY id LIMIT 10000").arg(kColumns));
        if (auto s = sql::exec(taken, {change.id}); !s)
            return s;
        QList<Change> children;
        while (taken.next()) {
            const Change child = changeFrom(taken);
            if (child.action != kCascade)
                break;
            children.append(child);
        }
        // A record removed with it comes back; a reference the removal emptied is set again.
        for (const Change &child : children) {
            if (child.isRemoval()) {
                if (auto s = RecordWrite::restore(m_db, child.entity, child.entityId, child.before, kUndo, detail); !s)
                    return s;
                continue;
            }
            sql::Values values;
            for (auto it = child.before.begin(); it != child.before.end(); ++it)
                values.append({it.key(), RecordWrite::variant(it.value())});
            if (auto s = sql::update(m_db, child.entity, child.entityId, values, {}, kUndo, detail); !s)
                return s;
        }
        return success();
    }
    if (!current.value())
        return Problem::error(QStringLiteral("change"), tr("%1 cannot be undone: the record no longer exists.").arg(what));
    // The record must still hold what the change wrote, or something else wrote to it unlogged.
    for (auto it = change.after.begin(); it != change.after.end(); ++it)
        if (shape.column(it.key()) && !RecordWrite::same(current.value()->value(it.key()), RecordWrite::variant(it.value())))
            return Problem::error(QStringLiteral("change"), tr("%1 cannot be undone: its field %2 no longer holds the value the change wrote.")
                                                                .arg(what, it.key()));
    if (change.isInsert()) {
        for (const auto &child : shape.children) {
            if (!child.cascade)
                continue;
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(child.table, child.column));
            const QVariant key = child.parentColumn.isEmpty() ? QVariant(change.entityId) : current.value()->value(child.parentColumn);
            if (auto s = sql::exec(q, {key}); !s)
                return s;
            if (q.next() && q.value(0).toInt() > 0)
                return Problem::error(QStringLiteral("change"), tr("%1 cannot be undone: %2 records of %3 belong to it now. Remove them first.")
                                                                    .arg(what)
                                                                    .arg(q.value(0).toInt())
                                                                    .arg(child.table));
        }
        return sql::remove(m_db, change.entity, change.entityId, {}, kUndo, detail);
    }
    sql::Values values;
    for (auto it = change.before.begin(); it != change.before.end(); ++it)
        if (shape.column(it.key()))
            values.append({it.key(), RecordWrite::variant(it.value())});
    return sql::update(m_db, change.entity, change.entityId, values, {}, kUndo, detail);
}

Status ChangeHistory::undo(qint64 changeId, std::optional<qint64> record)
{
    const auto line = get(changeId);
    if (!line)
        return line.problems();
    if (record && !line->names(*record))
        return Problem::error(QStringLiteral("change"), tr("Change %1 is not about %2 number %3.").arg(changeId).arg(entityName(line->entity)).arg(*record));
    // One undo takes back one record: a line for several records (an import's, the demo's) never
    // takes all of them back at once by mistake. A whole import is undone as an import.
    if (line->isSpan() && !record)
        return Problem::error(QStringLiteral("change"), tr("Change %1 added %2 records of %3 (numbers %4 to %5) together. Say which one to undo "
                                                           "(chamberctl: --record N); a whole import is undone with chamberctl import undo.")
                                                            .arg(changeId)
                                                            .arg(line->lastId - line->entityId + 1)
                                                            .arg(entityName(line->entity))
                                                            .arg(line->entityId)
                                                            .arg(line->lastId));
    const Change change = record ? line->of(*record) : *line;
    return sql::write<Done>(m_db, [&]() -> Status {
        if (auto s = undoInTransaction(change, change.id); !s)
            return s;
        const Problems broken = checkRules(change.entity, change.entityId);
        if (!broken.isEmpty()) {
            Problems out{Problem::error(QStringLiteral("change"), tr("Change %1 cannot be undone: the record would break a rule.").arg(changeId))};
            return out + broken;
        }
        return success();
    });
}

Result<int> ChangeHistory::undoImport(qint64 importId)
{
    ImportLogService imports(m_db);
    const auto entry = imports.entry(importId);
    if (!entry)
        return entry.problems();
    const auto range = imports.range(importId);
    if (!range)
        return range.problems();
    const auto [first, last] = range.value();
    {
        QSqlQuery undone(m_db.sql());
        undone.prepare(QStringLiteral("SELECT actor, at FROM change_log WHERE entity = 'import' AND entity_id = ? AND action = ?"));
        if (auto s = sql::exec(undone, {importId, kUndo}); !s)
            return s.problems();
        if (undone.next())
            return Problem::error(QStringLiteral("import"), tr("Import %1 (%2) was already undone by %3 at %4.")
                                                                .arg(importId)
                                                                .arg(entry->fileName, undone.value(0).toString(),
                                                                     when(sql::loggedAt(undone.value(1)))));
    }
    ChangeQuery query;
    query.importId = importId;
    query.limit = -1;
    const auto changes = list(query);  // newest first: the order to revert them in
    if (!changes)
        return changes.problems();
    // Refused as a whole, naming every record changed since the import.
    Problems since;
    QSqlQuery later(m_db.sql());
    later.prepare(QStringLiteral("SELECT id, actor, at FROM change_log WHERE entity = ? AND entity_id = ? AND id > ? ORDER BY id DESC LIMIT 1"));
    for (const Change &c : *changes) {
        if (!c.hasValues || c.action == kCascade)
            continue;
        if (auto s = sql::exec(later, {c.entity, c.entityId, last}); !s)
            return s.problems();
        if (later.next())
            since.append(Problem::error(QStringLiteral("import"), tr("%1 number %2 was changed since the import (change %3, by %4 at %5).")
                                                                      .arg(entityName(c.entity))
                                                                      .arg(c.entityId)
                                                                      .arg(later.value(0).toLongLong())
                                                                      .arg(later.value(1).toString(),
                                                                           when(sql::loggedAt(later.value(2))))));
        later.finish();
    }
    if (!since.isEmpty())
        return Problems{Problem::error(QStringLiteral("import"), tr("Import %1 (%2) cannot be undone: %n of its records changed since. Undo "
                                                                    "those changes first, or keep the import.",
                                                                    nullptr, int(since.size()))
                                                                     .arg(importId)
                                                                     .arg(entry->fileName))}
            + since;
    return sql::write<int>(m_db, [&]() -> Result<int> {
        int reverted = 0;
        for (const Change &c : *changes) {
            if (c.entity == QStringLiteral("import") || c.action == kCascade)
                continue;  // the marks stay; a cascade comes back with its removal
            if (!c.hasValues)
                return Problem::error(QStringLiteral("import"), tr("Import %1 cannot be undone: change %2 was logged without its values.")
                                                                    .arg(importId)
                                                                    .arg(c.id));
            if (auto s = undoInTransaction(c, 0); !s)
                return s.problems();
            ++reverted;
        }
        for (const Change &c : *changes)
            if (c.hasValues && c.action != kCascade)
                if (const Problems broken = checkRules(c.entity, c.entityId); !broken.isEmpty())
                    return Problems{Problem::error(QStringLiteral("import"), tr("Import %1 cannot be undone: a record would break a rule.").arg(importId))}
                        + broken;
        if (auto s = m_db.log(QStringLiteral("import"), importId, kUndo, QString::number(reverted)); !s)
            return s.problems();
        return reverted;
    });
}

} // namespace chamber
