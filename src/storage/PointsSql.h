// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Row mapping shared by the files of PointsService (internal to storage).

#include "Points.h"
#include "Problem.h"
#include "RecordSql.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace chamber::pointsql {

// now() and databaseError() are storage's own (RecordSql.h).
using sql::databaseError;
using sql::now;
QVariant optionalValue(const std::optional<qint64> &value);
std::optional<qint64> optionalFrom(const QSqlQuery &q, int column);

extern const QString kRuleColumns;   // id, year, category_id, description, points, year_cap, item_cap, evidence_required, exclusive_group, position, retired
PointsRule ruleFrom(const QSqlQuery &q, int first = 0);

extern const QString kEntryColumns;  // 13 columns, prefixed e.
PointsEntry entryFrom(const QSqlQuery &q, int first = 0);

extern const QString kVetoColumns;   // id, chamber_id, year, decided_on, reason, recorded_by
Veto vetoFrom(const QSqlQuery &q, int first = 0);

} // namespace chamber::pointsql
