// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliRunner.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace chamber::test {

// What the report-package tests (ExchangeCliTests, ServerPackageCliTests) make alike: command
// lines, county databases with their packages, and a package's entries.

QStringList words(std::initializer_list<const char *> list);
// chamberctl --db db ARGS…, which must succeed: the test stops otherwise, with what it said.
CliRun cliOk(const QString &db, const QStringList &arguments, const QString &lang = QStringLiteral("en"));
void writeFile(const QString &path, const QByteArray &bytes);

// A county's demo database and its first report package (as of 2025-12-31), made in a folder.
struct CountyPackage
{
    QString file;
    QString package;
};
// `demo --scope code` with demoOptions into folder/fileName, exported to folder/packageName.
CountyPackage makeCountyPackage(const QString &folder, const QString &code, const QString &fileName, const QString &packageName,
                                const QStringList &demoOptions = {});
// A package of 桂平市 (450881, in 贵港市, outside 南宁市) with one chamber, made in a folder.
QString guipingPackage(const QString &folder);

// A package's entries, by path: manifest.json, then COUNTY/KIND.jsonl in kind order.
QList<std::pair<QString, QByteArray>> packageEntries(const QByteArray &package, const QString &county);

} // namespace chamber::test
