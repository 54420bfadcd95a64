// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "DivisionCatalog.h"
#include "DivisionService.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace chamber::test {

QString createServerDatabase()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("chamber_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery q(maintenanceDatabase());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'").arg(name)));
    return QStringLiteral("postgresql:///") + name;
}

void dropServerDatabase(const QString &address)
{
    const QString name = address.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
    QSqlQuery q(maintenanceDatabase());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

TempDatabase::~TempDatabase()
{
    db.reset();
    if (onServer())
        dropServerDatabase(m_path);
}

TempDatabase::TempDatabase(const QString &scope)
{
    REQUIRE(dir.isValid());
    m_path = onServer() ? createServerDatabase() : dir.filePath(QStringLiteral("test.sqlite"));
    auto opened = Database::open(path());
    INFO(describe(opened.problems()).toStdString());
    REQUIRE(opened.ok());
    db = std::move(opened.value());
    if (!scope.isEmpty()) {
        auto division = DivisionCatalog::bundled().resolve(scope);
        REQUIRE(division.ok());
        REQUIRE(DivisionService(*db).initialise(*division).ok());
    }
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString describe(const Problems &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out.append(QStringLiteral("[%1 %2] %3").arg(p.isError() ? QStringLiteral("E") : QStringLiteral("W"), p.field, p.message));
    return out.join(QLatin1Char('\n'));
}

bool hasProblem(const Problems &problems, const QString &field, Problem::Severity severity)
{
    for (const auto &p : problems)
        if (p.field == field && p.severity == severity)
            return true;
    return false;
}

} // namespace chamber::test
