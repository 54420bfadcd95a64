// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "DivisionCatalog.h"
#include "DivisionService.h"

#include <QFile>

namespace chamber::test {

TempDatabase::TempDatabase(const QString &scope)
{
    REQUIRE(dir.isValid());
    auto opened = Database::open(path());
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
