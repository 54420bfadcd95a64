// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"
#include "Problem.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace chamber {
enum class ReportLanguage;
}

namespace chamber::cli {

// Exit codes of chamberctl.
enum Exit { Ok = 0, Refused = 1, Usage = 2 };

// Thrown by option helpers when an argument is malformed, so that commands read straight.
struct UsageError
{
    QString message;
};
// Thrown when input is refused (exit 1) before anything is written.
struct Refusal
{
    Problems problems;
};

// The value a read gave, or the command stops (exit 1) with the read's error (which says the file
// may be damaged and how to recover it): a read that failed never shows as an empty list or a zero.
template<typename T>
T take(Result<T> result)
{
    if (!result)
        throw Refusal{result.problems()};
    return std::move(result.value());
}

// What a command runs with: its arguments, the output streams and the database.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Context(QString dbPath, QStringList commandPath);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &dbPath() const { return m_dbPath; }
    const QStringList &commandPath() const { return m_commandPath; }
    // Opens (creating if asked) the database; refuses when it cannot.
    // migrate false: a file of an older schema is refused (a dry run never upgrades it).
    Database &db(bool create = false, bool migrate = true);
    // Prints problems as "error (field): message" / "warning (field): message".
    void report(const Problems &problems);
    // Prints the problems and returns the exit code: Refused if any is an error.
    int finish(const Problems &problems);

private:
    QString m_dbPath;
    QStringList m_commandPath;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
};

// One subcommand: its words ("chamber", "add"), what it does, its options and its body.
struct Command
{
    QStringList words;
    QString summary;  // translated at registration
    std::function<void(QCommandLineParser &)> options;
    std::function<int(Context &, const QCommandLineParser &)> run;
    QString positional;  // name of one positional argument, if any ("ID")
};

QList<Command> allCommands();
// Each area's commands; allCommands() joins them.
QList<Command> setupCommands();
QList<Command> chamberCommands();
QList<Command> registrationCommands();
QList<Command> statsCommands();
QList<Command> partyCommands();
QList<Command> honourCommands();
QList<Command> mediationCommands();
QList<Command> needCommands();
QList<Command> memberCommands();
QList<Command> pointsCommands();
QList<Command> reportCommands();
QList<Command> importCommands();
QList<Command> importLogCommands();
// Corrections of one entry of a dated history (CorrectionCommands.cpp).
QList<Command> registrationCorrectionCommands();
QList<Command> caseCorrectionCommands();
QList<Command> verifyCommands();
QList<Command> backupCommands();
QList<Command> exchangeCommands();
QList<Command> historyCommands();
QList<Command> serverCommands();

int run(const QStringList &arguments);

// Option reading helpers; they throw UsageError or Refusal with a message naming the option.
QString requiredValue(const QCommandLineParser &p, const QString &option);
// --scope of `init` and `server init`: a province, city or county of the bundled divisions (a
// township is refused: a database covers more than one).
Division databaseScopeOption(const QCommandLineParser &p);
std::optional<int> intOption(const QCommandLineParser &p, const QString &option, const QString &field);
std::optional<QDate> dateOption(const QCommandLineParser &p, const QString &option, const QString &field);
QString formatOption(const QCommandLineParser &p, const QStringList &allowed);
// --language zh_CN|en of a report (ReportCommands.cpp); Chinese when not given, whatever the locale.
ReportLanguage reportLanguageOption(const QCommandLineParser &p);
QCommandLineOption reportLanguageOpt();
QString positionalArgument(const QCommandLineParser &p, const QString &name);
QCommandLineOption option(const QString &name, const QString &description, const QString &valueName = {});
void writeJson(Context &context, const std::string &json);

} // namespace chamber::cli
