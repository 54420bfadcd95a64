// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "AppInfo.h"
#include "Dates.h"
#include "DivisionCatalog.h"
#include "Fields.h"
#include "HelpText.h"
#include "RecordKind.h"
#include "ServerAddress.h"

#include <QFileInfo>

#include <cstdio>

namespace chamber::cli {

Context::Context(QString dbPath, QStringList commandPath)
    : m_dbPath(std::move(dbPath)), m_commandPath(std::move(commandPath)), m_out(stdout), m_err(stderr)
{
}

Database &Context::db(bool create, bool migrate)
{
    if (!m_db) {
        const bool server = ServerAddress::isServer(m_dbPath);
        // A file of no bytes is not a database; only init may make one of it.
        if (!server && !create && QFileInfo(m_dbPath).isFile() && QFileInfo(m_dbPath).size() == 0)
            throw Refusal{{Problem::error(QStringLiteral("database"),
                                          tr("%1 is empty (0 bytes): it is not a ChamberDesk database. To start a new database in it, "
                                             "run: chamberctl --db %1 init --scope CODE")
                                              .arg(m_dbPath))}};
        Database::Options options;
        options.create = create;
        options.migrate = migrate;
        auto opened = Database::open(m_dbPath, options);
        if (!opened) {
            if (!server && !create && !QFileInfo::exists(m_dbPath))
                throw Refusal{{Problem::error(QStringLiteral("database"),
                                              tr("There is no database at %1; create one with: chamberctl --db %1 init --scope CODE")
                                                  .arg(m_dbPath))}};
            throw Refusal{opened.problems()};
        }
        const auto version = opened.value()->schemaVersion();
        if (!version)
            throw Refusal{version.problems()};
        if (!migrate && *version < Database::latestVersion())
            throw Refusal{{Problem::error(QStringLiteral("database"),
                                          tr("%1 was written by an older ChamberDesk (schema version %2) and would need an upgrade to "
                                             "version %3 first. A dry run changes nothing, so it stops here; run the command without "
                                             "--dry-run to upgrade the file (a copy of it is kept).")
                                              .arg(m_dbPath)
                                              .arg(*version)
                                              .arg(Database::latestVersion()))}};
        m_db = std::move(opened.value());
        if (!m_db->preMigrationBackup().isEmpty())
            m_err << tr("The database was upgraded; the previous file was kept as %1").arg(m_db->preMigrationBackup()) << Qt::endl;
    }
    return *m_db;
}

void Context::report(const Problems &problems)
{
    for (const auto &p : problems) {
        const QString label = p.field.isEmpty() ? QString() : fieldLabel(p);
        QString prefix = p.isError() ? tr("error") : tr("warning");
        if (!label.isEmpty())
            prefix = tr("%1 (%2)").arg(prefix, label);
        if (p.row > 0)
            prefix = tr("row %1, %2").arg(p.row).arg(prefix);
        m_err << prefix << tr(": ") << p.message << Qt::endl;
    }
}

int Context::finish(const Problems &problems)
{
    report(problems);
    return hasErrors(problems) ? Refused : Ok;
}

QCommandLineOption option(const QString &name, const QString &description, const QString &valueName)
{
    return valueName.isEmpty() ? QCommandLineOption(name, description) : QCommandLineOption(name, description, valueName);
}

QString requiredValue(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name) || p.value(name).trimmed().isEmpty())
        throw UsageError{Context::tr("The option --%1 is required.").arg(name)};
    return p.value(name).trimmed();
}

Division databaseScopeOption(const QCommandLineParser &p)
{
    auto scope = DivisionCatalog::bundled().resolve(requiredValue(p, QStringLiteral("scope")));
    if (!scope)
        throw Refusal{scope.problems()};
    if (scope->level == DivisionLevel::Township)
        throw Refusal{{Problem::error(QStringLiteral("scope"),
                                      Context::tr("%1 is a township; a database covers a province, city or county.").arg(scope->name))}};
    return *scope;
}

std::optional<int> intOption(const QCommandLineParser &p, const QString &name, const QString &field)
{
    if (!p.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int value = p.value(name).trimmed().toInt(&ok);
    if (!ok)
        throw Refusal{{Problem::error(field, Context::tr("--%1 expects a whole number, not \"%2\".").arg(name, p.value(name)))}};
    return value;
}

std::optional<QDate> dateOption(const QCommandLineParser &p, const QString &name, const QString &field)
{
    if (!p.isSet(name) || p.value(name).trimmed().isEmpty())
        return std::nullopt;
    const auto date = dates::parseIso(p.value(name));
    if (!date)
        throw Refusal{{Problem::error(field, Context::tr("--%1 expects a date written YYYY-MM-DD, such as 2016-09-01, not \"%2\".")
                                                 .arg(name, p.value(name)))}};
    return date;
}

QString formatOption(const QCommandLineParser &p, const QStringList &allowed)
{
    const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")).trimmed().toLower() : allowed.first();
    if (!allowed.contains(format))
        throw UsageError{Context::tr("--format takes one of: %1.").arg(allowed.join(QStringLiteral(", ")))};
    return format;
}

QString positionalArgument(const QCommandLineParser &p, const QString &name)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        throw UsageError{Context::tr("The argument %1 is missing.").arg(name)};
    if (args.size() > 1)
        throw UsageError{Context::tr("Unexpected arguments: %1").arg(args.mid(1).join(QLatin1Char(' ')))};
    return args.first();
}

void writeJson(Context &context, const std::string &json)
{
    context.out() << QString::fromStdString(json) << Qt::endl;
}

QList<Command> allCommands()
{
    QList<Command> commands;
    commands += setupCommands();
    commands += chamberCommands();
    commands += registrationCommands();
    commands += registrationCorrectionCommands();
    commands += statsCommands();
    commands += partyCommands();
    commands += honourCommands();
    commands += mediationCommands();
    commands += caseCorrectionCommands();
    commands += needCommands();
    commands += memberCommands();
    commands += pointsCommands();
    commands += reportCommands();
    commands += importCommands();
    commands += importLogCommands();
    commands += verifyCommands();
    commands += backupCommands();
    commands += exchangeCommands();
    commands += historyCommands();
    commands += serverCommands();
    return commands;
}

namespace {

void printHelp(QTextStream &out, const QList<Command> &commands)
{
    out << Context::tr("Usage: chamberctl [--db PATH] COMMAND [OPTIONS]") << Qt::endl << Qt::endl;
    out << HelpText::wrap(Context::tr("Keeps the records of township chambers of commerce. Default database: %1")
                              .arg(AppInfo::defaultDatabasePath()),
                          79)
               .join(QLatin1Char('\n'))
        << Qt::endl << Qt::endl
        << Context::tr("Commands:") << Qt::endl;
    QList<std::pair<QString, QString>> rows;
    for (const auto &c : commands)
        rows.append({c.words.join(QLatin1Char(' ')), c.summary});
    out << HelpText::table(rows);
    out << Qt::endl << Context::tr("Run chamberctl COMMAND --help for the options of a command.") << Qt::endl;
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments.mid(1);
    QString dbPath = AppInfo::defaultDatabasePath();
    // Global options come before the command words.
    while (!args.isEmpty() && args.first().startsWith(QStringLiteral("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QStringLiteral("--db")) {
            if (args.isEmpty()) {
                err << Context::tr("--db needs a file path or a server address (postgresql://user@host:port/dbname).") << Qt::endl;
                return Usage;
            }
            dbPath = args.takeFirst();
        } else if (opt.startsWith(QStringLiteral("--db="))) {
            dbPath = opt.mid(5);
        } else if (opt == QStringLiteral("--help")) {
            printHelp(out, allCommands());
            return Ok;
        } else if (opt == QStringLiteral("--version")) {
            out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion() << Qt::endl;
            return Ok;
        } else {
            err << Context::tr("Unknown option %1.").arg(opt) << Qt::endl;
            return Usage;
        }
    }
    const QList<Command> commands = allCommands();
    const Command *match = nullptr;
    for (const auto &c : commands) {
        if (args.size() >= c.words.size() && args.mid(0, c.words.size()) == c.words
            && (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    if (!match) {
        if (args.isEmpty())
            printHelp(err, commands);
        else
            err << Context::tr("Unknown command: %1. Run chamberctl --help for the list.").arg(args.join(QLatin1Char(' '))) << Qt::endl;
        return Usage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(match->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (match->options)
        match->options(parser);
    if (!match->positional.isEmpty())
        parser.addPositionalArgument(match->positional, match->positional);
    QStringList commandArgs = args.mid(match->words.size());
    commandArgs.prepend(QStringLiteral("chamberctl ") + match->words.join(QLatin1Char(' ')));
    if (!parser.parse(commandArgs)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt writes the program path and "[options]"; show the command as a user types it.
        // (Qt translates "[options]" too, so the program path alone is replaced.)
        out << HelpText::rewrapQtHelp(parser.helpText().replace(QCoreApplication::arguments().constFirst(),
                                                                QStringLiteral("chamberctl [--db PATH] ") + match->words.join(QLatin1Char(' '))));
        return Ok;
    }
    if (match->positional.isEmpty() && !parser.positionalArguments().isEmpty()) {
        err << Context::tr("Unexpected arguments: %1").arg(parser.positionalArguments().join(QLatin1Char(' '))) << Qt::endl;
        return Usage;
    }
    Context context(dbPath, match->words);
    try {
        return match->run(context, parser);
    } catch (const UsageError &e) {
        context.err() << e.message << Qt::endl;
        return Usage;
    } catch (const Refusal &r) {
        context.report(r.problems);
        return Refused;
    }
}

} // namespace chamber::cli
