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

const QString kRuleColumns = QStringLiteral(
    "r.id, r.year, r.category_id, r.description, r.points, r.year_cap, r.item_cap, r.evidence_required, "
    "r.exclusive_group, r.position, r.retired");

const QString kEntryColumns = QStringLiteral(
    "e.id, e.chamber_id, e.rule_id, e.occurred_on, e.quantity, e.points, e.manual_reason, e.evidence, e.entered_by, "
    "e.status, e.rejection_reason, e.decided_by, e.decided_at");

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
