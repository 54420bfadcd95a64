// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseHealth.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace chamber {

Status DatabaseHealth::quickCheck(Database &db)
{
    if (db.isServer())
        return success();  // the server keeps its pages whole; its administrator checks it
    QSqlQuery q(db.sql());
    QStringList findings;
    // At most a few findings: the first say enough, and a badly damaged file can give thousands.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        findings.append(q.lastError().text());
    } else {
        while (q.next())
            if (const QString line = q.value(0).toString(); line != QStringLiteral("ok"))
                findings.append(line);
    }
    if (findings.isEmpty())
        return success();
    return Problem::error(damagedField(),
                          tr("The database file %1 is damaged: SQLite's check of the file found: %2. ChamberDesk does not open it, so "
                             "that no figure is read wrong from it. Restore it from one of its backups; the damaged file is kept.")
                              .arg(QDir::toNativeSeparators(db.path()), findings.join(QStringLiteral("; "))));
}

} // namespace chamber
