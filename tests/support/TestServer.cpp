// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServer.h"

#include <QSqlError>

namespace chamber::test {

bool onServer()
{
    return qEnvironmentVariable("CHAMBER_TEST_BACKEND") == QStringLiteral("postgresql");
}

QSqlDatabase maintenanceDatabase()
{
    const QString name = QStringLiteral("test-maintenance");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isOpen()) {
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        db.open();
    }
    return db;
}

QString serverUnavailable()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver is not installed");
    QSqlDatabase db = maintenanceDatabase();
    return db.isOpen() ? QString() : db.lastError().text();
}

} // namespace chamber::test
