// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl server init, grant, users, revoke: a shared PostgreSQL database set up and its users'
// access granted (issue 13; docs/server.md).
#include "Cli.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "ExchangeCountyFiles.h"
#include "ServerAccess.h"
#include "ServerImport.h"
#include "TextTable.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace chamber::cli {

namespace {

Database &serverDb(Context &context, bool create = false)
{
    Database &db = context.db(create);
    if (!db.isServer())
        throw Refusal{{Problem::error(QStringLiteral("database"),
                                      Context::tr("%1 is a file; the server commands take a server address: --db "
                                                  "postgresql://user@host:port/dbname")
                                          .arg(db.path()))}};
    return db;
}

int runInit(Context &context, const QCommandLineParser &p)
{
    const Division scope = databaseScopeOption(p);
    Database &db = serverDb(context, true);
    ServerAccess access(db);
    // The access rights first: every table FORCE's them, the owner's writes included.
    if (auto s = access.initialise(); !s)
        return context.finish(s.problems());
    if (auto s = DivisionService(db).initialise(scope); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("%1 is set up for %2 (%3), schema version %4, with row-level security on every table. Grant access "
                                 "with: chamberctl --db %1 server grant --user NAME --county CODE --role clerk")
                         .arg(db.path(), DivisionCatalog::bundled().pathName(scope.code), scope.code)
                         .arg(take(db.schemaVersion()))
                  << Qt::endl;
    return Ok;
}

int runGrant(Context &context, const QCommandLineParser &p)
{
    const QString user = requiredValue(p, QStringLiteral("user"));
    const QString roleText = requiredValue(p, QStringLiteral("role"));
    const auto role = ServerAccess::roleFromKey(roleText);
    if (!role)
        throw UsageError{Context::tr("--role takes clerk, official or admin, not \"%1\".").arg(roleText)};
    QString scope;
    if (*role == ServerAccess::Role::Clerk) {
        scope = requiredValue(p, QStringLiteral("county"));
        const auto county = DivisionCatalog::bundled().byCode(scope);
        if (!county || county->level != DivisionLevel::County)
            return context.finish({Problem::error(QStringLiteral("county"), Context::tr("%1 is not a county code (6 digits).").arg(scope))});
    } else if (*role == ServerAccess::Role::Official) {
        scope = requiredValue(p, QStringLiteral("scope"));
        const auto division = DivisionCatalog::bundled().byCode(scope);
        if (!division || division->level == DivisionLevel::Township)
            return context.finish({Problem::error(QStringLiteral("scope"),
                                                  Context::tr("%1 is not the code of a province, city or county.").arg(scope))});
    }
    Database &db = serverDb(context);
    if (auto s = ServerAccess(db).grant(user, *role, scope); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("%1 is now %2%3 on %4.")
                         .arg(user, roleText, scope.isEmpty() ? QString() : Context::tr(" of %1").arg(scope), db.path())
                  << Qt::endl;
    return Ok;
}

int runUsers(Context &context, const QCommandLineParser &)
{
    Database &db = serverDb(context);
    const auto grants = ServerAccess(db).grants();
    if (!grants)
        return context.finish(grants.problems());
    TextTable table({Context::tr("User"), Context::tr("Role"), Context::tr("Scope"), Context::tr("Granted"), Context::tr("By")});
    for (const auto &g : *grants)
        table.addRow({g.user, ServerAccess::roleKey(g.role), g.scope, g.grantedAt, g.grantedBy});
    table.print(context.out());
    return Ok;
}

int runRevoke(Context &context, const QCommandLineParser &p)
{
    const QString user = requiredValue(p, QStringLiteral("user"));
    Database &db = serverDb(context);
    if (auto s = ServerAccess(db).revoke(user); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("%1 has no access to %2 any more.").arg(user, db.path()) << Qt::endl;
    return Ok;
}

int runImportFile(Context &context, const QCommandLineParser &p)
{
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        throw UsageError{Context::tr("server import-file takes one county database file or one report package.")};
    const QString file = files.first();
    Database &db = serverDb(context);
    // A report package: checked as exchange import checks it, each county's records written to a
    // file of that county, and those files taken in like the county's own, in one transaction.
    QList<ServerImport::Source> sources{{file, QFileInfo(file).fileName()}};
    QTemporaryDir unpacked;
    if (ExchangeCountyFiles::looksLikePackage(file)) {
        if (!unpacked.isValid())
            return context.finish({Problem::error(QStringLiteral("package"), Context::tr("Cannot make a temporary folder to read %1 in.").arg(file))});
        const auto counties = ExchangeCountyFiles::write(file, unpacked.path(), ServerImport::tableNames());
        if (!counties)
            return context.finish(counties.problems());
        sources.clear();
        for (const auto &county : *counties)
            sources.append({county.path, county.label});
    }
    const auto summaries = ServerImport(db).importFiles(sources);
    if (!summaries)
        return context.finish(summaries.problems());
    for (const auto &summary : *summaries) {
        context.out() << Context::tr("Took %1 (%2) into %3, all in one transaction:").arg(summary.countyName, summary.countyCode, db.path())
                      << Qt::endl;
        for (const auto &[table, rows] : summary.rows)
            context.out() << QStringLiteral("  %1: %2").arg(table).arg(rows) << Qt::endl;
    }
    context.out() << Context::tr("The micro-points (rules, years, entries) are the office's own and were not taken.") << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> serverCommands()
{
    const QString server = QStringLiteral("server");
    return {
        {{server, QStringLiteral("init")}, Context::tr("Set a PostgreSQL database up for an office: schema, scope and access rights"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("scope"), Context::tr("The division the database covers (code or name)."), QStringLiteral("CODE")));
         },
         runInit, {}},
        {{server, QStringLiteral("grant")}, Context::tr("Give a user access: a clerk writes one county, an official reads a scope"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("user"), Context::tr("The server user (login role)."), QStringLiteral("NAME")));
             p.addOption(option(QStringLiteral("role"), Context::tr("clerk, official or admin."), QStringLiteral("ROLE")));
             p.addOption(option(QStringLiteral("county"), Context::tr("A clerk's county (6-digit code)."), QStringLiteral("CODE")));
             p.addOption(option(QStringLiteral("scope"), Context::tr("An official's division (code)."), QStringLiteral("CODE")));
         },
         runGrant, {}},
        {{server, QStringLiteral("users")}, Context::tr("List the users with access and their roles"), {}, runUsers, {}},
        {{server, QStringLiteral("import-file")}, Context::tr("Take a county's database file or report package into the server under its county, all or nothing"),
         {}, runImportFile, QStringLiteral("FILE|PACKAGE.zip")},
        {{server, QStringLiteral("revoke")}, Context::tr("Take a user's access away"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("user"), Context::tr("The server user (login role)."), QStringLiteral("NAME")));
         },
         runRevoke, {}},
    };
}

} // namespace chamber::cli
