// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

#include "ChamberService.h"
#include "Database.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "ServerAccess.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlError>
#include <QSqlQuery>

namespace chamber::test {

namespace {

void run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("test server refused %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

qint64 addChamber(Database &db, const QString &township, const QString &name)
{
    Chamber c;
    c.townshipCode = township;
    c.name = name;
    c.founded = QDate(2011, 10, 10);
    const auto added = ChamberService(db).add(c);
    if (!added)
        qFatal("fixture chamber refused: %s", qPrintable(added.firstError()));
    return added.value();
}

} // namespace

ServerDatabase::ServerDatabase()
{
    static QAtomicInt counter;
    name = QStringLiteral("chamber_apptest_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    address = QStringLiteral("postgresql:///") + name;
    run(maintenanceDatabase(), QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'").arg(name));
    auto opened = Database::open(address);
    if (!opened)
        qFatal("test server database refused: %s", qPrintable(opened.firstError()));
    Database &db = *opened.value();
    if (auto s = ServerAccess(db).initialise(); !s)
        qFatal("server init refused: %s", qPrintable(s.firstError()));
    if (auto s = DivisionService(db).initialise(*DivisionCatalog::bundled().byCode(QStringLiteral("4501"))); !s)
        qFatal("scope refused: %s", qPrintable(s.firstError()));
    litang = addChamber(db, QStringLiteral("450126101"), QStringLiteral("宾阳县黎塘镇商会"));
    xinzhu = addChamber(db, QStringLiteral("450103001"), QStringLiteral("新竹街道商会"));
}

ServerDatabase::~ServerDatabase()
{
    QSqlDatabase db = maintenanceDatabase();
    QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    for (const QString &user : m_users)
        QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(user));
}

QString ServerDatabase::login(const QString &user, const QString &role, const QString &scope, const QString &password)
{
    const QString unique = QStringLiteral("%1_%2").arg(user).arg(QCoreApplication::applicationPid());
    {
        auto opened = Database::open(address);
        if (!opened)
            qFatal("test server database refused: %s", qPrintable(opened.firstError()));
        if (auto s = ServerAccess(*opened.value()).grant(unique, *ServerAccess::roleFromKey(role), scope); !s)
            qFatal("grant refused: %s", qPrintable(s.firstError()));
    }
    m_users.append(unique);
    // ALTER ROLE takes no bound parameters: the name and the password quoted by the driver.
    QSqlDatabase db = maintenanceDatabase();
    QSqlField literal(QStringLiteral("password"), QMetaType(QMetaType::QString));
    literal.setValue(password);
    run(db, QStringLiteral("ALTER ROLE %1 PASSWORD %2")
                .arg(db.driver()->escapeIdentifier(unique, QSqlDriver::TableName), db.driver()->formatValue(literal)));
    return QStringLiteral("postgresql://%1@localhost/%2").arg(unique, name);
}

} // namespace chamber::test
