// SPDX-License-Identifier: GPL-3.0-or-later
// ExchangeStore::replace: an origin's records replaced wholesale by a package's lines (docs/exchange.md).
//
// A region takes in ~100,000 records from its counties at once, so on SQLite this goes straight
// through the C API: each statement is prepared once for every origin of the import (not once per
// origin and kind), lines are read by a parser of flat JSON objects (ExchangeLine.h: no JSON tree,
// no QVariant) and bound straight to the statement, several rows to an INSERT with their row ids
// given (one past the table's largest, as SQLite would choose them), and the page cache is large
// enough to hold what the transaction writes. The connection's CHECK constraints are off while
// the store replaces, each kind's rows checked against them afterwards by one SELECT
// (TableChecks.h: in an INSERT, SQLite rebuilds a CHECK's IN list for every row), and their
// foreign keys too when the import runs with the connection's off (ExchangeForeignKeysOff, for an
// import that only adds). Its triggers are off as well — when every trigger of the schema is one
// this import knows: the guard triggers (which let the import through anyway) and the published
// year's freeze triggers (which concern only this database's own rows, never a received one). A
// schema with any other trigger keeps them all on. Other drivers take the generic path below.
#include "ExchangeStore.h"
#include "Statement.h"

#include "ExchangeGuard.h"
#include "ExchangeLine.h"
#include "RecordSql.h"
#include "TableChecks.h"
#include "Uid.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace chamber {

namespace {

using json = nlohmann::json;

QVariant fromJson(const json &v)
{
    if (v.is_null())
        return QVariant(QMetaType(QMetaType::QString));
    if (v.is_number_integer())
        return QVariant::fromValue<qlonglong>(v.get<qlonglong>());
    if (v.is_number())
        return v.get<double>();
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>() ? 1 : 0;
    return QString::fromStdString(v.dump());
}

// The triggers the import may switch off (migrations 0003 and 0007): the guards of received rows
// and the freeze of this database's own published points.
bool knownTrigger(const QString &name)
{
    for (const char *suffix : {"_received_insert", "_received_update", "_received_delete"})
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    return name.contains(QLatin1String("_frozen")) || name == QLatin1String("points_publication_no_update")
           || name == QLatin1String("points_publication_no_delete") || name == QLatin1String("points_year_no_delete_published");
}

// Uids by text, looked up with views into the lines.
struct ViewHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using Ids = std::unordered_map<std::string, qint64, ViewHash, std::equal_to<>>;  // uid → row id

// One field of a kind's lines: its parameter within a row of the INSERT.
struct Field
{
    std::string key;
    int parameter = 0;
    const Ids *parentIds = nullptr;  // a reference: the referenced table's rows by uid
    bool uid = false;
};

enum class LineError { None, NotObject, Unknown, Differs, Nested, Missing, Reference, Bind };

// Binds one line's fields to a row of the INSERT as parseFlatObject reads them. Text is bound
// without a copy (SQLITE_STATIC): the lines, and the decoded strings, outlive the statement's step.
class RowBinder final : public FlatObjectHandler
{
public:
    RowBinder(const std::vector<Field> &fields, const std::unordered_map<std::string_view, int> &index,
              const std::unordered_set<std::string_view> &columns, bool uidBytes)
        : m_fields(fields), m_index(index), m_columns(columns), m_seen(fields.size(), 0), m_uidBytes(uidBytes)
    {
    }

    void start(sqlite3_stmt *statement, int base)
    {
        m_statement = statement;
        m_base = base;
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_count = 0;
        m_current = -1;
        m_error = LineError::None;
        m_subject.clear();
        m_reference.clear();
        m_uid = {};
    }
    // After the parse: every field there?
    bool finish(FlatError parsed)
    {
        if (parsed == FlatError::Nested)
            return fail(LineError::Nested, currentKey());
        if (parsed != FlatError::None)
            return m_error == LineError::None ? fail(LineError::NotObject) : false;
        if (m_count < int(m_fields.size()))
            for (size_t i = 0; i < m_fields.size(); ++i)
                if (!m_seen[i])
                    return fail(LineError::Missing, m_fields[i].key);
        return true;
    }
    LineError error() const { return m_error; }
    const std::string &subject() const { return m_subject; }
    const std::string &reference() const { return m_reference; }
    std::string_view uid() const { return m_uid; }

    bool key(std::string_view name) override
    {
        // Every line of a kind has its keys in the same order: the next field is tried first.
        const int next = m_current + 1;
        if (next < int(m_fields.size()) && m_fields[size_t(next)].key == name) {
            m_current = next;
            return true;
        }
        const auto found = m_index.find(name);
        if (found == m_index.end())
            return fail(m_columns.count(name) ? LineError::Differs : LineError::Unknown, std::string(name));
        m_current = found->second;
        return true;
    }
    bool value(const FlatValue &v) override
    {
        if (m_seen[size_t(m_current)])
            return fail(LineError::Differs);
        m_seen[size_t(m_current)] = 1;
        ++m_count;
        const Field &f = m_fields[size_t(m_current)];
        const int parameter = m_base + f.parameter;
        if (f.parentIds) {
            if (v.type == FlatValue::Type::Null)
                return bound(sqlite3_bind_null(m_statement, parameter));
            const auto id = f.parentIds->find(v.text);
            if (id == f.parentIds->end()) {
                m_reference = std::string(v.text);
                return fail(LineError::Reference, f.key);
            }
            return bound(sqlite3_bind_int64(m_statement, parameter, id->second));
        }
        if (f.uid) {
            m_uid = v.text;
            // The package's text, kept as 16 bytes (Uid.h); a text that is no uid stays text.
            if (m_uidBytes && v.type == FlatValue::Type::Text) {
                char bytes[16];
                if (Uid::bytes(QByteArrayView(v.text.data(), qsizetype(v.text.size())), bytes))
                    return bound(sqlite3_bind_blob(m_statement, parameter, bytes, int(sizeof bytes), SQLITE_TRANSIENT));
            }
        }
        switch (v.type) {
        case FlatValue::Type::Null:
            return bound(sqlite3_bind_null(m_statement, parameter));
        case FlatValue::Type::Integer:
        case FlatValue::Type::Bool:
            return bound(sqlite3_bind_int64(m_statement, parameter, v.integer));
        case FlatValue::Type::Real:
            return bound(sqlite3_bind_double(m_statement, parameter, v.real));
        case FlatValue::Type::Text:
            break;
        }
        return bound(sqlite3_bind_text(m_statement, parameter, v.text.data(), int(v.text.size()), SQLITE_STATIC));
    }

private:
    std::string currentKey() const { return m_current < 0 ? std::string() : m_fields[size_t(m_current)].key; }
    bool fail(LineError error, const std::string &subject = {})
    {
        m_error = error;
        m_subject = subject;
        return false;
    }
    bool bound(int rc) { return rc == SQLITE_OK || fail(LineError::Bind); }

    const std::vector<Field> &m_fields;
    const std::unordered_map<std::string_view, int> &m_index;
    const std::unordered_set<std::string_view> &m_columns;
    sqlite3_stmt *m_statement = nullptr;
    int m_base = 0;
    std::vector<char> m_seen;
    bool m_uidBytes = false;  // the file keeps uids as 16 bytes (Database::uidBytes)
    int m_count = 0;
    int m_current = -1;
    LineError m_error = LineError::None;
    std::string m_subject;
    std::string m_reference;
    std::string_view m_uid;
};

// The first line's keys, in order.
class KeyCollector final : public FlatObjectHandler
{
public:
    std::vector<std::string> keys;
    bool key(std::string_view name) override
    {
        keys.emplace_back(name);
        return true;
    }
    bool value(const FlatValue &) override { return true; }
};

} // namespace

struct ExchangeStore::Bulk
{
    sqlite3 *db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> statements;
    bool triggersOff = false;
    // SQLite's CHECKs off: each kind's rows are checked after they are written (TableChecks.h).
    bool checksOff = false;
    // The connection's foreign keys off (ExchangeForeignKeysOff): checked like the CHECKs, rows
    // written with INSERT OR FAIL, no origin's rows removed.
    bool foreignKeysOff = false;
    std::unordered_map<std::string, std::unique_ptr<TableChecks>> checks;  // by kind
    QByteArray cacheSize;  // the connection's own, put back afterwards

    Bulk() = default;
    Bulk(const Bulk &) = delete;
    Bulk &operator=(const Bulk &) = delete;
    ~Bulk()
    {
        for (sqlite3_stmt *s : std::as_const(statements))
            sqlite3_finalize(s);
        checks.clear();
        if (checksOff)
            sqlite3_exec(db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
        if (triggersOff)
            sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
        if (!cacheSize.isEmpty())
            sqlite3_exec(db, QByteArray("PRAGMA cache_size = " + cacheSize).constData(), nullptr, nullptr, nullptr);
    }
    // Prepared once, reset after each use.
    sqlite3_stmt *statement(const QByteArray &sql)
    {
        if (sqlite3_stmt *cached = statements.value(sql))
            return cached;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK) {
            sqlite3_finalize(s);
            return nullptr;
        }
        statements.insert(sql, s);
        return s;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
    QByteArray text(const char *sql)
    {
        QByteArray out;
        if (sqlite3_stmt *s = statement(sql)) {
            if (sqlite3_step(s) == SQLITE_ROW)
                out = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
            sqlite3_reset(s);
        }
        return out;
    }
};

Status ExchangeStore::replace(const QString &origin, const QHash<QString, QList<QByteArray>> &linesByKind)
{
    if (!m_bulk) {
        sqlite3 *handle = sqliteHandle(m_db.sql());
        if (!handle)
            return replaceGeneric(origin, linesByKind);
        auto bulk = std::make_shared<Bulk>();
        bulk->db = handle;
        // 64 MB of page cache: the region's records written in one transaction, without spilling
        // pages to the WAL and reading them back.
        const QByteArray cache = bulk->text("PRAGMA cache_size");
        if (!cache.isEmpty() && std::abs(cache.toLongLong()) < 65536
            && sqlite3_exec(handle, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr) == SQLITE_OK)
            bulk->cacheSize = cache;
        bool allKnown = true;
        if (sqlite3_stmt *s = bulk->statement("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
            while (allKnown && sqlite3_step(s) == SQLITE_ROW)
                allKnown = knownTrigger(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))));
            sqlite3_reset(s);
        } else {
            allKnown = false;
        }
        int off = 1;
        if (allKnown && sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &off) == SQLITE_OK && off == 0)
            bulk->triggersOff = true;
        // SQLite's CHECKs off when every kind's can be checked afterwards (a rowid table whose
        // constraints TableChecks reads); otherwise SQLite checks every row as it is written.
        bulk->foreignKeysOff = bulk->text("PRAGMA foreign_keys") == "0";
        if (bulk->text("PRAGMA ignore_check_constraints") == "0"
            && sqlite3_exec(handle, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr) == SQLITE_OK) {
            bulk->checksOff = true;
            for (const QString &kind : kinds()) {
                auto checks = std::make_unique<TableChecks>();
                if (!checks->prepare(handle, kind.toUtf8(), bulk->foreignKeysOff)) {
                    bulk->checksOff = false;
                    break;
                }
                bulk->checks.emplace(kind.toStdString(), std::move(checks));
            }
            if (!bulk->checksOff) {
                bulk->checks.clear();
                sqlite3_exec(handle, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
            }
        }
        // Foreign keys off (the import's own doing) are written only when they can be checked.
        if (bulk->foreignKeysOff && !bulk->checksOff)
            return Problem::error(QStringLiteral("database"), tr("The database's foreign keys are off and the import cannot check them."));
        m_bulk = bulk;
    }
    Bulk &bulk = *m_bulk;
    ExchangeWriter writer;  // should the triggers be on: the guard lets this thread through
    const QByteArray originText = origin.toUtf8();
    auto bindOrigin = [&](sqlite3_stmt *s) { return sqlite3_bind_text(s, 1, originText.constData(), int(originText.size()), SQLITE_TRANSIENT); };

    // Received rows are written only by this import, together with their origin's exchange_origin
    // row (in the same transaction, ExchangeService::apply): an origin not held has nothing to
    // remove, and its tables (no index on origin) are not scanned.
    sqlite3_stmt *heldQuery = bulk.statement("SELECT 1 FROM exchange_origin WHERE code = ?");
    if (!heldQuery)
        return Problem::error(QStringLiteral("database"), bulk.error());
    bindOrigin(heldQuery);
    const int heldStep = sqlite3_step(heldQuery);
    sqlite3_reset(heldQuery);
    if (heldStep != SQLITE_ROW && heldStep != SQLITE_DONE)
        return Problem::error(QStringLiteral("database"), bulk.error());
    if (heldStep == SQLITE_ROW && bulk.foreignKeysOff)  // their removal needs the foreign keys' actions
        return Problem::error(QStringLiteral("database"), tr("The records of %1 are held already: they are replaced only with the database's "
                                                             "foreign keys on.").arg(origin));
    const QStringList &all = kinds();
    if (heldStep == SQLITE_ROW) {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            sqlite3_stmt *s = bulk.statement(QStringLiteral("DELETE FROM %1 WHERE origin = ?").arg(*it).toUtf8());
            if (!s)
                return Problem::error(QStringLiteral("database"), bulk.error());
            bindOrigin(s);
            const int rc = sqlite3_step(s);
            const QString error = rc == SQLITE_DONE ? QString() : bulk.error();
            sqlite3_reset(s);
            if (!error.isEmpty())
                return Problem::error(QStringLiteral("database"), error);
        }
    }

    std::unordered_map<std::string, Ids> ids;  // table → uid → new row id (nodes: references stay valid)
    std::deque<std::string> decoded;              // strings with escapes, until their row is written
    const int maxParameters = sqlite3_limit(bulk.db, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    for (const QString &kind : all) {
        const auto found = linesByKind.constFind(kind);
        if (found == linesByKind.cend() || found->isEmpty())
            continue;
        const QList<QByteArray> &lines = *found;
        const auto t = table(kind);
        if (!t)
            return t.problems();
        const auto where = [&](qsizetype n, const QString &message) {
            return Problem::error(kind, tr("%1, line %2: %3").arg(kind).arg(n + 1).arg(message));
        };
        // The fields, in the first line's order: the statement's columns.
        KeyCollector firstKeys;
        if (parseFlatObject(std::string_view(lines.first().constData(), size_t(lines.first().size())), firstKeys, decoded) != FlatError::None)
            return where(0, tr("not a JSON object."));
        std::unordered_map<std::string, int> position;
        for (int i = 0; i < t->columns.size(); ++i)
            position.emplace(t->columns[i].key.toStdString(), i);
        // Origin and row id first (the id given here: the rows are written several to a statement).
        const int fixed = t->hasId ? 2 : 1;
        std::vector<Field> fields;
        QByteArray names = t->hasId ? QByteArray("origin, id") : QByteArray("origin");
        for (const std::string &key : firstKeys.keys) {
            const auto p = position.find(key);
            if (p == position.end())
                return where(0, tr("unknown field %1 (the package was made by another version of the format).").arg(QString::fromStdString(key)));
            const Column &c = t->columns[p->second];
            fields.push_back({key, int(fields.size()) + fixed + 1, c.parent.isEmpty() ? nullptr : &ids[c.parent.toStdString()],
                              c.name == QLatin1String("uid")});
            names += ", " + c.name.toUtf8();
        }
        std::unordered_map<std::string_view, int> index;
        std::unordered_set<std::string_view> columns;
        for (size_t i = 0; i < fields.size(); ++i)
            index.emplace(fields[i].key, int(i));
        for (const auto &[key, at] : position)
            columns.insert(key);
        const int perRow = int(fields.size()) + fixed;
        const int batch = std::clamp(maxParameters / perRow, 1, 64);
        QByteArray row = "(?";
        for (int i = 1; i < perRow; ++i)
            row += ", ?";
        row += ')';
        // Without foreign keys, INSERT OR FAIL can stop at a row without undoing the statement's
        // others (the import is undone whole on any error): SQLite keeps no statement journal.
        const QByteArray insert = (bulk.foreignKeysOff ? "INSERT OR FAIL INTO " : "INSERT INTO ") + kind.toUtf8() + " (" + names + ") VALUES ";
        // A statement of 2^k rows for each k up to the batch: a kind's last lines go in a few
        // statements, not one by one. Each run of a statement costs the same again whatever its
        // rows (its cursors on the table and every index opened and closed, its journal): an
        // origin's 40 chambers were 40 runs, now 2.
        int sizes = 1;  // the statements' sizes: 2^0 … 2^(sizes - 1) rows (batch ≤ 64: at most 7)
        while ((1 << sizes) <= batch)
            ++sizes;
        std::array<sqlite3_stmt *, 7> prepared{};  // prepared when first used
        const auto sized = [&](int k) {
            if (!prepared[size_t(k)]) {
                QByteArray rows = row;
                for (int i = 1; i < (1 << k); ++i)
                    rows += ", " + row;
                prepared[size_t(k)] = bulk.statement(insert + rows);
            }
            return prepared[size_t(k)];
        };
        // The rows are written after the table's last: row ids before + 1, before + 2, … in line
        // order (given for a table with an id, SQLite's own choice for one without).
        qint64 before = 0;
        if (t->hasId || bulk.checksOff) {
            sqlite3_stmt *max = bulk.statement("SELECT coalesce(max(rowid), 0) FROM " + kind.toUtf8());
            if (!max || sqlite3_step(max) != SQLITE_ROW) {
                const QString error = bulk.error();
                if (max)
                    sqlite3_reset(max);
                return where(0, error);
            }
            before = sqlite3_column_int64(max, 0);
            sqlite3_reset(max);
        }
        qint64 nextId = before + 1;
        Ids &kindIds = ids[kind.toStdString()];
        if (t->hasId)
            kindIds.reserve(size_t(lines.size()));
        RowBinder binder(fields, index, columns, m_db.uidBytes());
        std::vector<std::string_view> uids;
        qsizetype singlyUntil = 0;  // after a statement of several rows failed: its lines one by one, to name the line
        for (qsizetype n = 0; n < lines.size();) {
            int k = 0;
            if (n >= singlyUntil)
                while (k + 1 < sizes && lines.size() - n >= (2 << k))
                    ++k;
            const int count = 1 << k;
            sqlite3_stmt *statement = sized(k);
            if (!statement)
                return where(n, bulk.error());
            uids.clear();
            for (int r = 0; r < count; ++r) {
                const QByteArray &line = lines[n + r];
                const int base = r * perRow;
                binder.start(statement, base);
                sqlite3_bind_text(statement, base + 1, originText.constData(), int(originText.size()), SQLITE_STATIC);
                if (t->hasId)
                    sqlite3_bind_int64(statement, base + 2, nextId + r);
                if (!binder.finish(parseFlatObject(std::string_view(line.constData(), size_t(line.size())), binder, decoded))) {
                    sqlite3_reset(statement);
                    const QString subject = QString::fromStdString(binder.subject());
                    const qsizetype at = n + r;
                    switch (binder.error()) {
                    case LineError::Unknown:
                        return where(at, tr("unknown field %1 (the package was made by another version of the format).").arg(subject));
                    case LineError::Differs:
                        return where(at, tr("its fields differ from the first line's."));
                    case LineError::Missing:
                        return where(at, tr("field %1 is missing.").arg(subject));
                    case LineError::Nested:
                        return where(at, tr("field %1 holds a list or an object, not a single value.").arg(subject));
                    case LineError::Reference:
                        return where(at, tr("%1 %2 refers to a record the package does not hold.").arg(subject, QString::fromStdString(binder.reference())));
                    case LineError::Bind:
                        return where(at, bulk.error());
                    case LineError::None:
                    case LineError::NotObject:
                        break;
                    }
                    return where(at, tr("not a JSON object."));
                }
                uids.push_back(binder.uid());
            }
            const int rc = sqlite3_step(statement);
            const QString error = rc == SQLITE_DONE ? QString() : bulk.error();
            sqlite3_reset(statement);
            if (!error.isEmpty()) {
                decoded.clear();
                if (count == 1)
                    return where(n, error);
                if (bulk.foreignKeysOff)  // OR FAIL: the rows before the one refused are written
                    return where(n + sqlite3_changes(bulk.db), error);
                singlyUntil = n + count;  // the statement was undone whole: again, line by line
                continue;
            }
            if (t->hasId)
                for (int r = 0; r < count; ++r)
                    kindIds.insert_or_assign(std::string(uids[size_t(r)]), nextId + r);
            decoded.clear();
            nextId += count;
            n += count;
        }
        if (bulk.checksOff) {
            std::optional<TableChecks::Broken> broken;
            if (!bulk.checks.at(kind.toStdString())->firstBroken(before, broken))
                return where(0, bulk.error());
            if (broken && broken->foreignKey)
                return where(broken->rowid - before - 1,
                             tr("it refers to a record the database does not hold (%1).").arg(QString::fromUtf8(broken->expression)));
            if (broken)
                return where(broken->rowid - before - 1,
                             tr("it breaks the database's rule CHECK (%1).").arg(QString::fromUtf8(broken->expression)));
        }
    }
    return success();
}

// Any other driver: the same through QSqlQuery, a statement per origin and kind.
Status ExchangeStore::replaceGeneric(const QString &origin, const QHash<QString, QList<QByteArray>> &linesByKind)
{
    ExchangeWriter writer;
    const QStringList &all = kinds();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE origin = ?").arg(*it));
        q.addBindValue(origin);
        if (!q.exec())
            return sql::databaseError(q);
    }
    QHash<QString, QHash<QString, qint64>> ids;  // table → uid → new row id
    for (const QString &kind : all) {
        const auto lines = linesByKind.value(kind);
        if (lines.isEmpty())
            continue;
        const auto t = table(kind);
        if (!t)
            return t.problems();
        QHash<std::string, int> position;
        for (int i = 0; i < t->columns.size(); ++i)
            position.insert(t->columns[i].key.toStdString(), i);
        QSqlQuery q(m_db.sql());
        QList<int> present;  // columns the lines carry, in the statement's order (from the first line)
        auto &kindIds = ids[kind];
        for (int n = 0; n < lines.size(); ++n) {
            const auto where = [&](const QString &message) {
                return Problem::error(kind, tr("%1, line %2: %3").arg(kind).arg(n + 1).arg(message));
            };
            const json row = json::parse(lines[n].constData(), lines[n].constData() + lines[n].size(), nullptr, false);
            if (!row.is_object())
                return where(tr("not a JSON object."));
            if (n == 0) {
                QStringList names, marks;
                for (auto f = row.begin(); f != row.end(); ++f) {
                    const auto p = position.constFind(f.key());
                    if (p == position.cend())
                        return where(tr("unknown field %1 (the package was made by another version of the format).")
                                         .arg(QString::fromStdString(f.key())));
                    present.append(*p);
                    names.append(t->columns[*p].name);
                    marks.append(QStringLiteral("?"));
                }
                q.prepare(QStringLiteral("INSERT INTO %1 (origin, %2) VALUES (?, %3)")
                              .arg(kind, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
            } else if (int(row.size()) != present.size()) {
                return where(tr("its fields differ from the first line's."));
            }
            q.addBindValue(origin);
            QString uid;
            for (int p : present) {
                const Column &c = t->columns[p];
                const auto f = row.find(c.key.toStdString());
                if (f == row.end())
                    return where(tr("field %1 is missing.").arg(c.key));
                if (c.parent.isEmpty()) {
                    const QVariant v = fromJson(*f);
                    if (c.name == QStringLiteral("uid")) {
                        uid = v.toString();
                        q.addBindValue(Uid::stored(m_db, v));
                    } else {
                        q.addBindValue(v);
                    }
                } else if (f->is_null()) {
                    q.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
                } else {
                    const QString ref = QString::fromStdString(f->is_string() ? f->get<std::string>() : f->dump());
                    const auto id = ids.value(c.parent).constFind(ref);
                    if (id == ids.value(c.parent).cend())
                        return where(tr("%1 %2 refers to a record the package does not hold.").arg(c.key, ref));
                    q.addBindValue(*id);
                }
            }
            if (!q.exec())
                return where(q.lastError().databaseText());
            if (t->hasId)
                kindIds.insert(uid, q.lastInsertId().toLongLong());
        }
    }
    return success();
}

ExchangeForeignKeysOff::ExchangeForeignKeysOff(Database &db)
{
    sqlite3 *handle = sqliteHandle(db.sql());
    // Only outside a transaction does SQLite change the setting; inside one it stays on.
    if (!handle || !sqlite3_get_autocommit(handle) || sqlite3_exec(handle, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr) != SQLITE_OK)
        return;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA foreign_keys", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW
        && sqlite3_column_int(s, 0) == 0)
        m_handle = handle;
    sqlite3_finalize(s);
    if (!m_handle)
        sqlite3_exec(handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
}

ExchangeForeignKeysOff::~ExchangeForeignKeysOff()
{
    if (m_handle)
        sqlite3_exec(m_handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
}

} // namespace chamber
