// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"

#include "ChamberService.h"
#include "Dates.h"
#include "Fields.h"

#include <QSqlError>
#include <QSqlQuery>

namespace chamber {

std::optional<Chamber> RecordChecks::chamber(Database &db, qint64 chamberId, Problems &problems)
{
    // Only what the checks use, by a statement prepared once: every record an import or the demo
    // adds is checked here, and ChamberService::get (twenty columns, member counts) was a fifth of
    // an import.
    Statement &q = db.statement(QStringLiteral("SELECT name, founded_on, dissolved_on, status, township_code FROM chamber WHERE id = ?"));
    q.addBindValue(chamberId);
    if (!q.exec()) {
        problems.append(Problem::error(QStringLiteral("database"), q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next()) {
        problems.append(Problem::error(QStringLiteral("chamber"), ChamberService::tr("There is no chamber number %1.").arg(chamberId)));
        return std::nullopt;
    }
    Chamber c;
    c.id = chamberId;
    c.name = q.value(0).toString();
    c.founded = dates::fromIsoOrEmpty(q.value(1).toString());
    c.dissolved = dates::fromIsoOrEmpty(q.value(2).toString());
    c.status = Chambers::statusFromText(q.value(3).toString()).value_or(ChamberStatus::Active);
    c.townshipCode = q.value(4).toString();
    q.finish();
    return c;
}

void RecordChecks::notBeforeFounding(Problems &problems, const QString &field, const std::optional<QDate> &date, const Chamber &chamber)
{
    if (date && chamber.founded && *date < *chamber.founded)
        problems.append(Problem::warning(field, tr("The %1 %2 is before %3 was founded on %4.")
                                                    .arg(fieldLabel(field), date->toString(Qt::ISODate), chamber.name,
                                                         chamber.founded->toString(Qt::ISODate))));
}

void RecordChecks::sameChamber(Problems &problems, qint64 storedChamberId, qint64 chamberId)
{
    if (storedChamberId != chamberId)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("A record stays with the chamber it was entered for; "
                                                                     "remove it and add it to the other chamber instead.")));
}

} // namespace chamber
