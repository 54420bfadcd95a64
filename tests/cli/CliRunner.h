// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace chamber::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    nlohmann::json json() const;
};

// Runs chamberctl with the arguments; lang "en" or "zh_CN" picks the message language.
CliRun runCli(const QStringList &arguments, const QString &lang = QStringLiteral("en"));
// Runs with --db path first.
CliRun runCliDb(const QString &db, const QStringList &arguments, const QString &lang = QStringLiteral("en"));

} // namespace chamber::test
