// SPDX-License-Identifier: GPL-3.0-or-later
// What the write path knows of a table (its columns, defaults, rowid and the rows that go with a
// removal) and of values (as JSON, compared as SQLite stores them). The writes: RecordWritePath.cpp.
#include "RecordWrite.h"
#include "RecordSql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
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

// Bookkeeping columns the log leaves out of an insert or update: its own line says when.
} // namespace

const TableShape &RecordWrite::shape(Database &db, const QString &table)
{
    auto &shapes = db.writeState().shapes;
    if (auto it = shapes.constFind(table); it != shapes.constEnd())
        return it.value();
    TableShape shape;
    QSqlQuery q(db.sql());
    int primaryKeys = 0;
    QString primaryKey, primaryType;
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next()) {
            TableShape::Column column;
            column.name = q.value(1).toString();
            const auto [value, comparable] = parseDefault(q.value(4));
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
    if (shape.exists && q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
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

Result<std::optional<QVariantMap>> RecordWrite::row(Database &db, const QString &table, qint64 rowid)
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT rowid AS rowid, * FROM %1 WHERE rowid = ?").arg(table));
    q.addBindValue(rowid);
    if (!q.exec())
        return Problem::error(QStringLiteral("database"), q.lastError().text());
    if (!q.next())
        return std::optional<QVariantMap>();
    const QSqlRecord record = q.record();
    QVariantMap out;
    for (int i = 0; i < record.count(); ++i)
        out.insert(record.fieldName(i), record.value(i));
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
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT actor, at FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(rowid);
    if (!q.exec() || !q.next())
        return {};
    const QString actor = q.value(0).toString();
    const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    q.finish();
    return tr("%1 at %2").arg(actor, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace chamber
