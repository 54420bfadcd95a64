// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsSupport.h"

#include "ChamberService.h"
#include "TestSupport.h"

namespace chamber::test {

qint64 addChamber(Database &db, const char *township, const char *name, QDate founded)
{
    Chamber c;
    c.townshipCode = QString::fromLatin1(township);
    c.name = QString::fromUtf8(name);
    c.founded = founded;
    c.individualMembers = 40;
    c.unitMembers = 11;
    auto added = ChamberService(db).add(c);
    INFO(describe(added.problems()));
    REQUIRE(added.ok());
    return added.value();
}

} // namespace chamber::test
