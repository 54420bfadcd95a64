// SPDX-License-Identifier: GPL-3.0-or-later
// What the write path knows of a table (its columns, defaults, rowid and the rows that go with a
// removal) and of values (as JSON, compared as SQLite stores them). The writes: RecordWritePath.cpp.
#include "RecordWrite.h"
#include "RecordSql.h"
#include "Uid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <cmath>

namespace chamber {

namespace {

const QString kCreatedAt = QStringLiteral("created_at");
const QString kUpdatedAt = QStringLiteral("updated_at");
const QString kRowVersion = QStringLiteral("row_version");
const QString kUid = QStringLiteral("uid");

bool nullish(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull());
}

// A declared default as SQLite writes it: 'text', a number, NULL, or an expression in brackets.
std::pair<QVariant, bool> parseDefault(const QVariant &declared)
{
    if (nullish(declared))
        return {QVariant(), true};
    const QString text = declared.toString().trimmed();
    if (text.compare(QStringLiteral("NULL"), Qt::CaseInsensitive) == 0)
        return {QVariant(), true};
    if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
        return {text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'")), true};
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (ok)
        return {n, true};
    return {QVariant(), false};
}

// PostgreSQL's description of a table in the columns of SQLite's PRAGMA table_info (cid, name,
// type, notnull, dflt_value, pk): a 64-bit integer reads INTEGER, and the rowid column a table
// without an integer key has (0001_foundation.pg.sql) is left out, as SQLite leaves out its rowid.
const QString kServerTableInfo = QStringLiteral(
    "SELECT a.attnum, a.attname, CASE WHEN t.typname IN ('int8', 'int4', 'int2') THEN 'INTEGER' ELSE upper(t.typname) END, "
    "a.attnotnull, pg_get_expr(d.adbin, d.adrelid), CASE WHEN a.attnum = ANY(i.indkey) THEN 1 ELSE 0 END "
    "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
    "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary "
    "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'rowid' ORDER BY a.attnum");
// The single-column foreign keys that refer to a table, as (table, column, parent column, on delete).
const QString kServerReferences = QStringLiteral(
    "SELECT c.conrelid::regclass::text, a.attname, pa.attname, "
    "CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' ELSE 'NO ACTION' END "
    "FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
    "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1] "
    "WHERE c.contype = 'f' AND c.confrelid = to_regclass(?) AND cardinality(c.conkey) = 1 ORDER BY 1, 2");

// A PostgreSQL default as SQLite would write it: ''::text → '', 'active'::text → 'active'.
QVariant serverDefault(const QVariant &declared)
{
    if (nullish(declared))
        return declared;
    static const QRegularExpression cast(QStringLiteral("^(.*)::[a-z ]+$"));
    const QString text = declared.toString().trimmed();
    const auto match = cast.match(text);
    if (!match.hasMatch())
        return text;
    QString inner = match.captured(1);
    // '-1'::integer is a number
    static const QRegularExpression quotedNumber(QStringLiteral("^'(-?[0-9]+)'$"));
    if (const auto n = quotedNumber.match(inner); n.hasMatch() && !text.endsWith(QStringLiteral("::text")))
        return n.captured(1);
    if (inner.startsWith(QLatin1Char('\'')))
        return inner;
    return text;  // an expression (gen_random_uuid()::text): not comparable
}
} // namespace

QString RecordWrite::keyColumn(const TableShape &shape)
{
    return shape.rowidAlias.isEmpty() ? QStringLiteral("rowid") : shape.rowidAlias;
}

const TableShape &RecordWrite::shape(Database &db, const QString &table)
{
    auto &shapes = db.writeState().shapes;
    if (auto it = shapes.constFind(table); it != shapes.constEnd())
        return it.value();
    TableShape shape;
    QSqlQuery q(db.sql());
    int primaryKeys = 0;
    QString primaryKey, primaryType;
    bool described = false;
    if (db.isServer()) {
        q.prepare(kServerTableInfo);
        q.addBindValue(table);
        described = q.exec();
    } else {
        described = q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    }
    if (described) {
        while (q.next()) {
            TableShape::Column column;
            column.name = q.value(1).toString();
            const auto [value, comparable] = parseDefault(db.isServer() ? serverDefault(q.value(4)) : q.value(4));
            column.defaultValue = value;
            column.comparable = comparable;
            shape.columns.append(column);
            if (q.value(5).toInt() > 0) {
                ++primaryKeys;
                primaryKey = column.name;
                primaryType = q.value(2).toString();
            }
        }
    }
    shape.exists = !shape.columns.isEmpty();
    if (primaryKeys == 1 && primaryType.compare(QStringLiteral("INTEGER"), Qt::CaseInsensitive) == 0)
        shape.rowidAlias = primaryKey;
    shape.createdAt = shape.column(kCreatedAt);
    shape.updatedAt = shape.column(kUpdatedAt);
    shape.rowVersion = shape.column(kRowVersion);
    // The tables whose rows refer to this one and go (or lose the reference) when a row of it goes.
    if (shape.exists && db.isServer()) {
        q.prepare(kServerReferences);
        q.addBindValue(table);
        if (q.exec()) {
            while (q.next()) {
                if (!shape.referrers.contains(q.value(0).toString()))
                    shape.referrers.append(q.value(0).toString());
                const QString onDelete = q.value(3).toString();
                if (onDelete != QStringLiteral("CASCADE") && onDelete != QStringLiteral("SET NULL"))
                    continue;
                QString parentColumn = q.value(2).toString();
                if (parentColumn == shape.rowidAlias)
                    parentColumn.clear();
                shape.children.append({q.value(0).toString(), q.value(1).toString(), parentColumn, onDelete == QStringLiteral("CASCADE")});
            }
        }
    } else if (shape.exists && q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        for (const QString &other : tables) {
            QSqlQuery fk(db.sql());
            if (!fk.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(other)))
                continue;
            while (fk.next()) {
                if (fk.value(2).toString() != table)
                    continue;
                if (!shape.referrers.contains(other))
                    shape.referrers.append(other);
                const QString onDelete = fk.value(6).toString().toUpper();
                if (onDelete != QStringLiteral("CASCADE") && onDelete != QStringLiteral("SET NULL"))
                    continue;
                QString parentColumn = fk.value(4).toString();
                if (parentColumn == shape.rowidAlias)
                    parentColumn.clear();
                shape.children.append({other, fk.value(3).toString(), parentColumn, onDelete == QStringLiteral("CASCADE")});
            }
        }
    }
    return shapes.insert(table, shape).value();
}

Result<std::optional<QVariantMap>> RecordWrite::row(Database &db, const QString &table, qint64 rowid, const QStringList &columns)
{
    const TableShape &tableShape = shape(db, table);
    const QString key = keyColumn(tableShape);
    QString selected = QStringLiteral("*");
    if (!columns.isEmpty()) {
        // Only the columns asked (an update's): the whole row of a wide table was most of a write.
        QStringList kept;
        for (const auto &column : columns)
            if (tableShape.column(column) && !kept.contains(column))
                kept.append(column);
        if (tableShape.rowVersion && !kept.contains(kRowVersion))
            kept.append(kRowVersion);
        selected = kept.isEmpty() ? QStringLiteral("1 AS rowid_only") : kept.join(QStringLiteral(", "));
    }
    Statement &q = db.statement(QStringLiteral("SELECT %2 AS rowid, %3 FROM %1 WHERE %2 = ?").arg(table, key, selected));
    q.addBindValue(rowid);
    if (!q.exec())
        return Problem::error(QStringLiteral("database"), q.lastError().text());
    if (!q.next()) {
        const Status end = sql::readEnd(q);
        q.finish();
        if (!end)
            return end.problems();
        return std::optional<QVariantMap>();
    }
    QVariantMap out;
    for (int i = 0, n = q.columnCount(); i < n; ++i) {
        const QString name = q.columnName(i);
        // A file's uid is 16 bytes: the row, and every image of it the log keeps, has its text.
        out.insert(name, name == kUid ? QVariant(Uid::text(q.value(i))) : q.value(i));
    }
    q.finish();
    return std::optional<QVariantMap>(out);
}

QJsonValue RecordWrite::json(const QVariant &value)
{
    if (nullish(value))
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant RecordWrite::variant(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9.0e15)
            return QVariant::fromValue(qint64(d));
        return d;
    }
    return value.toString();
}

bool RecordWrite::same(const QVariant &a, const QVariant &b)
{
    const bool aNull = nullish(a), bNull = nullish(b);
    if (aNull || bNull)
        return aNull == bNull;
    auto text = [](const QVariant &v) -> QString {
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        if (v.typeId() == QMetaType::Double) {
            const double d = v.toDouble();
            if (d == std::floor(d) && std::abs(d) < 9.0e15)
                return QString::number(qint64(d));
        }
        return v.toString();
    };
    return text(a) == text(b);
}

QString RecordWrite::lastSaved(Database &db, const QString &table, qint64 rowid)
{
    // Its own lines, or the line for several records (schema version 11) that covers it: each by its index.
    Statement &q = db.statement(QStringLiteral("SELECT actor, at FROM (SELECT id, actor, at FROM change_log WHERE entity = ? AND entity_id = ? UNION ALL "
                                               "SELECT id, actor, at FROM change_log WHERE entity = ? AND entity_last_id >= ? AND entity_id < ?) AS covering "
                                               "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(rowid);
    q.addBindValue(table);
    q.addBindValue(rowid);
    q.addBindValue(rowid);
    if (!q.exec() || !q.next())
        return {};
    const QString actor = q.value(0).toString();
    const QDateTime at = sql::loggedAt(q.value(1));
    q.finish();
    return tr("%1 at %2").arg(actor, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace chamber
