// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordSql.h"
#include "ExchangeGuard.h"

#include <QRegularExpression>

#include "Dates.h"

#include <QDateTime>
#include <QSqlError>

namespace chamber::sql {

QVariant date(const std::optional<QDate> &d)
{
    return d ? QVariant(dates::toIso(*d)) : QVariant();
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(dates::toIso(d)) : QVariant();
}

QVariant flag(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

QVariant text(const QString &text)
{
    return nonNull(text.trimmed());
}

std::optional<QDate> optionalDate(const QVariant &value)
{
    return value.isNull() ? std::nullopt : dates::fromIsoOrEmpty(value.toString());
}

Problem databaseError(const QSqlError &error)
{
    // PostgreSQL's guard of received records (0007_exchange.pg.sql) names the county and its as-of
    // date in its message; said here as SQLite's guard says it (ExchangeGuard).
    const QString text = error.databaseText();
    static const QRegularExpression received(QStringLiteral("chamber-received\\|([^|]*)\\|([^\\s|]*)"));
    if (const auto match = received.match(text); match.hasMatch())
        return Problem::error(QStringLiteral("database"), ExchangeGuard::refusal(match.captured(1), match.captured(2)));
    return Problem::error(QStringLiteral("database"), error.text());
}

Problem databaseError(const QSqlQuery &query)
{
    return databaseError(query.lastError());
}

Problem databaseError(const Statement &statement)
{
    return databaseError(statement.lastError());
}

Problem readError(const QSqlQuery &query)
{
    return readError(query.lastError().text());
}

Problem readError(const Statement &statement)
{
    return readError(statement.lastError().text());
}

Problem readError(const QString &detail)
{
    return Problem::error(QStringLiteral("database"),
                          Database::tr("Reading the database failed (%1). The file may be damaged: check it with "
                                       "\"chamberctl check\", and if it is damaged put its newest backup back (\"chamberctl backup "
                                       "list\", then \"chamberctl backup restore FILE\"; in the app: Settings, Backups and restore).")
                              .arg(detail.trimmed().isEmpty() ? Database::tr("no reason given") : detail.trimmed()));
}

Status readEnd(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return readError(query);
    return success();
}

Status readEnd(const Statement &statement)
{
    if (statement.lastError().isValid())
        return readError(statement);
    return success();
}

Result<std::optional<qint64>> idWhere(Database &db, const QString &table, const QString &column, const QVariant &value)
{
    Statement &q = db.statement(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id LIMIT 1").arg(table, column));
    if (auto s = exec(q, {value}); !s)
        return readError(q);
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    const Status end = readEnd(q);
    q.finish();
    if (!end)
        return end.problems();
    return id;
}

Result<qint64> number(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

QString likePattern(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

QString prefixClause(const QString &column)
{
    return column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?");
}

QVariantList prefixBounds(const QString &prefix)
{
    if (prefix.isEmpty())
        return {QStringLiteral(""), QString(QChar(0xFFFF))};  // not a null QString (NULL in SQL); every code lies below U+FFFF
    QString upper = prefix;
    upper.back() = QChar(char16_t(upper.back().unicode() + 1));
    return {prefix, upper};
}

QString now()
{
    // Formatted once per second and thread: QDateTime::toString was 5% of the demo's CPU.
    thread_local qint64 second = -1;
    thread_local QString text;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const qint64 current = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    if (current != second) {
        second = current;
        text = QDateTime::fromSecsSinceEpoch(current, Qt::UTC).toString(Qt::ISODate);
    }
    return text;
}

QDateTime loggedAt(const QVariant &at)
{
    bool number = false;
    const qint64 seconds = at.toLongLong(&number);
    if (number)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return QDateTime::fromString(at.toString(), Qt::ISODate);
}

Status exec(QSqlQuery &query, const QVariantList &binds)
{
    for (const auto &b : binds)
        query.addBindValue(b);
    if (!query.exec())
        return databaseError(query);
    return success();
}

Status exec(Statement &statement, const QVariantList &binds)
{
    for (const auto &b : binds)
        statement.addBindValue(b);
    if (!statement.exec())
        return databaseError(statement);
    return success();
}

void Where::add(const QString &clause, const QVariantList &binds)
{
    m_parts.append(clause);
    m_binds.append(binds);
}

void Where::addRecordQuery(const RecordQuery &query, const QStringList &textColumns)
{
    if (query.chamberId)
        add(QStringLiteral("r.chamber_id = ?"), {*query.chamberId});
    if (query.id)
        add(QStringLiteral("r.id = ?"), {*query.id});
    if (!query.divisionPrefix.isEmpty())
        add(prefixClause(QStringLiteral("c.township_code")), prefixBounds(query.divisionPrefix));
    const QString text = query.text.trimmed();
    if (text.isEmpty())
        return;
    const QString pattern = likePattern(text);
    QStringList alternatives;
    QVariantList binds;
    for (const auto &column : textColumns + QStringList{QStringLiteral("c.name")}) {
        // lower() on both sides: SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does
        // not; lower() folds ASCII on both (C collation), so both find the same rows.
        alternatives.append(QStringLiteral("lower(") + column + QStringLiteral(") LIKE lower(?) ESCAPE '\\'"));
        binds.append(pattern);
    }
    add(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'), binds);
}

QString Where::sql() const
{
    return m_parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_parts.join(QStringLiteral(" AND "));
}

QString orderBy(const QString &sortKey, bool descending, const QList<SortColumn> &columns, const QString &defaultOrder)
{
    for (const SortColumn &column : columns) {
        if (sortKey.isEmpty() || column.key != sortKey)
            continue;
        const QString &e = column.expression;
        // Empty values last, in either direction; compared as text, which a number column on
        // PostgreSQL must be cast to (SQLite compares across types).
        return QStringLiteral("(%1 IS NULL OR CAST(%1 AS TEXT) = ''), %1%2, %3").arg(e, descending ? QStringLiteral(" DESC") : QString(), defaultOrder);
    }
    return defaultOrder;
}

QString orderBy(const RecordQuery &query, const QList<SortColumn> &columns, const QString &defaultOrder)
{
    return orderBy(query.sortKey, query.descending, columns, defaultOrder);
}

QString rank(const QString &column, const QStringList &keys)
{
    QString out = QStringLiteral("CASE ") + column;
    for (int i = 0; i < keys.size(); ++i) {
        QString key = keys.at(i);
        key.replace(QLatin1Char('\''), QStringLiteral("''"));
        out += QStringLiteral(" WHEN '%1' THEN %2").arg(key).arg(i);
    }
    return out + QStringLiteral(" ELSE %1 END").arg(keys.size());
}

QString page(const RecordQuery &query)
{
    if (query.limit < 0)
        return {};
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
}

Result<int> count(Database &db, const QString &table, Where where, const RecordQuery &query, const QStringList &textColumns)
{
    where.addRecordQuery(query, textColumns);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 r JOIN chamber c ON c.id = r.chamber_id%2").arg(table, where.sql()));
    if (!exec(q, where.binds()) || !q.next())
        return readError(q);
    return q.value(0).toInt();
}

} // namespace chamber::sql
