// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangePackage.h"

#include "ExchangeStore.h"
#include "Sha256.h"
#include "ZipArchive.h"

#include <nlohmann/json.hpp>

namespace chamber {

namespace {

using json = nlohmann::ordered_json;

constexpr qint64 kMaxEntryBytes = qint64(1) << 31;
const char *const kFormat = "chamberdesk-exchange";

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

int n(const json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_number_integer() ? it->get<int>() : 0;
}

QString entryPath(const QString &code, const QString &kind)
{
    return code + QLatin1Char('/') + kind + QStringLiteral(".jsonl");
}

} // namespace

QByteArray ExchangeFormat::fileBytes(const QList<QByteArray> &lines)
{
    QByteArray out;
    qsizetype size = 0;
    for (const auto &l : lines)
        size += l.size() + 1;
    out.reserve(size);
    for (const auto &l : lines) {
        out += l;
        out += '\n';
    }
    return out;
}

QString ExchangeFormat::sha256(const QByteArray &bytes)
{
    return Sha256::hex(bytes);
}

QByteArray ExchangeFormat::write(ExchangePackage &package)
{
    QList<std::pair<QString, QByteArray>> entries;
    json manifest;
    manifest["format"] = kFormat;
    manifest["format_version"] = package.formatVersion;
    manifest["schema_version"] = package.schemaVersion;
    manifest["created_at"] = s(package.createdAt);
    manifest["application"] = s(package.application);
    manifest["office"] = {{"code", s(package.officeCode)}, {"name", s(package.officeName)}};
    json sections = json::array();
    for (auto &section : package.sections) {
        Sha256 all;
        json files = json::object();
        section.counts.clear();
        for (const QString &kind : ExchangeStore::kinds()) {
            const auto &lines = section.lines[kind];
            const QByteArray bytes = fileBytes(lines);
            all.addData(bytes);
            const QString path = entryPath(section.code, kind);
            files[s(kind)] = {{"path", s(path)}, {"records", lines.size()}, {"sha256", s(sha256(bytes))}};
            section.counts.insert(kind, int(lines.size()));
            entries.append({path, bytes});
        }
        section.sha256 = all.hex();
        json counts = json::object();
        for (auto it = section.counts.cbegin(); it != section.counts.cend(); ++it)
            counts[s(it.key())] = it.value();
        sections.push_back({{"origin", {{"code", s(section.code)}, {"name", s(section.name)}}},
                            {"sequence", section.sequence},
                            {"made_at", s(section.madeAt)},
                            {"made_by", s(section.madeBy)},
                            {"as_of", s(section.asOf.toString(Qt::ISODate))},
                            {"schema_version", section.schemaVersion},
                            {"forwarded_by", s(section.forwardedBy)},
                            {"counts", counts},
                            {"files", files},
                            {"sha256", s(section.sha256)}});
    }
    manifest["sections"] = sections;
    entries.prepend({QStringLiteral("manifest.json"), QByteArray::fromStdString(manifest.dump(2)) + '\n'});
    return ZipArchive::create(entries);
}

Result<ExchangePackage> ExchangeFormat::read(const QByteArray &bytes, const QString &fileName, int knownSchemaVersion)
{
    const QString field = QStringLiteral("package");
    ZipArchive zip(bytes);
    const auto manifestBytes = zip.isOpen() ? zip.entry(QStringLiteral("manifest.json"), 16 << 20) : std::nullopt;
    if (!manifestBytes)
        return Problem::error(field, tr("%1 is not a ChamberDesk report package (no manifest.json in a ZIP archive), or it is damaged.").arg(fileName));
    const json manifest = json::parse(manifestBytes->constData(), manifestBytes->constData() + manifestBytes->size(), nullptr, false);
    if (!manifest.is_object() || q(manifest, "format") != QLatin1String(kFormat))
        return Problem::error(field, tr("%1 is damaged or was changed, or is not a ChamberDesk report package: its manifest.json is not one. Ask for the package again.").arg(fileName));
    ExchangePackage p;
    p.formatVersion = n(manifest, "format_version");
    p.schemaVersion = n(manifest, "schema_version");
    if (p.formatVersion < 1 || p.formatVersion > ExchangePackage::kFormatVersion)
        return Problem::error(field, tr("%1 is in version %2 of the package format; this ChamberDesk reads up to version %3. Update ChamberDesk first.")
                                         .arg(fileName).arg(p.formatVersion).arg(ExchangePackage::kFormatVersion));
    if (p.schemaVersion < 1 || p.schemaVersion > knownSchemaVersion)
        return Problem::error(field, tr("%1 was made by a newer ChamberDesk (schema version %2; this one knows up to %3). Update ChamberDesk first.")
                                         .arg(fileName).arg(p.schemaVersion).arg(knownSchemaVersion));
    p.createdAt = q(manifest, "created_at");
    p.application = q(manifest, "application");
    if (const auto office = manifest.find("office"); office != manifest.end() && office->is_object()) {
        p.officeCode = q(*office, "code");
        p.officeName = q(*office, "name");
    }
    const auto sections = manifest.find("sections");
    if (sections == manifest.end() || !sections->is_array() || sections->empty())
        return Problem::error(field, tr("%1 holds no county's records.").arg(fileName));
    for (const auto &j : *sections) {
        ExchangeSection section;
        if (const auto origin = j.find("origin"); origin != j.end() && origin->is_object()) {
            section.code = q(*origin, "code");
            section.name = q(*origin, "name");
        }
        section.sequence = n(j, "sequence");
        section.madeAt = q(j, "made_at");
        section.madeBy = q(j, "made_by");
        section.asOf = QDate::fromString(q(j, "as_of"), Qt::ISODate);
        section.schemaVersion = n(j, "schema_version");
        section.forwardedBy = q(j, "forwarded_by");
        section.sha256 = q(j, "sha256");
        if (section.code.size() != 6 || section.sequence < 1 || !section.asOf.isValid())
            return Problem::error(field, tr("%1 is damaged or was changed: the manifest's section for %2 lacks its county, sequence or as-of date. Ask for the package again.").arg(fileName, section.code));
        if (section.schemaVersion > knownSchemaVersion)
            return Problem::error(field, tr("%1: the records of %2 were made by a newer ChamberDesk (schema version %3; this one knows up to %4). Update ChamberDesk first.")
                                             .arg(fileName, section.name).arg(section.schemaVersion).arg(knownSchemaVersion));
        const auto files = j.find("files");
        if (files == j.end() || !files->is_object())
            return Problem::error(field, tr("%1 is damaged or was changed: the manifest lists no files for %2. Ask for the package again.").arg(fileName, section.name));
        // The section's SHA-256 covers every file's bytes in kind order; it is computed in one
        // pass. Each file's own SHA-256 is computed only when that does not match, to name the
        // damaged file (hashing everything twice was a tenth of a region's import).
        Sha256 all;
        QList<std::pair<QString, QByteArray>> read;  // path → bytes, in kind order
        QList<QString> fileHashes;
        for (const QString &kind : ExchangeStore::kinds()) {
            const auto file = files->find(s(kind));
            if (file == files->end()) {
                if (section.schemaVersion >= 7)
                    return Problem::error(field, tr("%1 is damaged or was changed: the manifest lists no file of %2 for %3. Ask for the package again.").arg(fileName, kind, section.name));
                continue;
            }
            const QString path = q(*file, "path");
            const auto data = zip.entry(path, kMaxEntryBytes);
            if (!data)
                return Problem::error(field, tr("%1 is damaged: %2 is missing or cannot be read.").arg(fileName, path));
            all.addData(*data);
            read.append({path, *data});
            fileHashes.append(q(*file, "sha256"));
            QList<QByteArray> lines = data->split('\n');
            if (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            if (lines.size() != n(*file, "records"))
                return Problem::error(field, tr("%1 is damaged or was changed: %2 holds %3 records, its manifest says %4. Ask for the package again.").arg(fileName, path).arg(lines.size()).arg(n(*file, "records")));
            section.counts.insert(kind, int(lines.size()));
            section.lines.insert(kind, lines);
        }
        if (all.hex() != section.sha256) {
            for (qsizetype i = 0; i < read.size(); ++i)
                if (sha256(read[i].second) != fileHashes[i])
                    return Problem::error(field, tr("%1 is damaged or was changed: the checksum (SHA-256) of %2 does not match its manifest. Ask for the package again.")
                                                     .arg(fileName, read[i].first));
            return Problem::error(field, tr("%1 is damaged or was changed: the checksum (SHA-256) of %2's records does not match its manifest. Ask for the package again.")
                                             .arg(fileName, section.name));
        }
        p.sections.append(section);
    }
    return p;
}

} // namespace chamber
