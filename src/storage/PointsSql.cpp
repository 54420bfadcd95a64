// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsSql.h"

#include "RecordSql.h"

#include <QDateTime>
#include <QSqlError>

namespace chamber::pointsql {

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<qint64> optionalFrom(const QSqlQuery &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return q.value(column).toLongLong();
}

const QString kRuleColumns = QStringLiteral(
    "r.id, r.year, r.category_id, r.description, r.points, r.year_cap, r.item_cap, r.evidence_required, "
    "r.exclusive_group, r.position, r.retired");

PointsRule ruleFrom(const QSqlQuery &q, int i)
{
    PointsRule r;
    r.id = q.value(i).toLongLong();
    r.year = q.value(i + 1).toInt();
    r.categoryId = q.value(i + 2).toLongLong();
    r.description = q.value(i + 3).toString();
    r.pointsTenths = q.value(i + 4).toLongLong();
    r.yearCapTenths = optionalFrom(q, i + 5);
    r.itemCapTenths = optionalFrom(q, i + 6);
    r.evidenceRequired = q.value(i + 7).toInt() != 0;
    r.exclusiveGroup = q.value(i + 8).toString();
    r.position = q.value(i + 9).toInt();
    r.retired = q.value(i + 10).toInt() != 0;
    return r;
}

const QString kEntryColumns = QStringLiteral(
    "e.id, e.chamber_id, e.rule_id, e.occurred_on, e.quantity, e.points, e.manual_reason, e.evidence, e.entered_by, "
    "e.status, e.rejection_reason, e.decided_by, e.decided_at");

PointsEntry entryFrom(const QSqlQuery &q, int i)
{
    PointsEntry e;
    e.id = q.value(i).toLongLong();
    e.chamberId = q.value(i + 1).toLongLong();
    e.ruleId = q.value(i + 2).toLongLong();
    e.date = QDate::fromString(q.value(i + 3).toString(), Qt::ISODate);
    e.quantity = q.value(i + 4).toInt();
    e.pointsTenths = q.value(i + 5).toLongLong();
    e.manualReason = q.value(i + 6).toString();
    e.evidence = q.value(i + 7).toString();
    e.enteredBy = q.value(i + 8).toString();
    e.status = Points::statusFromText(q.value(i + 9).toString()).value_or(EntryStatus::Draft);
    e.rejectionReason = q.value(i + 10).toString();
    e.decidedBy = q.value(i + 11).toString();
    e.decidedAt = q.value(i + 12).toString();
    return e;
}

const QString kVetoColumns = QStringLiteral("v.id, v.chamber_id, v.year, v.decided_on, v.reason, v.recorded_by");

Veto vetoFrom(const QSqlQuery &q, int i)
{
    Veto v;
    v.id = q.value(i).toLongLong();
    v.chamberId = q.value(i + 1).toLongLong();
    v.year = q.value(i + 2).toInt();
    v.date = QDate::fromString(q.value(i + 3).toString(), Qt::ISODate);
    v.reason = q.value(i + 4).toString();
    v.recordedBy = q.value(i + 5).toString();
    return v;
}

} // namespace chamber::pointsql
