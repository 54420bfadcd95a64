// SPDX-License-Identifier: GPL-3.0-or-later
// PointsService: categories, years with their options and caps, and rules.
#include "PointsService.h"

#include "PointsSql.h"

#include <QSqlQuery>

namespace chamber {

using namespace pointsql;

namespace {

const QString kFrozen = QStringLiteral("year");

PointsCategory categoryFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0};
}

PointsYear yearFrom(const QSqlQuery &q)
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

QList<PointsCategory> PointsService::categories(bool includeRetired) const
{
    QSqlQuery q(m_db.sql());
    QList<PointsCategory> out;
    q.prepare(QStringLiteral("SELECT id, name, position, retired FROM points_category WHERE origin = ? %1 ORDER BY position, id")
                  .arg(includeRetired ? QString() : QStringLiteral("AND retired = 0")));
    q.addBindValue(nonNull(m_origin));
    if (q.exec())
        while (q.next())
            out.append(categoryFrom(q));
    return out;
}

Result<PointsCategory> PointsService::category(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name, position, retired FROM points_category WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        return Problem::error(QStringLiteral("category"), tr("There is no points category number %1.").arg(id));
    return categoryFrom(q);
}

Result<PointsCategory> PointsService::findCategory(const QString &idOrName) const
{
    const QString text = idOrName.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return category(id);
    for (const auto &c : categories())
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
    if (q.exec() && q.next())
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
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO points_category (name, position, retired, created_at) "
                             "VALUES (?, CASE WHEN ? > 0 THEN ? ELSE (SELECT coalesce(max(position), 0) + 1 FROM points_category) END, ?, ?)"));
    q.addBindValue(category.name.trimmed());
    q.addBindValue(category.position);
    q.addBindValue(category.position);
    q.addBindValue(category.retired ? 1 : 0);
    q.addBindValue(now());
    if (!q.exec())
        return databaseError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = m_db.log(QStringLiteral("points_category"), id, QStringLiteral("add"), category.name.trimmed()); !s)
        return s.problems();
    if (auto s = tx.commit(); !s)
        return s.problems();
    return id;
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
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE points_category SET name = ?, position = ? WHERE id = ?"));
    q.addBindValue(category.name.trimmed());
    q.addBindValue(category.position > 0 ? category.position : existing->position);
    q.addBindValue(category.id);
    if (!q.exec())
        return databaseError(q);
    if (auto s = m_db.log(QStringLiteral("points_category"), category.id, QStringLiteral("update"),
                          QStringLiteral("%1 → %2").arg(existing->name, category.name.trimmed()));
        !s)
        return s;
    return tx.commit();
}

Status PointsService::retireCategory(qint64 id, bool retired)
{
    const auto existing = category(id);
    if (!existing)
        return existing.problems();
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE points_category SET retired = ? WHERE id = ?"));
    q.addBindValue(retired ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (auto s = m_db.log(QStringLiteral("points_category"), id, retired ? QStringLiteral("retire") : QStringLiteral("restore"), existing->name); !s)
        return s;
    return tx.commit();
}

// Years ----------------------------------------------------------------------------------------

QList<PointsYear> PointsService::years() const
{
    QSqlQuery q(m_db.sql());
    QList<PointsYear> out;
    q.prepare(QStringLiteral("SELECT %1 FROM points_year WHERE origin = ? ORDER BY year").arg(kYearColumns));
    q.addBindValue(nonNull(m_origin));
    if (q.exec())
        while (q.next())
            out.append(yearFrom(q));
    return out;
}

Result<PointsYear> PointsService::year(int year) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM points_year WHERE origin = ? AND year = ?").arg(kYearColumns));
    q.addBindValue(nonNull(m_origin));
    q.addBindValue(year);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        return Problem::error(kFrozen, tr("The points year %1 has not been started; start it with its rule set first.").arg(year));
    const PointsYear found = yearFrom(q);
    q.finish();
    return found;
}

Status PointsService::ensureOpen(int year) const
{
    const auto found = this->year(year);
    if (!found)
        return found.problems();
    if (found->published) {
        const auto publication = currentPublication(year);
        const QString issued = publication && publication->issueDate ? publication->issueDate->toString(Qt::ISODate) : QString();
        return Problem::error(kFrozen, tr("The points of %1 are published (issued %2) and frozen; reopen the year with a reason before changing them.")
                                           .arg(year).arg(issued));
    }
    return success();
}

Status PointsService::startYear(int year, std::optional<int> copyFrom)
{
    if (year < 2000 || year > 2100)
        return Problem::error(kFrozen, tr("The year %1 is outside 2000–2100.").arg(year));
    if (this->year(year))
        return Problem::error(kFrozen, tr("The points year %1 has already been started.").arg(year));
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
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO points_year (year, status, excellent, good, pass, require_registered_year, copied_from, created_at) "
                             "VALUES (?, 'open', ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(year);
    q.addBindValue(settings.thresholds.excellentTenths);
    q.addBindValue(settings.thresholds.goodTenths);
    q.addBindValue(settings.thresholds.passTenths);
    q.addBindValue(settings.awardRequiresRegisteredYear ? 1 : 0);
    q.addBindValue(copyFrom ? QVariant(*copyFrom) : QVariant());
    q.addBindValue(now());
    if (!q.exec())
        return databaseError(q);
    if (copyFrom) {
        // What is retired stays behind: a new year starts with the rules still in use.
        q.prepare(QStringLiteral("INSERT INTO points_category_cap (year, category_id, cap) SELECT ?, k.category_id, k.cap "
                                 "FROM points_category_cap k JOIN points_category c ON c.id = k.category_id "
                                 "WHERE k.origin = '' AND k.year = ? AND c.retired = 0"));
        q.addBindValue(year);
        q.addBindValue(*copyFrom);
        if (!q.exec())
            return databaseError(q);
        q.prepare(QStringLiteral(
            "INSERT INTO points_rule (year, category_id, description, points, year_cap, item_cap, evidence_required, exclusive_group, "
            "position, retired, created_at, updated_at) "
            "SELECT ?, r.category_id, r.description, r.points, r.year_cap, r.item_cap, r.evidence_required, r.exclusive_group, "
            "r.position, 0, ?, ? FROM points_rule r JOIN points_category c ON c.id = r.category_id "
            "WHERE r.origin = '' AND r.year = ? AND r.retired = 0 AND c.retired = 0 ORDER BY r.id"));
        q.addBindValue(year);
        q.addBindValue(now());
        q.addBindValue(now());
        q.addBindValue(*copyFrom);
        if (!q.exec())
            return databaseError(q);
    }
    if (auto s = m_db.log(QStringLiteral("points_year"), year, QStringLiteral("start"),
                          copyFrom ? QStringLiteral("copy of %1").arg(*copyFrom) : QString());
        !s)
        return s;
    return tx.commit();
}

Status PointsService::updateYear(const PointsYear &settings)
{
    if (auto s = ensureOpen(settings.year); !s)
        return s;
    if (const Problems problems = Points::validateThresholds(settings.thresholds); hasErrors(problems))
        return problems;
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE points_year SET excellent = ?, good = ?, pass = ?, require_registered_year = ? WHERE origin = '' AND year = ?"));
    q.addBindValue(settings.thresholds.excellentTenths);
    q.addBindValue(settings.thresholds.goodTenths);
    q.addBindValue(settings.thresholds.passTenths);
    q.addBindValue(settings.awardRequiresRegisteredYear ? 1 : 0);
    q.addBindValue(settings.year);
    if (!q.exec())
        return databaseError(q);
    if (auto s = m_db.log(QStringLiteral("points_year"), settings.year, QStringLiteral("update"),
                          QStringLiteral("%1/%2/%3 registered-a-year %4")
                              .arg(Points::formatTenths(settings.thresholds.excellentTenths), Points::formatTenths(settings.thresholds.goodTenths),
                                   Points::formatTenths(settings.thresholds.passTenths))
                              .arg(settings.awardRequiresRegisteredYear ? 1 : 0));
        !s)
        return s;
    return tx.commit();
}

QHash<qint64, qint64> PointsService::categoryCaps(int year) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT category_id, cap FROM points_category_cap WHERE origin = ? AND year = ?"));
    q.addBindValue(nonNull(m_origin));
    q.addBindValue(year);
    QHash<qint64, qint64> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
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
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    if (capTenths) {
        q.prepare(QStringLiteral("INSERT INTO points_category_cap (year, category_id, cap) VALUES (?, ?, ?) "
                                 "ON CONFLICT (year, category_id) DO UPDATE SET cap = excluded.cap"));
        q.addBindValue(year);
        q.addBindValue(categoryId);
        q.addBindValue(*capTenths);
    } else {
        q.prepare(QStringLiteral("DELETE FROM points_category_cap WHERE year = ? AND category_id = ?"));
        q.addBindValue(year);
        q.addBindValue(categoryId);
    }
    if (!q.exec())
        return databaseError(q);
    if (auto s = m_db.log(QStringLiteral("points_category_cap"), categoryId, QStringLiteral("set"),
                          QStringLiteral("%1 %2").arg(year).arg(capTenths ? Points::formatTenths(*capTenths) : QStringLiteral("none")));
        !s)
        return s;
    return tx.commit();
}

} // namespace chamber
