// SPDX-License-Identifier: GPL-3.0-or-later
#include "DivisionService.h"

#include "DivisionCatalog.h"

#include "RecordSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace chamber {

namespace {
const QString kScopeKey = QStringLiteral("scope.code");
const QString kIncludeOtherKey = QStringLiteral("coverage.include_other_units");

template<typename Query>  // a QSqlQuery or a Statement
Division divisionFrom(const Query &q)
{
    return Division{q.value(0).toString(), q.value(1).toString(), DivisionLevel(q.value(2).toInt()), q.value(3).toString()};
}
const QString kColumns = QStringLiteral("code, name, level, coalesce(parent_code, '')");
} // namespace

Status DivisionService::initialise(const Division &scope)
{
    const auto existing = this->scope();
    if (!existing)
        return existing.problems();
    if (const auto &covered = *existing) {
        if (covered->code == scope.code)
            return success();
        return Problem::error(QStringLiteral("scope"), tr("This database already covers %1 (%2); it cannot be set to %3 (%4).")
                                                           .arg(covered->name, covered->code, scope.name, scope.code));
    }
    const auto &catalog = DivisionCatalog::bundled();
    QList<Division> rows = catalog.lineage(scope.code);
    rows.append(catalog.descendants(scope.code));
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO division (code, name, level, parent_code, kind) VALUES (?, ?, ?, ?, ?)"));
    for (const auto &d : rows) {
        q.addBindValue(d.code);
        q.addBindValue(d.name);
        q.addBindValue(int(d.level));
        q.addBindValue(d.parentCode.isEmpty() ? QVariant() : QVariant(d.parentCode));
        q.addBindValue(d.level == DivisionLevel::Township ? Divisions::kindKey(Divisions::townshipKind(d.code)) : QStringLiteral(""));
        if (!q.exec())
            return Problem::error(QStringLiteral("database"), q.lastError().text());
    }
    if (auto s = setSetting(kScopeKey, scope.code); !s)
        return s;
    if (auto s = m_db.log(QStringLiteral("scope"), 0, QStringLiteral("init"), scope.code); !s)
        return s;
    return tx.commit();
}

Result<std::optional<Division>> DivisionService::scope() const
{
    const auto code = setting(kScopeKey);
    if (!code)
        return code.problems();
    if (code->isEmpty())
        return std::optional<Division>();
    return byCode(*code);
}

Result<std::optional<Division>> DivisionService::byCode(const QString &code) const
{
    // Asked for every record a chamber's checks look at: prepared once per connection.
    static const QString text = QStringLiteral("SELECT %1 FROM division WHERE code = ?").arg(kColumns);
    Statement &q = m_db.statement(text);
    q.addBindValue(code);
    if (!q.exec())
        return sql::readError(q);
    std::optional<Division> found;
    if (q.next())
        found = divisionFrom(q);
    const Status end = sql::readEnd(q);
    q.finish();
    if (!end)
        return end.problems();
    return found;
}

Result<bool> DivisionService::isTownship(const QString &code) const
{
    Statement &q = m_db.statement(QStringLiteral("SELECT 1 FROM division WHERE code = ? AND level = ?"));
    q.addBindValue(code);
    q.addBindValue(int(DivisionLevel::Township));
    if (!q.exec())
        return sql::readError(q);
    const bool found = q.next();
    const Status end = sql::readEnd(q);
    q.finish();
    if (!end)
        return end.problems();
    return found;
}

Result<QList<Division>> DivisionService::children(const QString &code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM division WHERE parent_code = ? ORDER BY code").arg(kColumns));
    q.addBindValue(code);
    return sql::rows<Division>(q, divisionFrom<QSqlQuery>);
}

Result<QList<TownshipInfo>> DivisionService::townships(const QString &underCode) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM division WHERE level = 4 AND %2 ORDER BY code").arg(kColumns, sql::prefixClause(QStringLiteral("code"))));
    for (const auto &bound : sql::prefixBounds(underCode))
        q.addBindValue(bound);
    return sql::rows<TownshipInfo>(q, [](const QSqlQuery &row) {
        const Division d = divisionFrom(row);
        return TownshipInfo{d, Divisions::townshipKind(d.code)};
    });
}

Result<Division> DivisionService::pick(const QList<Division> &found, const QString &text, const QString &field) const
{
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Problem::error(field, tr("There is no division %1 in this database's scope.").arg(text));
    QStringList candidates;
    for (const auto &d : found) {
        const auto parent = byCode(d.parentCode);
        if (!parent)
            return parent.problems();
        candidates.append(QStringLiteral("%1 %2%3").arg(d.code, *parent ? (*parent)->name : QString(), d.name));
    }
    return Problem::error(field, tr("%1 fits %2 divisions; give the code of one: %3")
                                     .arg(text).arg(found.size()).arg(candidates.join(QStringLiteral("; "))));
}

Result<Division> DivisionService::findTownship(const QString &codeOrName) const
{
    const QString text = codeOrName.trimmed();
    const QString field = QStringLiteral("township");
    if (text.isEmpty())
        return Problem::error(field, tr("No township was given."));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM division WHERE level = 4 AND (code = ? OR name = ?) ORDER BY code").arg(kColumns));
    q.addBindValue(text);
    q.addBindValue(text);
    const auto found = sql::rows<Division>(q, divisionFrom<QSqlQuery>);
    if (!found)
        return found.problems();
    if (found->isEmpty())
        return Problem::error(field, tr("There is no township %1 in this database's scope.").arg(text));
    return pick(*found, text, field);
}

Result<Division> DivisionService::findDivision(const QString &codeOrName) const
{
    const QString text = codeOrName.trimmed();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM division WHERE code = ? OR name = ? ORDER BY code").arg(kColumns));
    q.addBindValue(text);
    q.addBindValue(text);
    const auto found = sql::rows<Division>(q, divisionFrom<QSqlQuery>);
    if (!found)
        return found.problems();
    return pick(*found, text, QStringLiteral("division"));
}

Result<bool> DivisionService::includeOtherUnits() const
{
    const auto value = setting(kIncludeOtherKey, QStringLiteral("false"));
    if (!value)
        return value.problems();
    return *value == QStringLiteral("true");
}

Status DivisionService::setIncludeOtherUnits(bool include)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    if (auto s = setSetting(kIncludeOtherKey, include ? QStringLiteral("true") : QStringLiteral("false")); !s)
        return s;
    return tx.commit();
}

Result<QString> DivisionService::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    const auto values = sql::rows<QString>(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
    if (!values)
        return values.problems();
    return values->isEmpty() ? fallback : values->first();
}

Status DivisionService::setSetting(const QString &key, const QString &value)
{
    // Through the write path, so that the log keeps the value before and after.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT rowid FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Problem::error(QStringLiteral("database"), q.lastError().text());
    const std::optional<qint64> rowid = q.next() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
    q.finish();
    if (rowid)
        return sql::update(m_db, QStringLiteral("setting"), *rowid, {{QStringLiteral("value"), value}}, {}, QStringLiteral("set"));
    auto added = sql::insert(m_db, QStringLiteral("setting"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, QStringLiteral("set"));
    return added ? success() : Status(added.problems());
}

} // namespace chamber
