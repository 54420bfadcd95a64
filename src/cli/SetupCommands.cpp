// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl init, demo, check, backup, settings.
#include "Cli.h"
#include "DemoGenerator.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "YesNo.h"

#include <QFileInfo>
#include <QHash>

#include <cstdio>
#include <unistd.h>

namespace chamber::cli {

namespace {

int runInit(Context &context, const QCommandLineParser &p)
{
    const Division scope = databaseScopeOption(p);
    Database &db = context.db(true);
    DivisionService divisions(db);
    const bool already = take(divisions.scope()).has_value();
    if (auto s = divisions.initialise(scope); !s)
        return context.finish(s.problems());
    int counted = 0, excluded = 0;
    for (const auto &t : take(divisions.townships(scope.code)))
        (Divisions::isProperTownship(t.kind) ? counted : excluded) += 1;
    if (already)
        context.out() << Context::tr("The database already covers %1 (%2); nothing changed.").arg(scope.name, scope.code) << Qt::endl;
    else
        context.out() << Context::tr("Created %1 for %2 (%3): %4 townships, %5 other township-level units.")
                             .arg(db.path(), DivisionCatalog::bundled().pathName(scope.code), scope.code)
                             .arg(counted).arg(excluded)
                      << Qt::endl;
    return Ok;
}

// The demo's counts by kind, named for the reader (the keys are the generator's).
QString demoKindName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("chambers"), QT_TRANSLATE_NOOP("Cli", "chambers")},
        {QStringLiteral("registration_events"), QT_TRANSLATE_NOOP("Cli", "registration changes")},
        {QStringLiteral("party_organizations"), QT_TRANSLATE_NOOP("Cli", "Party organisations")},
        {QStringLiteral("party_instructors"), QT_TRANSLATE_NOOP("Cli", "Party instructors")},
        {QStringLiteral("disclosures"), QT_TRANSLATE_NOOP("Cli", "disclosure periods")},
        {QStringLiteral("honours"), QT_TRANSLATE_NOOP("Cli", "honours")},
        {QStringLiteral("members"), QT_TRANSLATE_NOOP("Cli", "members")},
        {QStringLiteral("needs"), QT_TRANSLATE_NOOP("Cli", "member needs")},
        {QStringLiteral("mediation_committees"), QT_TRANSLATE_NOOP("Cli", "mediation committees")},
        {QStringLiteral("mediation_cases"), QT_TRANSLATE_NOOP("Cli", "mediation cases")},
        {QStringLiteral("mediation_reopened"), QT_TRANSLATE_NOOP("Cli", "mediation cases reopened")},
        {QStringLiteral("mediation_tallies"), QT_TRANSLATE_NOOP("Cli", "yearly mediation tallies")},
        {QStringLiteral("points_years"), QT_TRANSLATE_NOOP("Cli", "scoring years")},
        {QStringLiteral("points_entries"), QT_TRANSLATE_NOOP("Cli", "points entries")},
        {QStringLiteral("points_vetoes"), QT_TRANSLATE_NOOP("Cli", "veto items")},
        {QStringLiteral("points_publications"), QT_TRANSLATE_NOOP("Cli", "published scoring reports")},
    };
    const char *name = names.value(key);
    return name ? Context::tr(name) : key;
}

int runDemo(Context &context, const QCommandLineParser &p)
{
    const QString scopeText = requiredValue(p, QStringLiteral("scope"));
    quint64 seed = 1;
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw Refusal{{Problem::error(QStringLiteral("seed"), Context::tr("--seed expects a whole number, not \"%1\".")
                                                                      .arg(p.value(QStringLiteral("seed"))))}};
    }
    auto scope = DivisionCatalog::bundled().resolve(scopeText);
    if (!scope)
        return context.finish(scope.problems());
    Database &db = context.db(true);
    if (auto existing = take(DivisionService(db).scope()); existing && existing->code != scope->code)
        return context.finish({Problem::error(QStringLiteral("scope"), Context::tr("This database covers %1, not %2.")
                                                                           .arg(existing->name, scope->name))});
    // Progress on a terminal (a line rewritten in place), none in a pipe or with --quiet.
    const bool showProgress = !p.isSet(QStringLiteral("quiet")) && isatty(fileno(stderr));
    int shown = -1;
    auto progress = [&](int percent) {
        if (!showProgress || percent == shown)
            return;
        shown = percent;
        context.err() << '\r' << Context::tr("Making demo data for %1: %2%").arg(scope->name).arg(percent) << Qt::flush;
    };
    auto made = DemoGenerator::generate(db, *scope, seed, progress);
    if (showProgress && shown >= 0)
        context.err() << Qt::endl;
    if (!made)
        return context.finish(made.problems());
    context.out() << Context::tr("Demo data for %1 (seed %2):").arg(DivisionCatalog::bundled().pathName(scope->code)).arg(seed) << Qt::endl;
    for (auto it = made->cbegin(); it != made->cend(); ++it)
        context.out() << QStringLiteral("  %1: %2").arg(demoKindName(it.key())).arg(it.value()) << Qt::endl;
    return Ok;
}

int runCheck(Context &context, const QCommandLineParser &)
{
    Database &db = context.db();
    const Problems problems = db.check();
    if (problems.isEmpty()) {
        context.out() << Context::tr("%1: integrity ok, foreign keys ok, schema version %2.").arg(db.path()).arg(take(db.schemaVersion()))
                      << Qt::endl;
        return Ok;
    }
    return context.finish(problems);
}

int runBackup(Context &context, const QCommandLineParser &p)
{
    const QString target = requiredValue(p, QStringLiteral("out"));
    Database &db = context.db();
    if (QFileInfo(target).absoluteFilePath() == db.path())
        return context.finish({Problem::error(QStringLiteral("backup"), Context::tr("The backup cannot overwrite the database itself."))});
    if (auto s = db.backupTo(target); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("Backed up %1 to %2.").arg(db.path(), QFileInfo(target).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int runSettings(Context &context, const QCommandLineParser &p)
{
    Database &db = context.db();
    DivisionService divisions(db);
    if (p.isSet(QStringLiteral("include-other-units"))) {
        const auto answer = YesNo::read(p.value(QStringLiteral("include-other-units")));
        const bool yes = answer == YesNo::Answer::Yes;
        if (!yes && answer != YesNo::Answer::No)
            throw UsageError{Context::tr("--include-other-units takes yes or no.")};
        if (auto s = divisions.setIncludeOtherUnits(yes); !s)
            return context.finish(s.problems());
    }
    const auto scope = take(divisions.scope());
    context.out() << Context::tr("scope: %1").arg(scope ? QStringLiteral("%1 %2").arg(scope->code, scope->name) : Context::tr("(none)"))
                  << Qt::endl
                  << Context::tr("include development zones and farms (codes 400–599) in coverage: %1")
                         .arg(take(divisions.includeOtherUnits()) ? Context::tr("yes") : Context::tr("no"))
                  << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> setupCommands()
{
    return {
        {{QStringLiteral("init")}, Context::tr("Create a database for a province, city or county, with its divisions"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("scope"), Context::tr("Division code (2, 4 or 6 digits) or name."), QStringLiteral("CODE|NAME")));
         },
         runInit, {}},
        {{QStringLiteral("demo")}, Context::tr("Fill a new database with made-up records for every township of a scope"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("scope"), Context::tr("Division code or name."), QStringLiteral("CODE|NAME")));
             p.addOption(option(QStringLiteral("seed"), Context::tr("Seed; the same seed gives the same data (default 1)."), QStringLiteral("N")));
             p.addOption(option(QStringLiteral("quiet"), Context::tr("No progress (shown on a terminal otherwise).")));
         },
         runDemo, {}},
        {{QStringLiteral("check")}, Context::tr("Check the database's integrity and foreign keys"), {}, runCheck, {}},
        {{QStringLiteral("backup")}, Context::tr("Copy the database consistently, even while it is in use"),
         [](QCommandLineParser &p) { p.addOption(option(QStringLiteral("out"), Context::tr("The backup file."), QStringLiteral("FILE"))); },
         runBackup, {}},
        {{QStringLiteral("settings")}, Context::tr("Show or change the database's settings"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("include-other-units"),
                                Context::tr("Count development zones and farms (codes 400–599) in coverage: yes or no."),
                                QStringLiteral("yes|no")));
         },
         runSettings, {}},
    };
}

} // namespace chamber::cli
