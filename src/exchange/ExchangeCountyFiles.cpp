// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeCountyFiles.h"

#include "Database.h"
#include "DivisionCatalog.h"
#include "DivisionService.h"
#include "ExchangePackage.h"
#include "ExchangeStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace chamber {

bool ExchangeCountyFiles::looksLikePackage(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArrayLiteral("PK\x03\x04");
}

Result<QList<ExchangeCountyFiles::CountyFile>> ExchangeCountyFiles::write(const QString &package, const QString &folder, const QStringList &kinds)
{
    const QString field = QStringLiteral("package");
    const QString fileName = QFileInfo(package).fileName();
    QFile f(package);
    if (!f.open(QIODevice::ReadOnly))
        return Problem::error(field, tr("Cannot read %1.").arg(package));
    const auto read = ExchangeFormat::read(f.readAll(), fileName, Database::latestVersion());
    if (!read)
        return read.problems();
    QList<CountyFile> out;
    for (const auto &section : read->sections) {
        const auto county = DivisionCatalog::bundled().byCode(section.code);
        if (!county || county->level != DivisionLevel::County)
            return Problem::error(field, tr("%1: %2 (%3) is not a county; the package is refused.").arg(fileName, section.name, section.code));
        CountyFile file{county->code, county->name, QDir(folder).filePath(QStringLiteral("%1.sqlite").arg(county->code)),
                        QStringLiteral("%1 (%2 #%3 %4 sha256=%5)")
                            .arg(fileName, county->name)
                            .arg(section.sequence)
                            .arg(section.asOf.toString(Qt::ISODate), section.sha256.left(16))};
        if (QFileInfo::exists(file.path))
            return Problem::error(field, tr("%1 holds %2 twice; the package is refused.").arg(fileName, county->name));
        auto opened = Database::open(file.path);
        if (!opened)
            return opened.problems();
        Database &db = *opened.value();
        if (auto s = DivisionService(db).initialise(*county); !s)
            return s.problems();
        QHash<QString, QList<QByteArray>> lines;
        for (const QString &kind : kinds)
            if (section.lines.contains(kind))
                lines.insert(kind, section.lines.value(kind));
        Transaction tx(db);
        if (!tx.active())
            return Problem::error(QStringLiteral("database"), tx.error());
        // Origin '': the records are the county's own in its file, as in the county's database.
        ExchangeStore store(db);
        if (auto s = store.replace(QString(), lines); !s)
            return Problem::error(field, tr("%1: the records of %2 cannot be read: %3").arg(fileName, county->name, s.firstError()));
        store.endReplace();
        if (auto s = tx.commit(); !s)
            return s.problems();
        out.append(file);
    }
    return out;
}

} // namespace chamber
