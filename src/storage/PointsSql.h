// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Row mapping shared by the files of PointsService (internal to storage).

#include "Points.h"
#include "Problem.h"
#include "RecordSql.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace chamber::pointsql {

// now() and databaseError() are storage's own (RecordSql.h).
using sql::databaseError;
using sql::now;
QVariant optionalValue(const std::optional<qint64> &value);
// The row readers take a QSqlQuery or a Statement (Statement.h): the point reads by id run on the
// write path's statements.
template<typename Query>
std::optional<qint64> optionalFrom(const Query &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return q.value(column).toLongLong();
}

extern const QString kRuleColumns;   // id, year, category_id, description, points, year_cap, item_cap, evidence_required, exclusive_group, position, retired
template<typename Query>
PointsRule ruleFrom(const Query &q, int i = 0)
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

extern const QString kEntryColumns;  // 13 columns, prefixed e.
template<typename Query>
PointsEntry entryFrom(const Query &q, int i = 0)
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

extern const QString kVetoColumns;   // id, chamber_id, year, decided_on, reason, recorded_by
Veto vetoFrom(const QSqlQuery &q, int first = 0);

} // namespace chamber::pointsql
