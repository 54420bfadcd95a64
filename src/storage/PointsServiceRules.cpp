// SPDX-License-Identifier: GPL-3.0-or-later
// PointsService: the rules of each year's set.
#include "PointsService.h"

#include "PointsSql.h"
#include "RecordSql.h"

#include <QSqlQuery>

namespace chamber {

using namespace pointsql;

Result<QList<PointsRule>> PointsService::rules(int year, bool includeRetired) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM points_rule r JOIN points_category c ON c.id = r.category_id WHERE r.origin = ? AND r.year = ? %2 "
                             "ORDER BY c.position, c.id, r.position, r.id")
                  .arg(kRuleColumns, includeRetired ? QString() : QStringLiteral("AND r.retired = 0")));
    q.addBindValue(nonNull(m_origin));
    q.addBindValue(year);
    return sql::rows<PointsRule>(q, [](const QSqlQuery &row) { return ruleFrom(row); });
}

Result<PointsRule> PointsService::rule(qint64 id) const
{
    Statement &q = m_db.statement(QStringLiteral("SELECT %1 FROM points_rule r WHERE r.id = ?").arg(kRuleColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sql::readError(q);
    if (!q.next()) {
        if (auto end = sql::readEnd(q); !end)
            return end.problems();
        return Problem::error(QStringLiteral("rule"), tr("There is no points rule number %1.").arg(id));
    }
    const PointsRule rule = ruleFrom(q);
    q.finish();
    return rule;
}

namespace {
sql::Values ruleValues(const PointsRule &r)
{
    return {{QStringLiteral("category_id"), r.categoryId},
            {QStringLiteral("description"), r.description.trimmed()},
            {QStringLiteral("points"), r.pointsTenths},
            {QStringLiteral("year_cap"), optionalValue(r.yearCapTenths)},
            {QStringLiteral("item_cap"), optionalValue(r.itemCapTenths)},
            {QStringLiteral("evidence_required"), r.evidenceRequired ? 1 : 0},
            {QStringLiteral("exclusive_group"), nonNull(r.exclusiveGroup.trimmed())}};
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
    auto id = sql::write<qint64>(m_db, [&]() -> Result<qint64> {
        int position = rule.position;
        if (position <= 0) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM points_rule WHERE year = ? AND category_id = ?"));
            if (auto s = sql::exec(q, {rule.year, rule.categoryId}); !s || !q.next())
                return databaseError(q);
            position = q.value(0).toInt();
        }
        sql::Values values = ruleValues(rule);
        values << std::pair{QStringLiteral("year"), QVariant(rule.year)} << std::pair{QStringLiteral("position"), QVariant(position)}
               << std::pair{QStringLiteral("retired"), QVariant(rule.retired ? 1 : 0)};
        return sql::insert(m_db, QStringLiteral("points_rule"), values);
    });
    return id ? Result<qint64>(id.value(), problems) : id;
}

Status PointsService::updateRule(const PointsRule &rule, std::optional<qint64> expectedVersion)
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
    auto written = sql::write<Done>(m_db, [&]() -> Status {
        sql::Values values = ruleValues(rule);
        values << std::pair{QStringLiteral("position"), QVariant(rule.position > 0 ? rule.position : existing->position)};
        if (auto s = sql::update(m_db, QStringLiteral("points_rule"), rule.id, values, expectedVersion); !s)
            return s;
        // Entries whose points follow the rule follow its change; points set by hand stay.
        if (rule.pointsTenths == existing->pointsTenths && rule.itemCapTenths == existing->itemCapTenths)
            return success();
        QSqlQuery entries(m_db.sql());
        entries.prepare(QStringLiteral("SELECT id, quantity FROM points_entry WHERE rule_id = ? AND manual_reason = ''"));
        if (auto s = sql::exec(entries, {rule.id}); !s)
            return s;
        QList<std::pair<qint64, int>> following;
        while (entries.next())
            following.append({entries.value(0).toLongLong(), entries.value(1).toInt()});
        for (const auto &[id, quantity] : following)
            if (auto s = sql::update(m_db, QStringLiteral("points_entry"), id, {{QStringLiteral("points"), Points::pointsFromRule(rule, quantity)}});
                !s)
                return s;
        return success();
    });
    return written ? success(problems) : written;
}

Status PointsService::retireRule(qint64 id, bool retired)
{
    const auto existing = rule(id);
    if (!existing)
        return existing.problems();
    if (auto s = ensureOpen(existing->year); !s)
        return s;
    return sql::write<Done>(m_db, [&] {
        return sql::update(m_db, QStringLiteral("points_rule"), id, {{QStringLiteral("retired"), retired ? 1 : 0}}, {},
                           retired ? QStringLiteral("retire") : QStringLiteral("restore"));
    });
}

} // namespace chamber
