// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableChecks.h"

#include <sqlite3.h>

namespace chamber {

namespace {

bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '$' || u >= 0x80;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// At a quote, a bracket or a comment: past it (to the end when it is not closed). False when at
// none of them.
bool skipQuoted(QByteArrayView s, qsizetype &i)
{
    const char c = s[i];
    char close = 0;
    if (c == '\'' || c == '"' || c == '`')
        close = c;
    else if (c == '[')
        close = ']';
    if (close) {
        const qsizetype end = s.indexOf(close, i + 1);
        i = end < 0 ? s.size() : end + 1;
        return true;
    }
    if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
        const qsizetype end = s.indexOf('\n', i + 2);
        i = end < 0 ? s.size() : end + 1;
        return true;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
        const qsizetype end = s.indexOf(QByteArrayView("*/"), i + 2);
        i = end < 0 ? s.size() : end + 2;
        return true;
    }
    return false;
}

QByteArray quotedName(const QByteArray &name)
{
    QByteArray out = name;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

} // namespace

QList<QByteArray> TableChecks::parse(QByteArrayView s)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < s.size()) {
        if (skipQuoted(s, i))
            continue;
        if (!isWordByte(s[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < s.size() && isWordByte(s[i]))
            ++i;
        if (s.sliced(start, i - start).compare(QByteArrayView("CHECK"), Qt::CaseInsensitive) != 0)
            continue;
        qsizetype at = i;  // past spaces and comments
        for (;;) {
            while (at < s.size() && isSpace(s[at]))
                ++at;
            const bool comment = at + 1 < s.size() && ((s[at] == '-' && s[at + 1] == '-') || (s[at] == '/' && s[at + 1] == '*'));
            if (!comment || !skipQuoted(s, at))
                break;
        }
        if (at >= s.size() || s[at] != '(')
            continue;
        // The expression: to the matching parenthesis, quotes and comments skipped whole.
        const qsizetype open = at++;
        int depth = 1;
        while (at < s.size() && depth > 0) {
            if (skipQuoted(s, at))
                continue;
            if (s[at] == '(')
                ++depth;
            else if (s[at] == ')')
                --depth;
            ++at;
        }
        if (depth > 0)
            break;  // not closed: not a statement SQLite would have kept
        out.append(s.sliced(open + 1, at - open - 2).trimmed().toByteArray());
        i = at;
    }
    return out;
}

TableChecks::~TableChecks()
{
    sqlite3_finalize(m_query);
}

bool TableChecks::prepare(sqlite3 *db, const QByteArray &table, bool foreignKeys)
{
    m_db = db;
    m_table = table;
    sqlite3_stmt *schema = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", -1, &schema, nullptr) != SQLITE_OK) {
        sqlite3_finalize(schema);
        return false;
    }
    sqlite3_bind_text(schema, 1, table.constData(), int(table.size()), SQLITE_STATIC);
    QByteArray sql;
    const int rc = sqlite3_step(schema);
    if (rc == SQLITE_ROW)
        sql = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(schema, 0)), sqlite3_column_bytes(schema, 0));
    sqlite3_finalize(schema);
    if (rc != SQLITE_ROW)
        return false;
    m_expressions = parse(sql);
    m_foreignKeys.clear();
    if (foreignKeys) {
        // id, seq, table, from, to: one row per column of each foreign key.
        sqlite3_stmt *keys = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", -1, &keys,
                               nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(keys);
            return false;
        }
        sqlite3_bind_text(keys, 1, table.constData(), int(table.size()), SQLITE_STATIC);
        struct Key
        {
            QByteArray parent;
            QList<QByteArray> from, to;
        };
        QList<Key> found;
        int lastId = -1;
        bool named = true;
        while (sqlite3_step(keys) == SQLITE_ROW) {
            const int id = sqlite3_column_int(keys, 0);
            if (id != lastId) {
                found.append({reinterpret_cast<const char *>(sqlite3_column_text(keys, 1)), {}, {}});
                lastId = id;
            }
            named = named && sqlite3_column_type(keys, 3) != SQLITE_NULL;
            found.last().from.append(reinterpret_cast<const char *>(sqlite3_column_text(keys, 2)));
            found.last().to.append(reinterpret_cast<const char *>(sqlite3_column_text(keys, 3)));
        }
        sqlite3_finalize(keys);
        if (!named)
            return false;  // a key to the parent's primary key, unnamed: not checked here
        for (const Key &k : found) {
            QByteArray nulls, match, from, to;
            for (qsizetype i = 0; i < k.from.size(); ++i) {
                const QByteArray child = quotedName(table) + '.' + quotedName(k.from[i]);
                nulls += child + " IS NULL OR ";
                match += (i ? " AND " : "") + QByteArray("parent_row.") + quotedName(k.to[i]) + " = " + child;
                from += (i ? ", " : "") + k.from[i];
                to += (i ? ", " : "") + k.to[i];
            }
            m_expressions.append(nulls + "EXISTS (SELECT 1 FROM " + quotedName(k.parent) + " AS parent_row WHERE " + match + ')');
            m_foreignKeys.append("FOREIGN KEY (" + from + ") REFERENCES " + k.parent + " (" + to + ')');
        }
    }
    // Its rows by row id: fails on a table WITHOUT ROWID, which the caller then writes with
    // SQLite's own checks.
    QByteArray query = "SELECT rowid FROM " + quotedName(table) + " WHERE rowid > ?";
    if (!m_expressions.isEmpty()) {
        query += " AND NOT (";
        for (qsizetype i = 0; i < m_expressions.size(); ++i)
            query += (i ? ") AND (" : "(") + m_expressions[i];
        query += "))";
    }
    query += " ORDER BY rowid LIMIT 1";
    if (sqlite3_prepare_v2(db, query.constData(), int(query.size()), &m_query, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_query);
        m_query = nullptr;
        return false;
    }
    return true;
}

bool TableChecks::firstBroken(qint64 after, std::optional<Broken> &broken)
{
    broken.reset();
    if (!m_query)
        return false;
    if (m_expressions.isEmpty())
        return true;
    sqlite3_bind_int64(m_query, 1, after);
    const int rc = sqlite3_step(m_query);
    const qint64 rowid = rc == SQLITE_ROW ? sqlite3_column_int64(m_query, 0) : 0;
    sqlite3_reset(m_query);
    if (rc == SQLITE_DONE)
        return true;
    if (rc != SQLITE_ROW)
        return false;
    // Which one: each asked on its own (a refusal, so once).
    Broken found{rowid, m_expressions.first()};
    const qsizetype checks = m_expressions.size() - m_foreignKeys.size();
    for (qsizetype i = 0; i < m_expressions.size(); ++i) {
        const QByteArray &expression = m_expressions[i];
        const QByteArray one = "SELECT NOT (" + expression + ") FROM " + quotedName(m_table) + " WHERE rowid = ?";
        sqlite3_stmt *s = nullptr;
        bool breaks = false;
        if (sqlite3_prepare_v2(m_db, one.constData(), int(one.size()), &s, nullptr) == SQLITE_OK) {
            sqlite3_bind_int64(s, 1, rowid);
            breaks = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL && sqlite3_column_int(s, 0) == 1;
        }
        sqlite3_finalize(s);
        if (breaks) {
            found.foreignKey = i >= checks;
            found.expression = found.foreignKey ? m_foreignKeys[i - checks] : expression;
            break;
        }
    }
    broken = found;
    return true;
}

} // namespace chamber
