// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl history [--entity KIND --id N | --chamber ID | --import N] [--since DATE] [--user NAME]
// [--limit N]: the changes with their values before and after; history undo CHANGE_ID; import undo N.
#include "Backups.h"
#include "ChangeHistory.h"
#include "Cli.h"
#include "Fields.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <nlohmann/json.hpp>

namespace chamber::cli {

namespace {

// The fields a change touched, with their values before and after (an insert: as created).
QList<std::tuple<QString, QJsonValue, QJsonValue>> fieldsOf(ChangeHistory &history, const Change &c, QJsonObject &created, QString *uid = nullptr)
{
    QList<std::tuple<QString, QJsonValue, QJsonValue>> out;
    if (c.isInsert()) {
        if (const auto values = history.created(c, uid))
            created = *values;
        else
            created = c.after;
        if (uid && uid->isEmpty())
            *uid = c.after.value(QStringLiteral("uid")).toString();  // a line from before version 10 kept it
        for (auto it = created.begin(); it != created.end(); ++it)
            out.append({it.key(), QJsonValue(), it.value()});
        return out;
    }
    QStringList keys = c.before.keys() + c.after.keys();
    keys.removeDuplicates();
    for (const QString &key : keys)
        out.append({key, c.isInsert() ? QJsonValue() : c.before.value(key), c.isRemoval() ? QJsonValue() : c.after.value(key)});
    return out;
}

int runHistory(Context &context, const QCommandLineParser &p)
{
    const bool json = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")}) == QStringLiteral("json");
    ChangeQuery query;
    if (p.isSet(QStringLiteral("entity")))
        query.entity = p.value(QStringLiteral("entity"));
    if (const auto id = intOption(p, QStringLiteral("id"), QStringLiteral("id")))
        query.entityId = *id;
    if (const auto id = intOption(p, QStringLiteral("chamber"), QStringLiteral("chamber")))
        query.chamberId = *id;
    if (const auto id = intOption(p, QStringLiteral("import"), QStringLiteral("import")))
        query.importId = *id;
    query.since = dateOption(p, QStringLiteral("since"), QStringLiteral("since"));
    if (p.isSet(QStringLiteral("user")))
        query.actor = p.value(QStringLiteral("user"));
    query.limit = intOption(p, QStringLiteral("limit"), QStringLiteral("limit")).value_or(50);
    ChangeHistory history(context.db());
    const auto changes = history.list(query);
    if (!changes)
        return context.finish(changes.problems());
    if (json) {
        nlohmann::json j = nlohmann::json::array();
        for (const Change &c : *changes) {
            QJsonObject created;
            QString uid;
            fieldsOf(history, c, created, &uid);
            nlohmann::json line = {{"id", c.id},
                                   {"at", c.at.toString(Qt::ISODate).toStdString()},
                                   {"actor", c.actor.toStdString()},
                                   {"entity", c.entity.toStdString()},
                                   {"entity_id", c.entityId},
                                   {"action", c.action.toStdString()},
                                   {"detail", c.detail.toStdString()}};
            auto parse = [](const QJsonObject &o) { return nlohmann::json::parse(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString()); };
            line["before"] = c.hasValues && !c.isInsert() ? parse(c.before) : nlohmann::json(nullptr);
            line["after"] = c.hasValues && !c.isRemoval() ? parse(c.isInsert() ? created : c.after) : nlohmann::json(nullptr);
            if (c.isInsert() && !uid.isEmpty())
                line["uid"] = uid.toStdString();
            j.push_back(line);
        }
        writeJson(context, j.dump(2));
        return Ok;
    }
    TextTable table({Context::tr("Change"), Context::tr("When"), Context::tr("Who"), Context::tr("Record"), Context::tr("Action"), Context::tr("Field"),
                     Context::tr("Before"), Context::tr("After")});
    for (const Change &c : *changes) {
        QJsonObject created;
        const auto fields = fieldsOf(history, c, created);
        const QString action = ChangeHistory::actionName(c.entity, c.action);
        QStringList head{QString::number(c.id), c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), ChangeHistory::actorName(c.actor),
                         QStringLiteral("%1 %2").arg(ChangeHistory::entityName(c.entity)).arg(c.entityId),
                         c.detail.isEmpty() ? action : QStringLiteral("%1 (%2)").arg(action, c.detail)};
        if (fields.isEmpty()) {
            table.addRow(head + QStringList{QString(), QString(), QString()});
            continue;
        }
        bool first = true;
        for (const auto &[key, before, after] : fields) {
            table.addRow((first ? head : QStringList{QString(), QString(), QString(), QString(), QString()})
                         + QStringList{ChangeHistory::columnLabel(c.entity, key), c.isInsert() ? QString() : ChangeHistory::valueText(c.entity, key, before),
                                       c.isRemoval() ? QString() : ChangeHistory::valueText(c.entity, key, after)});
            first = false;
        }
    }
    table.print(context.out());
    context.out() << Context::tr("%n change(s), newest first; undo one: chamberctl history undo CHANGE", nullptr, int(changes->size())) << Qt::endl;
    // Records added together (an import, the demo) share a change's number: one is undone by name.
    QSet<qint64> seen;
    for (const Change &c : *changes)
        if (seen.contains(c.id)) {
            context.out() << Context::tr("Rows with one change number are records added together: undo one with chamberctl history undo CHANGE "
                                         "--record NUMBER.")
                          << Qt::endl;
            break;
        } else {
            seen.insert(c.id);
        }
    return Ok;
}

qint64 idArgument(const QCommandLineParser &p, const QString &name)
{
    const QString text = positionalArgument(p, name);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{Context::tr("%1 must be a number, not \"%2\".").arg(name, text)};
    return id;
}

int runUndo(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p, QStringLiteral("CHANGE"));
    Database &db = context.db();
    const auto record = intOption(p, QStringLiteral("record"), QStringLiteral("record"));
    const auto done = ChangeHistory(db).undo(id, record ? std::optional<qint64>(*record) : std::nullopt);
    if (!done)
        return context.finish(done.problems());
    context.out() << Context::tr("Change %1 undone.").arg(id) << Qt::endl;
    return context.finish(done.problems());
}

int runImportUndo(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p, QStringLiteral("IMPORT"));
    Database &db = context.db();
    // A whole import is undone like an import is made: with a copy of the file kept first (a
    // server database is backed up on the server).
    if (!db.isServer())
        if (auto made = Backups(db.path()).make(db, Backups::Reason::Import); !made)
            return context.finish(made.problems());
    const auto reverted = ChangeHistory(db).undoImport(id);
    if (!reverted)
        return context.finish(reverted.problems());
    context.out() << Context::tr("Import %1 undone: %n change(s) reverted.", nullptr, reverted.value()).arg(id) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> historyCommands()
{
    return {
        {{QStringLiteral("history")}, Context::tr("List the changes made, with each field's value before and after"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("entity"), Context::tr("Only records of this kind (chamber, honour, member, …)."), QStringLiteral("KIND")));
             p.addOption(option(QStringLiteral("id"), Context::tr("Only the record with this number (with --entity)."), QStringLiteral("N")));
             p.addOption(option(QStringLiteral("chamber"), Context::tr("Only this chamber and its records."), QStringLiteral("ID")));
             p.addOption(option(QStringLiteral("import"), Context::tr("Only the changes this import made."), QStringLiteral("N")));
             p.addOption(option(QStringLiteral("since"), Context::tr("Only changes on or after this date."), QStringLiteral("DATE")));
             p.addOption(option(QStringLiteral("user"), Context::tr("Only changes by this user."), QStringLiteral("NAME")));
             p.addOption(option(QStringLiteral("limit"), Context::tr("At most N changes, newest first (default 50)."), QStringLiteral("N")));
             p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
         },
         runHistory, {}},
        {{QStringLiteral("history"), QStringLiteral("undo")},
         Context::tr("Undo one change (refused, with the reason, if the record changed since or a rule would break)"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("record"),
                                Context::tr("When the change added several records (an import, the demo): undo it for this record only."),
                                QStringLiteral("N")));
         },
         runUndo, QStringLiteral("CHANGE")},
        {{QStringLiteral("import"), QStringLiteral("undo")},
         Context::tr("Undo a whole import in one step (refused, naming the records, if any changed since)"), {}, runImportUndo,
         QStringLiteral("IMPORT")},
    };
}

} // namespace chamber::cli
