// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountyPackages.h"

#include "ExchangeStore.h"
#include "ZipArchive.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

namespace chamber::test {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromUtf8(w));
    return out;
}

CliRun cliOk(const QString &db, const QStringList &arguments, const QString &lang)
{
    auto run = runCliDb(db, arguments, lang);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

CountyPackage makeCountyPackage(const QString &folder, const QString &code, const QString &fileName, const QString &packageName,
                                const QStringList &demoOptions)
{
    const QDir dir(folder);
    CountyPackage made{dir.filePath(fileName), dir.filePath(packageName)};
    cliOk(made.file, QStringList{QStringLiteral("demo"), QStringLiteral("--scope"), code} + demoOptions);
    cliOk(made.file, words({"exchange", "export", "--as-of", "2025-12-31", "--out"}) << made.package);
    return made;
}

QString guipingPackage(const QString &folder)
{
    const QDir dir(folder);
    const QString guiping = dir.filePath(QStringLiteral("guiping.sqlite"));
    cliOk(guiping, words({"init", "--scope", "450881"}));
    cliOk(guiping, words({"chamber", "add", "--township", "木乐镇", "--name", "桂平市木乐镇商会"}));
    const QString package = dir.filePath(QStringLiteral("450881.zip"));
    cliOk(guiping, words({"exchange", "export", "--out"}) << package);
    return package;
}

QList<std::pair<QString, QByteArray>> packageEntries(const QByteArray &package, const QString &county)
{
    ZipArchive zip(package);
    REQUIRE(zip.isOpen());
    QList<std::pair<QString, QByteArray>> out;
    QStringList paths = {QStringLiteral("manifest.json")};
    for (const auto &kind : ExchangeStore::kinds())
        paths.append(county + QLatin1Char('/') + kind + QStringLiteral(".jsonl"));
    for (const auto &path : paths) {
        const auto bytes = zip.entry(path, qint64(1) << 30);
        REQUIRE(bytes);
        out.append({path, *bytes});
    }
    return out;
}

} // namespace chamber::test
