// SPDX-License-Identifier: GPL-3.0-or-later
// Everything the command line can do, the app can do: every command of chamberctl's command table
// (allCommands()) has a row in docs/cli.md's "CLI and app" table naming the app action that does
// the same, or saying why it is CLI-only. A new command without a row fails here.
#include "Cli.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>

using namespace chamber;

namespace {

// The rows of the table under "## CLI and app": `command words` → what the second column says.
QMap<QString, QString> parityTable()
{
    QFile f(QStringLiteral(CHAMBER_SOURCE_DIR "/docs/cli.md"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression row(QStringLiteral("^\\|\\s*`([^`]+)`\\s*\\|(.*)\\|\\s*$"));
    QMap<QString, QString> out;
    bool inSection = false;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("## ")))
            inSection = line.trimmed() == QStringLiteral("## CLI and app");
        if (!inSection)
            continue;
        const auto m = row.match(line);
        if (m.hasMatch()) {
            INFO("documented twice: " << m.captured(1).toStdString());
            CHECK_FALSE(out.contains(m.captured(1)));
            out.insert(m.captured(1), m.captured(2).trimmed());
        }
    }
    return out;
}

} // namespace

TEST_CASE("every chamberctl command has an app counterpart or is documented as CLI-only")
{
    const QMap<QString, QString> table = parityTable();
    REQUIRE(table.size() > 10);
    QStringList commands;
    for (const auto &c : cli::allCommands())
        commands.append(c.words.join(QLatin1Char(' ')));
    for (const QString &command : commands) {
        INFO("chamberctl " << command.toStdString() << " has no row in docs/cli.md \"CLI and app\"");
        REQUIRE(table.contains(command));
        const QString counterpart = table.value(command);
        INFO("chamberctl " << command.toStdString() << ": the row names no app action and no reason it is CLI-only");
        CHECK(counterpart.size() > 3);
        // An app action reads "Page → action"; a CLI-only command says so and why.
        CHECK((counterpart.contains(QStringLiteral("→")) || counterpart.startsWith(QStringLiteral("CLI only:"))));
    }
    // No row for a command that is gone.
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        INFO("docs/cli.md lists `" << it.key().toStdString() << "`, which chamberctl does not have");
        CHECK(commands.contains(it.key()));
    }
}

TEST_CASE("only setting-up and administration commands are CLI-only")
{
    // What a clerk does day to day must be in the app; these may stay on the command line.
    const QStringList allowed = {QStringLiteral("demo"), QStringLiteral("server init"), QStringLiteral("server grant"),
                                 QStringLiteral("server users"), QStringLiteral("server revoke"), QStringLiteral("server import-file")};
    const QMap<QString, QString> table = parityTable();
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        if (it.value().startsWith(QStringLiteral("CLI only:"))) {
            INFO("`" << it.key().toStdString() << "` is documented as CLI-only");
            CHECK(allowed.contains(it.key()));
        }
}
