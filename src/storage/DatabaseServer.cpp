// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL side of Database: connecting to a server address, telling a ChamberDesk database
// from an empty one or another program's, the schema version kept in chamber_schema, and the
// check. Nothing is written before the database has been recognised.
#include "Database.h"

#include "RecordSql.h"
#include "ServerAddress.h"
#include "WriteState.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace chamber {

namespace {

const QString kField = QStringLiteral("database");
// chamber_schema.application: marks a server database as ours, as application_id marks a file.
const QString kApplication = QStringLiteral("ChamberDesk");

QString nextServerConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("chamber-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

std::optional<qint64> number(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString &argument, const Options &options)
{
    auto address = ServerAddress::parse(argument);
    if (!address)
        return address.problems();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Problem::error(kField, tr("This installation cannot open a PostgreSQL database: Qt's PostgreSQL driver is missing "
                                         "(Debian package libqt6sql6-psql)."));
    std::unique_ptr<Database> db(new Database);
    db->m_backend = Backend::Postgres;
    db->m_path = address->display();
    db->m_connectionName = nextServerConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    db->m_db.setHostName(address->host);
    if (address->port > 0)
        db->m_db.setPort(address->port);
    db->m_db.setUserName(address->user);
    db->m_db.setPassword(address->password);
    db->m_db.setDatabaseName(address->database);
    db->m_db.setConnectOptions(address->connectOptions());
    if (!db->m_db.open())
        return Problem::error(kField, describeServerFailure(*address, db->m_db.lastError().databaseText()));

    QSqlQuery q(db->m_db);
    // Notices (a table that exists, an implicit index) are not for users.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    const bool ours = number(db->m_db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                                      "AND tablename = 'chamber_schema'"))
                          .value_or(0)
                      > 0;
    const qint64 tables = number(db->m_db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")).value_or(-1);
    if (tables < 0)
        return Problem::error(kField, tr("Cannot read the server database %1: %2").arg(db->m_path, q.lastError().text()));
    if (!ours && tables > 0)
        return Problem::error(kField, tr("The server database %1 belongs to another program (it has tables, but not ChamberDesk's); "
                                         "nothing was changed.")
                                          .arg(db->m_path));
    if (ours) {
        QSqlQuery app(db->m_db);
        const bool read = app.exec(QStringLiteral("SELECT application FROM chamber_schema"));
        // Row-level security shows a user without a grant no row (ServerAccess): said as such.
        if (!read || !app.next()) {
            if (!read && app.lastError().nativeErrorCode() != QStringLiteral("42501"))
                return Problem::error(kField, tr("Cannot read the server database %1: %2").arg(db->m_path, app.lastError().databaseText()));
            return Problem::error(kField, tr("You have no access to the server database %1; ask its administrator for a grant "
                                             "(chamberctl server grant).")
                                              .arg(db->m_path));
        }
        if (app.value(0).toString() != kApplication)
            return Problem::error(kField, tr("The server database %1 belongs to another program (its chamber_schema table is not "
                                             "ChamberDesk's); nothing was changed.")
                                              .arg(db->m_path));
    }
    if (!ours && !options.create)
        return Problem::error(kField, tr("The server database %1 is empty: it holds no ChamberDesk data yet. An administrator "
                                         "sets it up with: chamberctl --db %1 server init --scope CODE")
                                          .arg(db->m_path));
    const auto readVersion = db->schemaVersion();
    if (!readVersion)
        return readVersion.problems();
    const int version = *readVersion;
    if (version > latestVersion())
        return Problem::error(kField, tr("%1 was written by a newer ChamberDesk (schema version %2; this one knows up to %3).")
                                          .arg(db->m_path)
                                          .arg(version)
                                          .arg(latestVersion()));
    if (options.migrate) {
        const int target = options.migrateTo < 0 ? latestVersion() : options.migrateTo;
        if (auto status = db->migrate(target); !status)
            return status.problems();
    }
    return db;
}

QString Database::daysBetween(const QString &later, const QString &earlier) const
{
    if (isServer())
        return QStringLiteral("(CAST(%1 AS DATE) - CAST(%2 AS DATE))").arg(later, earlier);
    return QStringLiteral("CAST(julianday(%1) - julianday(%2) AS INTEGER)").arg(later, earlier);
}

QString Database::listOf(const QString &expression) const
{
    if (isServer())
        return QStringLiteral("string_agg(CAST(%1 AS TEXT), ',')").arg(expression);
    return QStringLiteral("group_concat(%1)").arg(expression);
}

Result<int> Database::serverSchemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'chamber_schema'"))
        || !q.next())
        return sql::readError(q);
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM chamber_schema")) || !q.next())
        return sql::readError(q);
    return q.value(0).toInt();
}

Status Database::checkServerBeforeMigrating()
{
    QSqlQuery q(m_db);
    // Text sorts by its bytes in SQLite; a server database must sort the same for lists and reports
    // to come out identical on both: C collation (code-point order).
    const auto version = schemaVersion();
    if (!version)
        return version.problems();
    if (*version == 0) {
        if (!q.exec(QStringLiteral("SELECT datcollate FROM pg_database WHERE datname = current_database()")) || !q.next())
            return Problem::error(kField, q.lastError().text());
        const QString collation = q.value(0).toString();
        if (collation != QStringLiteral("C") && collation != QStringLiteral("POSIX") && !collation.startsWith(QStringLiteral("C.")))
            return Problem::error(kField, tr("The server database %1 sorts text by the locale %2; ChamberDesk needs the C collation so "
                                             "that lists and reports sort as they do in a file. Create it with: CREATE DATABASE … "
                                             "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
                                              .arg(m_path, collation));
    }
    // Only the owner of the schema may change it: a clerk's connection says who to ask instead.
    if (!q.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')")) || !q.next() || !q.value(0).toBool())
        return Problem::error(kField, tr("The server database %1 needs an upgrade (schema version %2 → %3) that only its "
                                         "administrator can make: ask them to run chamberctl server init.")
                                          .arg(m_path)
                                          .arg(*version)
                                          .arg(latestVersion()));
    return success();
}

Problems Database::checkServer()
{
    Problems problems;
    QSqlQuery q(m_db);
    // The server keeps its own pages and foreign keys whole; what can be wrong is the schema.
    if (!q.exec(QStringLiteral("SELECT 1")))
        problems.append(Problem::error(QStringLiteral("integrity"), q.lastError().text()));
    if (const auto version = schemaVersion(); !version)
        problems += version.problems();
    else if (*version != latestVersion())
        problems.append(Problem::error(QStringLiteral("schema"), tr("The schema is at version %1; expected %2.")
                                                                   .arg(*version)
                                                                   .arg(latestVersion())));
    return problems;
}

} // namespace chamber
