// SPDX-License-Identifier: GPL-3.0-or-later
// PointsService: categories, years with their options and caps, and rules.
#include "PointsService.h"

#include "PointsSql.h"
#include "RecordSql.h"

#include <QSqlQuery>

namespace chamber {

using namespace pointsql;

namespace {

const QString kFrozen = QStringLiteral("year");

PointsCategory categoryFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0};
}

template<typename Query>  // a QSqlQuery or a Statement
PointsYear yearFrom(const Query &q)
{
    PointsYear y;
    y.year = q.value(0).toInt();
    y.published = q.value(1).toString() == QStringLiteral("published");
    y.thresholds = {q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()};
    y.awardRequiresRegisteredYear = q.value(5).toInt() != 0;
    if (!q.isNull(6))
        y.copiedFrom = q.value(6).toInt();
    return y;
}

const QString kYearColumns = QStringLiteral("year, status, excellent, good, pass, require_registered_year, copied_from");

} // namespace

// Categories -----------------------------------------------------------------------------------

Result<QList<PointsCategory>> PointsService::categories(bool includeRetired) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name, position, retired FROM points_category WHERE origin = ? %1 ORDER BY position, id")
                  .arg(includeRetired ? QString() : QStringLiteral("AND retired = 0")));
    q.addBindValue(nonNull(m_origin));
    return sql::rows<PointsCategory>(q, categoryFrom);
}

Result<PointsCategory> PointsService::category(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name, position, retired FROM points_category WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::readError(q);
    if (!q.next()) {
        if (auto end = sql::readEnd(q); !end)
            return end.problems();
        return Problem::error(QStringLiteral("category"), tr("There is no points category number %1.").arg(id));
    }
    return categoryFrom(q);
}

Result<PointsCategory> PointsService::findCategory(const QString &idOrName) const
{
    const QString text = idOrName.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return category(id);
    const auto all = categories();
    if (!all)
        return all.problems();
    for (const auto &c : *all)
        if (c.name == text)
            return c;
    return Problem::error(QStringLiteral("category"), tr("There is no points category named %1.").arg(text));
}

namespace {
Problems categoryNameTaken(Database &db, const PointsCategory &category)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM points_category WHERE origin = '' AND name = ? AND id <> ?"));
    q.addBindValue(category.name.trimmed());
    q.addBindValue(category.id);
    if (!q.exec())
        return {sql::readError(q)};
    if (q.next())
        return {Problem::error(QStringLiteral("category"), PointsService::tr("There is already a category named %1 (number %2).")
                                                                .arg(category.name.trimmed()).arg(q.value(0).toLongLong()))};
    return {};
}
} // namespace

Result<qint64> PointsService::addCategory(const PointsCategory &category)
{
    Problems problems = Points::validateCategory(category);
    problems += categoryNameTaken(m_db, category);
    if (hasErrors(problems))
        return problems;
    return sql::write<qint64>(m_db, [&]() -> Result<qint64> {
        int position = category.position;
        if (position <= 0) {
            QSqlQuery q(m_db.sql());
            if (!q.exec(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM points_category")) || !q.next())
                return databaseError(q);
            position = q.value(0).toInt();
        }
        return sql::insert(m_db, QStringLiteral("points_category"),
                           {{QStringLiteral("name"), category.name.trimmed()},
                            {QStringLiteral("position"), position},
                            {QStringLiteral("retired"), category.retired ? 1 : 0}});
    });
}

Status PointsService::updateCategory(const PointsCategory &category)
{
    const auto existing = this->category(category.id);
    if (!existing)
        return existing.problems();
    Problems problems = Points::validateCategory(category);
    problems += categoryNameTaken(m_db, category);
    if (hasErrors(problems))
        return problems;
    return sql::updateRecord(m_db, QStringLiteral("points_category"), category.id,
                             {{QStringLiteral("name"), category.name.trimmed()},
                              {QStringLiteral("position"), category.position > 0 ? category.position : existing->position}});
}

Status PointsService::retireCategory(qint64 id, bool retired)
{
    const auto existing = category(id);
    if (!existing)
        return existing.problems();
    return sql::write<Done>(m_db, [&] {
        return sql::update(m_db, QStringLiteral("points_category"), id, {{QStringLiteral("retired"), retired ? 1 : 0}}, {},
                           retired ? QStringLiteral("retire") : QStringLiteral("restore"));
    });
}

// Years ----------------------------------------------------------------------------------------

Result<QList<PointsYear>> PointsService::years() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM points_year WHERE origin = ? ORDER BY year").arg(kYearColumns));
    q.addBindValue(nonNull(m_origin));
    return sql::rows<PointsYear>(q, yearFrom<QSqlQuery>);
}

Result<PointsYear> PointsService::year(int year) const
{
    Statement &q = m_db.statement(QStringLiteral("SELECT %1 FROM points_year WHERE origin = ? AND year = ?").arg(kYearColumns));
    q.addBindValue(nonNull(m_origin));
    q.addBindValue(year);
    if (!q.exec())
        return sql::readError(q);
    if (!q.next()) {
        if (auto end = sql::readEnd(q); !end)
            return end.problems();
        return Problem::error(kFrozen, tr("The points year %1 has not been started; start it with its rule set first.").arg(year));
    }
    const PointsYear found = yearFrom(q);
    q.finish();
    return found;
}

Result<qint64> PointsService::ownYearRow(int year) const
{
    Statement &q = m_db.statement(QStringLiteral("SELECT rowid FROM points_year WHERE origin = '' AND year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return sql::readError(q);
    const bool found = q.next();
    const qint64 rowid = found ? q.value(0).toLongLong() : 0;
    const Status end = sql::readEnd(q);
    q.finish();
    if (!end)
        return end.problems();
    if (!found)
        return Problem::error(QStringLiteral("year"), tr("There are no points for %1.").arg(year));
    return rowid;
}

Status PointsService::ensureOpen(int year) const
{
    const auto found = this->year(year);
    if (!found)
        return found.problems();
    if (found->published) {
        const auto publication = currentPublication(year);
        if (!publication)
            return publication.problems();
        const QString issued = *publication && (*publication)->issueDate ? (*publication)->issueDate->toString(Qt::ISODate) : QString();
        return Problem::error(kFrozen, tr("The points of %1 are published (issued %2) and frozen; reopen the year with a reason before changing them.")
                                           .arg(year).arg(issued));
    }
    return success();
}

Status PointsService::startYear(int year, std::optional<int> copyFrom)
{
    if (year < 2000 || year > 2100)
        return Problem::error(kFrozen, tr("The year %1 is outside 2000–2100.").arg(year));
    if (const auto existing = this->year(year))
        return Problem::error(kFrozen, tr("The points year %1 has already been started.").arg(year));
    else if (readFailed(existing.problems()))
        return existing.problems();
    PointsYear settings;
    settings.year = year;
    if (copyFrom) {
        const auto source = this->year(*copyFrom);
        if (!source)
            return source.problems();
        settings.thresholds = source->thresholds;
        settings.awardRequiresRegisteredYear = source->awardRequiresRegisteredYear;
        settings.copiedFrom = *copyFrom;
    }
    return sql::write<Done>(m_db, [&]() -> Status {
        auto started = sql::insert(m_db, QStringLiteral("points_year"),
                                   {{QStringLiteral("year"), year},
                                    {QStringLiteral("status"), QStringLiteral("open")},
                                    {QStringLiteral("excellent"), settings.thresholds.excellentTenths},
                                    {QStringLiteral("good"), settings.thresholds.goodTenths},
                                    {QStringLiteral("pass"), settings.thresholds.passTenths},
                                    {QStringLiteral("require_registered_year"), settings.awardRequiresRegisteredYear ? 1 : 0},
                                    {QStringLiteral("copied_from"), copyFrom ? QVariant(*copyFrom) : QVariant()}},
                                   QStringLiteral("start"));
        if (!started)
            return started.problems();
        if (!copyFrom)
            return success();
        // What is retired stays behind: a new year starts with the rules still in use. Each copied
        // cap and rule is written (and logged) as a row of its own.
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT k.category_id, k.cap FROM points_category_cap k JOIN points_category c ON c.id = k.category_id "
                                 "WHERE k.origin = '' AND k.year = ? AND c.retired = 0 ORDER BY k.rowid"));
        if (auto s = sql::exec(q, {*copyFrom}); !s)
            return s;
        QList<sql::Values> caps;
        while (q.next())
            caps.append({{QStringLiteral("year"), year}, {QStringLiteral("category_id"), q.value(0)}, {QStringLiteral("cap"), q.value(1)}});
        q.prepare(QStringLiteral("SELECT r.category_id, r.description, r.points, r.year_cap, r.item_cap, r.evidence_required, r.exclusive_group, "
                                 "r.position FROM points_rule r JOIN points_category c ON c.id = r.category_id "
                                 "WHERE r.origin = '' AND r.year = ? AND r.retired = 0 AND c.retired = 0 ORDER BY r.id"));
        if (auto s = sql::exec(q, {*copyFrom}); !s)
            return s;
        QList<sql::Values> rules;
        const QStringList columns = {QStringLiteral("category_id"), QStringLiteral("description"), QStringLiteral("points"),
                                     QStringLiteral("year_cap"), QStringLiteral("item_cap"), QStringLiteral("evidence_required"),
                                     QStringLiteral("exclusive_group"), QStringLiteral("position")};
        while (q.next()) {
            sql::Values rule{{QStringLiteral("year"), year}};
            for (int i = 0; i < columns.size(); ++i)
                rule.append({columns.at(i), q.value(i)});
            rules.append(rule);
        }
        for (const auto &cap : caps)
            if (auto added = sql::insert(m_db, QStringLiteral("points_category_cap"), cap); !added)
                return added.problems();
        for (const auto &rule : rules)
            if (auto added = sql::insert(m_db, QStringLiteral("points_rule"), rule); !added)
                return added.problems();
        return success();
    });
}

Status PointsService::updateYear(const PointsYear &settings)
{
    if (auto s = ensureOpen(settings.year); !s)
        return s;
    if (const Problems problems = Points::validateThresholds(settings.thresholds); hasErrors(problems))
        return problems;
    const auto row = ownYearRow(settings.year);
    if (!row)
        return row.problems();
    return sql::updateRecord(m_db, QStringLiteral("points_year"), *row,
                             {{QStringLiteral("excellent"), settings.thresholds.excellentTenths},
                              {QStringLiteral("good"), settings.thresholds.goodTenths},
                              {QStringLiteral("pass"), settings.thresholds.passTenths},
                              {QStringLiteral("require_registered_year"), settings.awardRequiresRegisteredYear ? 1 : 0}});
}

Result<QHash<qint64, qint64>> PointsService::categoryCaps(int year) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT category_id, cap FROM points_category_cap WHERE origin = ? AND year = ?"));
    q.addBindValue(nonNull(m_origin));
    q.addBindValue(year);
    const auto caps = sql::rows<std::pair<qint64, qint64>>(q, [](const QSqlQuery &row) {
        return std::pair{row.value(0).toLongLong(), row.value(1).toLongLong()};
    });
    if (!caps)
        return caps.problems();
    QHash<qint64, qint64> out;
    for (const auto &[category, cap] : *caps)
        out.insert(category, cap);
    return out;
}

Status PointsService::setCategoryCap(int year, qint64 categoryId, std::optional<qint64> capTenths)
{
    if (auto s = ensureOpen(year); !s)
        return s;
    const auto found = category(categoryId);
    if (!found)
        return found.problems();
    if (capTenths && *capTenths <= 0)
        return Problem::error(QStringLiteral("cap"), tr("A category's cap must be more than 0."));
    const QString table = QStringLiteral("points_category_cap");
    return sql::write<Done>(m_db, [&]() -> Status {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT rowid FROM points_category_cap WHERE year = ? AND category_id = ?"));
        if (auto s = sql::exec(q, {year, categoryId}); !s)
            return s;
        const std::optional<qint64> rowid = q.next() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
        q.finish();
        if (capTenths && rowid)
            return sql::update(m_db, table, *rowid, {{QStringLiteral("cap"), *capTenths}});
        if (capTenths) {
            auto added = sql::insert(m_db, table, {{QStringLiteral("year"), year}, {QStringLiteral("category_id"), categoryId}, {QStringLiteral("cap"), *capTenths}});
            return added ? success() : Status(added.problems());
        }
        return rowid ? sql::remove(m_db, table, *rowid) : success();
    });
}

} // namespace chamber
