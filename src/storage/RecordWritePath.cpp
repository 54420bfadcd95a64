// SPDX-License-Identifier: GPL-3.0-or-later
// The one write path: every insert, update and removal of a record goes through here, leaves its
// change_log line with the values before and after, and keeps row_version honest.
#include "RecordWrite.h"
#include "RecordSql.h"
#include "Uid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSet>

#include <cmath>

namespace chamber {

namespace {

const QString kRowid = QStringLiteral("rowid");
const QString kCreatedAt = QStringLiteral("created_at");
const QString kUpdatedAt = QStringLiteral("updated_at");
const QString kRowVersion = QStringLiteral("row_version");
const QString kUid = QStringLiteral("uid");

bool bookkeeping(const QString &column)
{
    return column == kCreatedAt || column == kUpdatedAt || column == kRowVersion || column == kUid;
}

QByteArray compact(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString key(const QString &table, qint64 rowid)
{
    return table + QLatin1Char('/') + QString::number(rowid);
}

Problem failed(const QSqlQuery &q)
{
    return Problem::error(QStringLiteral("database"), q.lastError().text());
}

QString noRow(const QString &table, qint64 rowid)
{
    return RecordWrite::tr("There is no record number %1 in %2.").arg(rowid).arg(table);
}

// The row image a removal keeps: every column but the rowid, leaving out only what the table's
// default would give back (so that putting it back restores it exactly).
QJsonObject fullImage(const TableShape &shape, const QVariantMap &row)
{
    QJsonObject out;
    for (const auto &column : shape.columns) {
        if (column.name == shape.rowidAlias)
            continue;
        const QVariant value = row.value(column.name);
        if (column.comparable && RecordWrite::same(value, column.defaultValue))
            continue;
        out.insert(column.name, RecordWrite::json(value));
    }
    return out;
}

// Closes the open span lines (WriteState::spans) of every table whose rows refer to table's, at
// any depth.
void closeSpansBelow(Database &db, const QString &table)
{
    auto &spans = db.writeState().spans;
    if (spans.isEmpty())
        return;
    QStringList pending{table};
    QSet<QString> seen{table};
    while (!pending.isEmpty()) {
        const QString parent = pending.takeLast();
        for (const QString &child : RecordWrite::shape(db, parent).referrers) {
            if (seen.contains(child))
                continue;
            seen.insert(child);
            spans.remove(child);
            pending.append(child);
        }
    }
}

Status writeLine(Database &db, const QString &table, qint64 rowid, const QString &action, const QString &detail, const QJsonObject &before,
                 const QJsonObject &after, bool insert)
{
    // A file's insert line that names its record alone ("{}": a record with a uid, whose values
    // are its own) takes the next records of its kind this transaction adds by the same action:
    // one line for an import's or the demo's thousands (schema version 11; readers give it as one
    // change per record). A server writes a line per record: its row-level security scopes each
    // line by one chamber.
    const bool spannable = insert && after.isEmpty() && !db.isServer() && db.inTransaction() && RecordWrite::shape(db, table).column(kUid);
    WriteState &state = db.writeState();
    if (spannable) {
        const auto open = state.spans.find(table);
        if (open != state.spans.end() && open->last + 1 == rowid && open->action == action && open->detail == detail) {
            if (auto s = db.logAlso(open->line, table, rowid, action); !s)
                return s;
            open->last = rowid;
            state.lines.insert(key(table, rowid), {open->line, true});
            return success();
        }
    }
    // An insert's line always has its new values ("{}" when every value is the default), so that
    // it reads as an insert; a line with neither is one from before the log kept values.
    auto id = db.log(table, rowid, action, detail, compact(before), insert && after.isEmpty() ? QByteArray("{}") : compact(after));
    if (!id)
        return id.problems();
    state.lines.insert(key(table, rowid), {id.value(), insert});
    if (insert) {
        // A new line for a record: the open lines of the kinds that may refer to it are closed, so
        // that a record always comes after (in the log's order) every record it refers to, and an
        // undo of the whole, newest first, takes the children before their parents.
        closeSpansBelow(db, table);
        if (spannable)
            state.spans.insert(table, {id.value(), rowid, rowid, action, detail});
        else
            state.spans.remove(table);
    }
    return success();
}

// Folds an update into the line the same transaction already wrote for the row (its insert or an
// earlier update): the line keeps the values before the transaction and gets the values after.
// False when there is no such line (or it could not be read back), and a line of its own is due.
bool merge(Database &db, const QString &table, qint64 rowid, const QJsonObject &before, const QJsonObject &after)
{
    auto &lines = db.writeState().lines;
    const auto found = lines.constFind(key(table, rowid));
    if (found == lines.constEnd())
        return false;
    const WriteState::Line line = found.value();
    if (line.insert && RecordWrite::shape(db, table).column(kUid))
        return true;  // an insert's line names the record; its values are the record's own
    Statement &read = db.statement(QStringLiteral("SELECT old_values, new_values FROM change_log WHERE id = ? AND entity = ? AND entity_id = ?"));
    read.addBindValue(line.id);
    read.addBindValue(table);
    read.addBindValue(rowid);
    if (!read.exec() || !read.next())
        return false;
    QJsonObject oldValues = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object();
    QJsonObject newValues = QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object();
    read.finish();
    const TableShape &shape = RecordWrite::shape(db, table);
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QString column = it.key();
        if (line.insert) {
            const auto *c = shape.column(column);
            if (c && c->comparable && RecordWrite::same(RecordWrite::variant(it.value()), c->defaultValue))
                newValues.remove(column);
            else
                newValues.insert(column, it.value());
            continue;
        }
        if (!oldValues.contains(column))
            oldValues.insert(column, before.value(column));
        if (RecordWrite::same(RecordWrite::variant(oldValues.value(column)), RecordWrite::variant(it.value()))) {
            oldValues.remove(column);
            newValues.remove(column);
        } else {
            newValues.insert(column, it.value());
        }
    }
    if (!line.insert && oldValues.isEmpty()) {
        // The transaction put every value back: the row's net change is none, and so is its line.
        Statement &drop = db.statement(QStringLiteral("DELETE FROM change_log WHERE id = ?"));
        drop.addBindValue(line.id);
        lines.remove(key(table, rowid));
        return drop.exec();
    }
    Statement &write = db.statement(QStringLiteral("UPDATE change_log SET old_values = ?, new_values = ? WHERE id = ?"));
    const QByteArray o = compact(oldValues), n = compact(newValues);
    write.addBindValue(o.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(o)));
    write.addBindValue(QString::fromUtf8(n.isEmpty() ? QByteArray("{}") : n));
    write.addBindValue(line.id);
    return write.exec();
}

// Logs what a removal of the row takes with it: the rows that cascade (each a "cascade" line
// after the removal's own, parents before their children) and the references that become NULL
// (written as updates, so that they are logged like any).
Status takeChildren(Database &db, const TableShape &shape, const QVariantMap &parent)
{
    for (const auto &child : shape.children) {
        const QVariant value = child.parentColumn.isEmpty() ? parent.value(kRowid) : parent.value(child.parentColumn);
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        const QString childKey = RecordWrite::keyColumn(RecordWrite::shape(db, child.table));
        q.prepare(QStringLiteral("SELECT %3 FROM %1 WHERE %2 = ? ORDER BY %3").arg(child.table, child.column, childKey));
        q.addBindValue(value);
        if (!q.exec())
            return failed(q);
        QList<qint64> rowids;
        while (q.next())
            rowids.append(q.value(0).toLongLong());
        for (qint64 rowid : rowids) {
            if (!child.cascade) {
                if (auto s = sql::update(db, child.table, rowid, {{child.column, QVariant()}}, {}, QStringLiteral("cascade")); !s)
                    return s;
                continue;
            }
            auto row = RecordWrite::row(db, child.table, rowid);
            if (!row)
                return row.problems();
            if (!row.value())
                continue;
            const TableShape &childShape = RecordWrite::shape(db, child.table);
            if (auto s = writeLine(db, child.table, rowid, QStringLiteral("cascade"), {}, fullImage(childShape, **row), {}, false); !s)
                return s;
            db.writeState().lines.remove(key(child.table, rowid));
            if (auto s = takeChildren(db, childShape, **row); !s)
                return s;
        }
    }
    return success();
}

Status checkVersion(Database &db, const QString &table, qint64 rowid, const QVariantMap &row, std::optional<qint64> expected)
{
    if (!expected || !row.contains(kRowVersion))
        return success();
    const qint64 stored = row.value(kRowVersion).toLongLong();
    if (stored == *expected)
        return success();
    const QString who = RecordWrite::lastSaved(db, table, rowid);
    const QString message = who.isEmpty()
        ? RecordWrite::tr("Someone else saved this record after you opened it (you opened version %1; it is now version %2). Nothing was "
                          "saved, so that their change is not overwritten: reload the record and make your change again.")
              .arg(*expected)
              .arg(stored)
        : RecordWrite::tr("%1 saved this record after you opened it (you opened version %2; it is now version %3). Nothing was saved, so "
                          "that their change is not overwritten: reload the record and make your change again.")
              .arg(who)
              .arg(*expected)
              .arg(stored);
    return Problem::error(kRowVersion, message);
}

// INSERT INTO table (columns) VALUES (?, …): made for every record written, so without lists
// of marks to join.
QString insertText(const QString &table, const QStringList &columns)
{
    QString text;
    text.reserve(40 + table.size() + 24 * columns.size());
    text += QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (");
    for (qsizetype i = 0; i < columns.size(); ++i)
        text += i ? QStringLiteral(", ?") : QStringLiteral("?");
    text += u')';
    return text;
}

} // namespace

Status RecordWrite::restore(Database &db, const QString &table, qint64 rowid, const QJsonObject &values, const QString &action,
                            const QString &detail)
{
    const TableShape &shape = RecordWrite::shape(db, table);
    QStringList columns{RecordWrite::keyColumn(shape)};
    QVariantList binds{rowid};
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!shape.column(it.key()) || it.key() == shape.rowidAlias)
            continue;
        columns.append(it.key());
        // A record put back is a new version of it: anyone holding the old one must reload.
        if (it.key() == kRowVersion)
            binds.append(QVariant(it.value().toInteger() + 1));
        else if (it.key() == kUid)
            binds.append(Uid::stored(db, variant(it.value())));  // the image holds the text (Uid.h)
        else
            binds.append(variant(it.value()));
    }
    QSqlQuery q(db.sql());
    q.prepare(insertText(table, columns));
    if (auto s = sql::exec(q, binds); !s)
        return s;
    return writeLine(db, table, rowid, action, detail, {}, fullImage(shape, *RecordWrite::row(db, table, rowid).value()), true);
}

namespace sql {

Result<qint64> insert(Database &db, const QString &table, const Values &values, const QString &action, const QString &detail)
{
    const TableShape &shape = RecordWrite::shape(db, table);
    QStringList columns;
    QVariantList binds;
    QJsonObject after;
    bool created = false, updated = false;
    QString uid;
    const bool hasUid = shape.column(kUid) != nullptr;  // then the line holds the uid alone (below)
    for (const auto &[column, value] : values) {
        columns.append(column);
        created |= column == kCreatedAt;
        updated |= column == kUpdatedAt;
        if (column == kUid) {
            // Given as text (or as a file's 16 bytes, by a server import): kept as this database
            // keeps uids (Uid.h).
            uid = Uid::text(value);
            binds.append(Uid::stored(db, value));
        } else {
            binds.append(value);
        }
        if (hasUid)
            continue;
        const auto *c = shape.column(column);
        if (!bookkeeping(column) && !(c && c->comparable && RecordWrite::same(value, c->defaultValue)))
            after.insert(column, RecordWrite::json(value));
    }
    // A record's insert line holds no values ("{}"): they are the record's own, uid included,
    // with the old values of the later lines put back, or its removal's line once it is gone
    // (ChangeHistory::created). That keeps the log small: the line is most of what an import or
    // the demo writes (schema version 10 dropped the uid it used to repeat).
    if (hasUid && uid.isEmpty()) {
        columns.append(kUid);
        binds.append(Uid::fresh(db));
    }
    const QString stamp = now();
    if (shape.createdAt && !created) {
        columns.append(kCreatedAt);
        binds.append(stamp);
    }
    if (shape.updatedAt && !updated) {
        columns.append(kUpdatedAt);
        binds.append(stamp);
    }
    Statement &q = db.statement(insertText(table, columns) + db.returning(RecordWrite::keyColumn(shape)));
    if (auto s = exec(q, binds); !s)
        return s.problems();
    const std::optional<qint64> inserted = q.insertedKey();
    q.finish();
    if (!inserted)
        return Problem::error(QStringLiteral("database"), q.lastError().text());
    const qint64 rowid = *inserted;
    // The line holds something even when every value is the default, so that it reads as an insert.
    if (auto s = writeLine(db, table, rowid, action, detail, {}, after, true); !s)
        return s.problems();
    return rowid;
}

Status update(Database &db, const QString &table, qint64 id, const Values &values, std::optional<qint64> expectedVersion, const QString &action,
              const QString &detail)
{
    const TableShape &shape = RecordWrite::shape(db, table);
    QStringList columns;
    for (const auto &[column, value] : values)
        columns.append(column);
    auto stored = RecordWrite::row(db, table, id, columns);
    if (!stored)
        return stored.problems();
    if (!stored.value())
        return Problem::error(QStringLiteral("id"), noRow(table, id));
    const QVariantMap &before = **stored;
    if (auto s = checkVersion(db, table, id, before, expectedVersion); !s)
        return s;
    QStringList sets;
    QVariantList binds;
    QJsonObject oldValues, newValues;
    for (const auto &[column, value] : values) {
        if (column == kUpdatedAt || column == kRowVersion)
            continue;
        if (before.contains(column) && RecordWrite::same(before.value(column), value))
            continue;
        sets.append(column + QStringLiteral(" = ?"));
        binds.append(value);
        oldValues.insert(column, RecordWrite::json(before.value(column)));
        newValues.insert(column, RecordWrite::json(value));
    }
    if (sets.isEmpty())
        return success();  // nothing changed: nothing written, the version stays
    if (shape.updatedAt) {
        sets.append(kUpdatedAt + QStringLiteral(" = ?"));
        binds.append(now());
    }
    if (shape.rowVersion)
        sets.append(QStringLiteral("row_version = row_version + 1"));
    binds.append(id);
    // The version read above must still be the row's when it is written: on a server, another
    // writer's transaction may have saved it in between (SQLite lets one writer in at a time).
    const bool guarded = expectedVersion && shape.rowVersion;
    if (guarded)
        binds.append(before.value(kRowVersion));
    Statement &q = db.statement(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?%4")
                                   .arg(table, sets.join(QStringLiteral(", ")), RecordWrite::keyColumn(shape),
                                        guarded ? QStringLiteral(" AND row_version = ?") : QString()));
    if (auto s = exec(q, binds); !s)
        return s;
    if (guarded && q.numRowsAffected() == 0) {
        const auto now = RecordWrite::row(db, table, id);
        return checkVersion(db, table, id, now && now.value() ? **now : QVariantMap{{kRowVersion, -1}}, expectedVersion);
    }
    // A cascade's lines stay apart: undoing the removal finds them after its own line.
    if (detail.isEmpty() && action != QStringLiteral("cascade") && merge(db, table, id, oldValues, newValues))
        return success();
    return writeLine(db, table, id, action, detail, oldValues, newValues, false);
}

Status remove(Database &db, const QString &table, qint64 id, std::optional<qint64> expectedVersion, const QString &action, const QString &detail)
{
    const TableShape &shape = RecordWrite::shape(db, table);
    auto stored = RecordWrite::row(db, table, id);
    if (!stored)
        return stored.problems();
    if (!stored.value())
        return Problem::error(QStringLiteral("id"), noRow(table, id));
    if (auto s = checkVersion(db, table, id, **stored, expectedVersion); !s)
        return s;
    if (auto s = writeLine(db, table, id, action, detail, fullImage(shape, **stored), {}, false); !s)
        return s;
    db.writeState().lines.remove(key(table, id));
    if (auto s = takeChildren(db, shape, **stored); !s)
        return s;
    const bool guarded = expectedVersion && shape.rowVersion;
    Statement &q = db.statement(QStringLiteral("DELETE FROM %1 WHERE %2 = ?%3")
                                   .arg(table, RecordWrite::keyColumn(shape), guarded ? QStringLiteral(" AND row_version = ?") : QString()));
    if (auto s = exec(q, guarded ? QVariantList{id, stored.value()->value(kRowVersion)} : QVariantList{id}); !s)
        return s;
    if (guarded && q.numRowsAffected() == 0) {
        const auto now = RecordWrite::row(db, table, id);
        return checkVersion(db, table, id, now && now.value() ? **now : QVariantMap{{kRowVersion, -1}}, expectedVersion);
    }
    return success();
}

Result<qint64> rowVersion(Database &db, const QString &table, qint64 id)
{
    auto stored = RecordWrite::row(db, table, id);
    if (!stored)
        return stored.problems();
    if (!stored.value())
        return Problem::error(QStringLiteral("id"), noRow(table, id));
    return stored.value()->value(kRowVersion, 1).toLongLong();
}

Result<qint64> addRecord(Database &db, const QString &table, const Values &values)
{
    return write<qint64>(db, [&]() { return insert(db, table, values); });
}

Status updateRecord(Database &db, const QString &table, qint64 id, const Values &values, std::optional<qint64> expectedVersion)
{
    return write<Done>(db, [&]() { return update(db, table, id, values, expectedVersion); });
}

Status removeRecord(Database &db, const QString &table, qint64 id, std::optional<qint64> expectedVersion)
{
    return write<Done>(db, [&]() { return remove(db, table, id, expectedVersion); });
}

Result<qint64> addChecked(Database &db, const QString &table, const Problems &problems, const Values &values)
{
    if (hasErrors(problems))
        return problems;
    auto id = addRecord(db, table, values);
    return id ? Result<qint64>(id.value(), problems) : id;
}

Status updateChecked(Database &db, const QString &table, qint64 id, const Problems &problems, const Values &values,
                     std::optional<qint64> expectedVersion)
{
    if (hasErrors(problems))
        return problems;
    if (auto s = updateRecord(db, table, id, values, expectedVersion); !s)
        return s;
    return success(problems);
}

} // namespace sql

} // namespace chamber
