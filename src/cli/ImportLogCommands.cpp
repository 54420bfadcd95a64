// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl import log: each ledger import (file, SHA-256, who, when, sheet, policy, counts), and
// with --id the changes one import made.
#include "Cli.h"
#include "ImportLogService.h"
#include "TextTable.h"

#include <nlohmann/json.hpp>

namespace chamber::cli {

namespace {

nlohmann::json toJson(const ImportLogEntry &e)
{
    return {{"id", e.id},
            {"at", e.at.toString(Qt::ISODate).toStdString()},
            {"actor", e.actor.toStdString()},
            {"file_name", e.fileName.toStdString()},
            {"file_sha256", e.fileSha256.toStdString()},
            {"sheet", e.sheet.toStdString()},
            {"update_policy", e.updatePolicy.toStdString()},
            {"records", e.records},
            {"created", e.created},
            {"updated", e.updated},
            {"unchanged", e.unchanged},
            {"skipped", e.skipped},
            {"refused", e.refused}};
}

int runChanges(Context &context, qint64 id, bool json)
{
    ImportLogService log(context.db());
    const auto entry = log.entry(id);
    if (!entry)
        return context.finish(entry.problems());
    const auto changes = log.changes(id);
    if (!changes)
        return context.finish(changes.problems());
    if (json) {
        nlohmann::json j = toJson(*entry);
        j["changes"] = nlohmann::json::array();
        for (const auto &c : *changes)
            j["changes"].push_back({{"id", c.id},
                                    {"at", c.at.toString(Qt::ISODate).toStdString()},
                                    {"actor", c.actor.toStdString()},
                                    {"entity", c.entity.toStdString()},
                                    {"entity_id", c.entityId},
                                    {"action", c.action.toStdString()},
                                    {"detail", c.detail.toStdString()}});
        writeJson(context, j.dump(2));
        return Ok;
    }
    context.out() << Context::tr("Import %1: %2 (SHA-256 %3)").arg(entry->id).arg(entry->fileName, entry->fileSha256) << Qt::endl;
    TextTable table({Context::tr("Record"), Context::tr("Number"), Context::tr("Action"), Context::tr("Detail")});
    for (const auto &c : *changes)
        table.addRow({c.entity, QString::number(c.entityId), c.action, c.detail});
    table.print(context.out());
    context.out() << Context::tr("%n change(s)", nullptr, int(changes->size())) << Qt::endl;
    return Ok;
}

int runLog(Context &context, const QCommandLineParser &p)
{
    const bool json = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")}) == QStringLiteral("json");
    if (p.isSet(QStringLiteral("id"))) {
        const auto id = intOption(p, QStringLiteral("id"), QStringLiteral("import"));
        return runChanges(context, *id, json);
    }
    const int limit = intOption(p, QStringLiteral("limit"), QStringLiteral("limit")).value_or(-1);
    const auto entries = ImportLogService(context.db()).list(limit);
    if (!entries)
        return context.finish(entries.problems());
    if (json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &e : *entries)
            j.push_back(toJson(e));
        writeJson(context, j.dump(2));
        return Ok;
    }
    TextTable table({Context::tr("No."), Context::tr("When"), Context::tr("Who"), Context::tr("File"), Context::tr("SHA-256"), Context::tr("Sheet"),
                     Context::tr("Policy"), Context::tr("Records"), Context::tr("Created"), Context::tr("Updated"), Context::tr("Unchanged"),
                     Context::tr("Skipped"), Context::tr("Refused")});
    for (const auto &e : *entries)
        table.addRow({QString::number(e.id), e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.actor, e.fileName,
                      e.fileSha256.left(12), e.sheet, e.updatePolicy, QString::number(e.records), QString::number(e.created),
                      QString::number(e.updated), QString::number(e.unchanged), QString::number(e.skipped), QString::number(e.refused)});
    table.print(context.out());
    context.out() << Context::tr("%n import(s); the changes of one: chamberctl import log --id N", nullptr, int(entries->size())) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> importLogCommands()
{
    return {
        {{QStringLiteral("import"), QStringLiteral("log")}, Context::tr("List the ledger imports, or the changes one import made"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("id"), Context::tr("Show the changes of this import."), QStringLiteral("N")));
             p.addOption(option(QStringLiteral("limit"), Context::tr("Only the newest N imports."), QStringLiteral("N")));
             p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
         },
         runLog, {}},
    };
}

} // namespace chamber::cli
