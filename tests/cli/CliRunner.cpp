// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace chamber::test {

nlohmann::json CliRun::json() const
{
    return nlohmann::json::parse(out.toStdString());
}

CliRun runCli(const QStringList &arguments, const QString &lang)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CHAMBERDESK_LANG"), lang);
    env.insert(QStringLiteral("LANG"), lang == QStringLiteral("en") ? QStringLiteral("C.UTF-8") : lang + QStringLiteral(".UTF-8"));
    env.insert(QStringLiteral("CHAMBERDESK_USER"), QStringLiteral("tester"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHAMBERCTL), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CliRun runCliDb(const QString &db, const QStringList &arguments, const QString &lang)
{
    return runCli(QStringList{QStringLiteral("--db"), db} + arguments, lang);
}

} // namespace chamber::test
