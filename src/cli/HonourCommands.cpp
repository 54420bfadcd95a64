// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl honour add|edit|show|list|remove.
#include "HonourService.h"
#include "KindShow.h"
#include "KindTable.h"
#include "RecordBindings.h"
#include "RecordOptions.h"
#include "RecordFieldsJson.h"

namespace chamber::cli {

namespace {

QStringList kindKeys()
{
    QStringList keys;
    for (auto k : Honours::allKinds())
        keys.append(Honours::kindKey(k));
    return keys;
}

FieldOptions<Honour> honourOptions()
{
    return describedOptions(RecordKindId::Honour, honourBindings());
}

int runAdd(Context &context, const QCommandLineParser &p)
{
    Honour h;
    h.chamberId = chamberOption(context, p).id;
    requiredValue(p, QStringLiteral("kind"));
    requiredValue(p, QStringLiteral("year"));
    applyFieldOptions(p, honourOptions(), h);
    if (!p.isSet(QStringLiteral("issuer")))
        h.issuingBody = Honours::usualIssuingBody(h.kind);
    const auto added = HonourService(context.db()).add(h);
    if (!accepted(context, added))
        return Refused;
    context.out() << Context::tr("Added honour %1: %2 %3").arg(added.value()).arg(h.year).arg(Honours::kindName(h.kind)) << Qt::endl;
    return Ok;
}

int runEdit(Context &context, const QCommandLineParser &p)
{
    HonourService honours(context.db());
    auto h = honours.get(idArgument(p));
    if (!h)
        return context.finish(h.problems());
    applyFieldOptions(p, honourOptions(), h.value());
    if (!accepted(context, honours.update(*h)))
        return Refused;
    context.out() << Context::tr("Saved honour %1: %2 %3").arg(h->id).arg(h->year).arg(Honours::kindName(h->kind)) << Qt::endl;
    return Ok;
}

int runShow(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    const auto h = HonourService(context.db()).get(idArgument(p));
    if (!h)
        return context.finish(h.problems());
    if (json) {
        writeJson(context, recordJson(*h).dump(2));
        return Ok;
    }
    printRecord(context.out(), RecordKindId::Honour, honourBindings(), *h);
    return Ok;
}

int runList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    HonourQuery query;
    applyListOptions(context, p, query);
    if (p.isSet(QStringLiteral("kind"))) {
        query.kind = Honours::kindFromText(p.value(QStringLiteral("kind")));
        if (!query.kind)
            throw UsageError{enumError(QStringLiteral("kind"), kindKeys(), p.value(QStringLiteral("kind")))};
    }
    query.year = intOption(p, QStringLiteral("year"), QStringLiteral("year"));
    const auto rows = take(HonourService(context.db()).list(query));
    if (json) {
        writeJson(context, listedJson(rows).dump(2));
        return Ok;
    }
    KindTable<Honour> table(RecordKindId::Honour, honourBindings());
    for (const auto &r : rows)
        table.addRow(r.record, {{"chamber", r.chamberName}});
    table.print(context.out());
    context.out() << Context::tr("%n honour(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

int runRemove(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p);
    if (!accepted(context, HonourService(context.db()).remove(id)))
        return Refused;
    context.out() << Context::tr("Removed honour %1.").arg(id) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> honourCommands()
{
    const QString id = QStringLiteral("ID");
    const QString honour = QStringLiteral("honour");
    return {
        {{honour, QStringLiteral("add")}, Context::tr("Record an honour a chamber was given"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             addFieldOptions(p, honourOptions());
         },
         runAdd, {}},
        {{honour, QStringLiteral("edit")}, Context::tr("Change an honour (by number)"), [](QCommandLineParser &p) { addFieldOptions(p, honourOptions()); },
         runEdit, id},
        {{honour, QStringLiteral("show")}, Context::tr("Show an honour"), addFormatOption, runShow, id},
        {{honour, QStringLiteral("list")}, Context::tr("List honours, filtered"),
         [](QCommandLineParser &p) {
             addListOptions(p);
             p.addOption(option(QStringLiteral("kind"), Context::tr("Only this kind."), QStringLiteral("KIND")));
             p.addOption(option(QStringLiteral("year"), Context::tr("Only this year."), QStringLiteral("YYYY")));
         },
         runList, {}},
        {{honour, QStringLiteral("remove")}, Context::tr("Remove an honour"), {}, runRemove, id},
    };
}

} // namespace chamber::cli
