// SPDX-License-Identifier: GPL-3.0-or-later
// PointsService: the rules of each year's set.
#include "PointsService.h"

#include "PointsSql.h"

#include <QSqlQuery>

namespace chamber {

using namespace pointsql;

QList<PointsRule> PointsService::rules(int year, bool includeRetired) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM points_rule r JOIN points_category c ON c.id = r.category_id WHERE r.origin = ? AND r.year = ? %2 "
                             "ORDER BY c.position, c.id, r.position, r.id")
                  .arg(kRuleColumns, includeRetired ? QString() : QStringLiteral("AND r.retired = 0")));
    q.addBindValue(nonNull(m_origin));
    q.addBindValue(year);
    QList<PointsRule> out;
    if (q.exec())
        while (q.next())
            out.append(ruleFrom(q));
    return out;
}

Result<PointsRule> PointsService::rule(qint64 id) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM points_rule r WHERE r.id = ?").arg(kRuleColumns));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        return Problem::error(QStringLiteral("rule"), tr("There is no points rule number %1.").arg(id));
    const PointsRule rule = ruleFrom(q);
    q.finish();
    return rule;
}

namespace {
void bindRule(QSqlQuery &q, const PointsRule &r)
{
    q.addBindValue(r.categoryId);
    q.addBindValue(r.description.trimmed());
    q.addBindValue(r.pointsTenths);
    q.addBindValue(optionalValue(r.yearCapTenths));
    q.addBindValue(optionalValue(r.itemCapTenths));
    q.addBindValue(r.evidenceRequired ? 1 : 0);
    q.addBindValue(nonNull(r.exclusiveGroup.trimmed()));
}

QString ruleSummary(const PointsRule &r)
{
    return QStringLiteral("%1 %2").arg(Points::formatTenths(r.pointsTenths), r.description.trimmed());
}
} // namespace

Result<qint64> PointsService::addRule(const PointsRule &rule)
{
    if (auto s = ensureOpen(rule.year); !s)
        return s.problems();
    Problems problems = Points::validateRule(rule);
    if (rule.categoryId > 0) {
        const auto found = category(rule.categoryId);
        if (!found)
            problems += found.problems();
        else if (found->retired)
            problems.append(Problem::error(QStringLiteral("category"), tr("The category %1 is retired; it takes no new rules.").arg(found->name)));
    }
    if (hasErrors(problems))
        return problems;
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO points_rule (category_id, description, points, year_cap, item_cap, evidence_required, exclusive_group, "
        "year, position, retired, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "CASE WHEN ? > 0 THEN ? ELSE (SELECT coalesce(max(position), 0) + 1 FROM points_rule WHERE year = ? AND category_id = ?) END, "
        "?, ?, ?)"));
    bindRule(q, rule);
    q.addBindValue(rule.year);
    q.addBindValue(rule.position);
    q.addBindValue(rule.position);
    q.addBindValue(rule.year);
    q.addBindValue(rule.categoryId);
    q.addBindValue(rule.retired ? 1 : 0);
    q.addBindValue(now());
    q.addBindValue(now());
    if (!q.exec())
        return databaseError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = m_db.log(QStringLiteral("points_rule"), id, QStringLiteral("add"), ruleSummary(rule)); !s)
        return s.problems();
    if (auto s = tx.commit(); !s)
        return s.problems();
    return Result<qint64>(id, problems);
}

Status PointsService::updateRule(const PointsRule &rule)
{
    const auto existing = this->rule(rule.id);
    if (!existing)
        return existing.problems();
    if (rule.year != existing->year)
        return Problem::error(QStringLiteral("year"), tr("A rule stays in its year; add a rule to %1 instead.").arg(rule.year));
    if (auto s = ensureOpen(rule.year); !s)
        return s;
    Problems problems = Points::validateRule(rule);
    if (rule.categoryId != existing->categoryId) {
        const auto found = category(rule.categoryId);
        if (!found)
            problems += found.problems();
        else if (found->retired)
            problems.append(Problem::error(QStringLiteral("category"), tr("The category %1 is retired; it takes no new rules.").arg(found->name)));
    }
    if (hasErrors(problems))
        return problems;
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE points_rule SET category_id = ?, description = ?, points = ?, year_cap = ?, item_cap = ?, "
                             "evidence_required = ?, exclusive_group = ?, position = ?, updated_at = ? WHERE id = ?"));
    bindRule(q, rule);
    q.addBindValue(rule.position > 0 ? rule.position : existing->position);
    q.addBindValue(now());
    q.addBindValue(rule.id);
    if (!q.exec())
        return databaseError(q);
    // Entries whose points follow the rule follow its change; points set by hand stay.
    if (rule.pointsTenths != existing->pointsTenths || rule.itemCapTenths != existing->itemCapTenths) {
        QSqlQuery entries(m_db.sql());
        entries.prepare(QStringLiteral("SELECT id, quantity FROM points_entry WHERE rule_id = ? AND manual_reason = ''"));
        entries.addBindValue(rule.id);
        if (!entries.exec())
            return databaseError(entries);
        QSqlQuery u(m_db.sql());
        u.prepare(QStringLiteral("UPDATE points_entry SET points = ?, updated_at = ? WHERE id = ?"));
        while (entries.next()) {
            u.addBindValue(Points::pointsFromRule(rule, entries.value(1).toInt()));
            u.addBindValue(now());
            u.addBindValue(entries.value(0).toLongLong());
            if (!u.exec())
                return databaseError(u);
        }
    }
    if (auto s = m_db.log(QStringLiteral("points_rule"), rule.id, QStringLiteral("update"),
                          QStringLiteral("%1 → %2").arg(ruleSummary(*existing), ruleSummary(rule)));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    return success(problems);
}

Status PointsService::retireRule(qint64 id, bool retired)
{
    const auto existing = rule(id);
    if (!existing)
        return existing.problems();
    if (auto s = ensureOpen(existing->year); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE points_rule SET retired = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(retired ? 1 : 0);
    q.addBindValue(now());
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (auto s = m_db.log(QStringLiteral("points_rule"), id, retired ? QStringLiteral("retire") : QStringLiteral("restore"), ruleSummary(*existing));
        !s)
        return s;
    return tx.commit();
}

} // namespace chamber
