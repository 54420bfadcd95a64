// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"

#include "ChamberService.h"
#include "Fields.h"

namespace chamber {

std::optional<Chamber> RecordChecks::chamber(Database &db, qint64 chamberId, Problems &problems)
{
    auto found = ChamberService(db).get(chamberId);
    if (!found) {
        problems.append(found.problems());
        return std::nullopt;
    }
    return found.value();
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
