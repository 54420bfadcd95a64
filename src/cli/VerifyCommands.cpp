// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl verify list|resolve: the values an import held back or doubted (待核实).
#include "ChamberService.h"
#include "Fields.h"
#include "RecordOptions.h"
#include "TextTable.h"
#include "VerificationActions.h"

#include <nlohmann/json.hpp>

namespace chamber::cli {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QString kindName(VerificationItem::Kind kind)
{
    return kind == VerificationItem::Kind::Doubtful ? Context::tr("taken in, doubtful") : Context::tr("held back");
}

nlohmann::json itemJson(const VerificationItem &v, const QString &chamberName, bool usable)
{
    nlohmann::json j = {{"id", v.id},
                        {"chamber_id", v.chamberId},
                        {"chamber", s(chamberName)},
                        {"field", s(v.field)},
                        {"field_label", s(fieldLabel(v.field))},
                        {"value", s(v.value)},
                        {"reason", s(v.reason)},
                        {"kind", s(VerificationItem::kindKey(v.kind))},
                        {"source_file", s(v.sourceFile)},
                        {"sheet", s(v.sheet)},
                        {"row", v.sourceRow > 0 ? nlohmann::json(v.sourceRow) : nlohmann::json()},
                        {"created_at", s(v.createdAt.toString(Qt::ISODate))},
                        {"created_by", s(v.createdBy)},
                        {"open", v.open()},
                        {"can_use_value", usable}};
    if (v.resolution) {
        j["resolution"] = s(VerificationItem::resolutionKey(*v.resolution));
        j["resolved_at"] = s(v.resolvedAt ? v.resolvedAt->toString(Qt::ISODate) : QString());
        j["resolved_by"] = s(v.resolvedBy);
        j["resolution_note"] = s(v.resolutionNote);
    }
    return j;
}

int runList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    Database &db = context.db();
    VerificationQuery query;
    if (p.isSet(QStringLiteral("chamber")))
        query.chamberId = chamberOption(context, p).id;
    query.openOnly = !p.isSet(QStringLiteral("all"));
    const auto items = VerificationService(db).list(query);
    if (!items)
        return context.finish(items.problems());
    QHash<qint64, QString> names;
    for (const auto &c : take(ChamberService(db).all()))
        names.insert(c.id, c.name);
    if (json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &v : *items)
            j.push_back(itemJson(v, names.value(v.chamberId), take(VerificationActions::canUseValue(db, v))));
        writeJson(context, j.dump(2));
        return Ok;
    }
    TextTable table({Context::tr("No."), Context::tr("Chamber"), Context::tr("Field"), Context::tr("Value found"), Context::tr("Why"),
                     Context::tr("Source"), Context::tr("State")});
    for (const auto &v : *items) {
        const QString source = v.sourceRow > 0 ? Context::tr("%1, sheet %2, row %3").arg(v.sourceFile, v.sheet).arg(v.sourceRow) : v.sourceFile;
        const QString state = v.resolution ? VerificationItem::resolutionName(*v.resolution) : kindName(v.kind);
        table.addRow({QString::number(v.id), names.value(v.chamberId), fieldLabel(v.field), v.value, v.reason, source, state});
    }
    table.print(context.out());
    context.out() << (query.openOnly ? Context::tr("%n item(s) to verify", nullptr, int(items->size()))
                                     : Context::tr("%n item(s)", nullptr, int(items->size())))
                  << Qt::endl;
    return Ok;
}

int runResolve(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p);
    const bool use = p.isSet(QStringLiteral("use-value"));
    const bool dismiss = p.isSet(QStringLiteral("dismiss"));
    if (use == dismiss)
        throw UsageError{Context::tr("Give either --use-value or --dismiss --reason TEXT.")};
    Database &db = context.db();
    if (use) {
        if (!accepted(context, VerificationActions::useValue(db, id)))
            return Refused;
        context.out() << Context::tr("Verification item %1: the value was used.").arg(id) << Qt::endl;
        return Ok;
    }
    const QString reason = requiredValue(p, QStringLiteral("reason"));
    if (!accepted(context, VerificationService(db).resolve(id, VerificationItem::Resolution::Dismissed, reason)))
        return Refused;
    context.out() << Context::tr("Verification item %1 was dismissed.").arg(id) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> verifyCommands()
{
    return {
        {{QStringLiteral("verify"), QStringLiteral("list")}, Context::tr("List the values waiting to be verified (待核实)"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             p.addOption(option(QStringLiteral("all"), Context::tr("Resolved items too.")));
             addFormatOption(p);
         },
         runList, {}},
        {{QStringLiteral("verify"), QStringLiteral("resolve")}, Context::tr("Resolve a verification item: use its value or dismiss it"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("use-value"), Context::tr("Write the value found into the chamber (when it is valid now).")));
             p.addOption(option(QStringLiteral("dismiss"), Context::tr("Keep the record as it is; needs --reason.")));
             p.addOption(option(QStringLiteral("reason"), Context::tr("Why the value is dismissed."), QStringLiteral("TEXT")));
         },
         runResolve, QStringLiteral("ID")},
    };
}

} // namespace chamber::cli
