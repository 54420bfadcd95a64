// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl need add|edit|show|list|remove|status|reopen — the member needs list (会员需求清单).
#include "Dates.h"
#include "KindShow.h"
#include "KindTable.h"
#include "RecordBindings.h"
#include "RecordOptions.h"
#include "RecordFieldsJson.h"
#include "ServiceRequestService.h"

namespace chamber::cli {

namespace {

QStringList kindKeys()
{
    QStringList keys;
    for (auto k : ServiceRequests::allKinds())
        keys.append(ServiceRequests::kindKey(k));
    return keys;
}

QStringList statusKeys()
{
    QStringList keys;
    for (auto s : ServiceRequests::allStatuses())
        keys.append(ServiceRequests::statusKey(s));
    return keys;
}

FieldOptions<ServiceRequest> needOptions()
{
    return describedOptions(RecordKindId::ServiceRequest, serviceRequestBindings());
}

int runAdd(Context &context, const QCommandLineParser &p)
{
    ServiceRequest r;
    r.chamberId = chamberOption(context, p).id;
    requiredValue(p, QStringLiteral("kind"));
    requiredValue(p, QStringLiteral("description"));
    requiredValue(p, QStringLiteral("raised"));
    applyFieldOptions(p, needOptions(), r);
    const auto added = ServiceRequestService(context.db()).add(r);
    if (!accepted(context, added))
        return Refused;
    context.out() << Context::tr("Added need %1: %2").arg(added.value()).arg(ServiceRequests::kindName(r.kind)) << Qt::endl;
    return Ok;
}

int runEdit(Context &context, const QCommandLineParser &p)
{
    ServiceRequestService needs(context.db());
    auto r = needs.get(idArgument(p));
    if (!r)
        return context.finish(r.problems());
    applyFieldOptions(p, needOptions(), r.value());
    if (p.isSet(QStringLiteral("resolution")))
        r.value().resolution = p.value(QStringLiteral("resolution")).trimmed();
    if (!accepted(context, needs.update(*r)))
        return Refused;
    context.out() << Context::tr("Saved need %1.").arg(r->id) << Qt::endl;
    return Ok;
}

int runShow(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    const auto r = ServiceRequestService(context.db()).get(idArgument(p));
    if (!r)
        return context.finish(r.problems());
    if (json) {
        writeJson(context, recordJson(*r).dump(2));
        return Ok;
    }
    printRecord(context.out(), RecordKindId::ServiceRequest, serviceRequestBindings(), *r);
    return Ok;
}

int runList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    NeedQuery query;
    applyListOptions(context, p, query);
    if (p.isSet(QStringLiteral("status"))) {
        query.status = ServiceRequests::statusFromText(p.value(QStringLiteral("status")));
        if (!query.status)
            throw UsageError{enumError(QStringLiteral("status"), statusKeys(), p.value(QStringLiteral("status")))};
    }
    if (p.isSet(QStringLiteral("open")))
        query.resolved = false;
    if (p.isSet(QStringLiteral("kind"))) {
        query.kind = ServiceRequests::kindFromText(p.value(QStringLiteral("kind")));
        if (!query.kind)
            throw UsageError{enumError(QStringLiteral("kind"), kindKeys(), p.value(QStringLiteral("kind")))};
    }
    const auto rows = take(ServiceRequestService(context.db()).list(query));
    if (json) {
        writeJson(context, listedJson(rows).dump(2));
        return Ok;
    }
    KindTable<ServiceRequest> table(RecordKindId::ServiceRequest, serviceRequestBindings());
    for (const auto &r : rows)
        table.addRow(r.record, {{"chamber", r.chamberName}});
    table.print(context.out());
    context.out() << Context::tr("%n need(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

int runRemove(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p);
    if (!accepted(context, ServiceRequestService(context.db()).remove(id)))
        return Refused;
    context.out() << Context::tr("Removed need %1.").arg(id) << Qt::endl;
    return Ok;
}

// status and reopen: the same change, back only with --reason.
int runChange(Context &context, const QCommandLineParser &p, bool reopen)
{
    NeedChange change;
    change.requestId = idArgument(p);
    const QString to = requiredValue(p, QStringLiteral("to"));
    const auto status = ServiceRequests::statusFromText(to);
    if (!status)
        throw Refusal{{Problem::error(QStringLiteral("status"), enumError(QStringLiteral("to"), statusKeys(), to))}};
    change.status = *status;
    change.reopen = reopen;
    if (auto d = dateOption(p, QStringLiteral("date"), QStringLiteral("date")))
        change.date = *d;
    change.reason = p.value(QStringLiteral("reason"));
    change.partner = p.value(QStringLiteral("partner"));
    change.resolution = p.value(QStringLiteral("resolution"));
    if (!accepted(context, ServiceRequestService(context.db()).changeStatus(change)))
        return Refused;
    context.out() << Context::tr("Need %1 is %2 from %3.").arg(change.requestId).arg(ServiceRequests::statusName(change.status), dates::toIso(change.date))
                  << Qt::endl;
    return Ok;
}

QStringList words(const char *last)
{
    return {QStringLiteral("need"), QString::fromLatin1(last)};
}

} // namespace

QList<Command> needCommands()
{
    const QString id = QStringLiteral("ID");
    auto changeOptions = [](bool reopen) {
        return [reopen](QCommandLineParser &p) {
            p.addOption(option(QStringLiteral("to"), reopen ? Context::tr("open or in_progress.") : Context::tr("in_progress or resolved."),
                               QStringLiteral("STATUS")));
            p.addOption(option(QStringLiteral("date"), Context::tr("Date of the change."), QStringLiteral("YYYY-MM-DD")));
            if (reopen) {
                p.addOption(option(QStringLiteral("reason"), Context::tr("Why the need is reopened."), QStringLiteral("TEXT")));
            } else {
                p.addOption(option(QStringLiteral("partner"), Context::tr("Who it was referred to."), QStringLiteral("TEXT")));
                p.addOption(option(QStringLiteral("resolution"), Context::tr("How it was resolved."), QStringLiteral("TEXT")));
            }
        };
    };
    return {
        {words("add"), Context::tr("Record a member's need"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             addFieldOptions(p, needOptions());
         },
         runAdd, {}},
        {words("edit"), Context::tr("Change a need's record, not its status (by number)"),
         [](QCommandLineParser &p) {
             addFieldOptions(p, needOptions());
             p.addOption(option(QStringLiteral("resolution"), Context::tr("How it was resolved."), QStringLiteral("TEXT")));
         },
         runEdit, id},
        {words("show"), Context::tr("Show a need"), addFormatOption, runShow, id},
        {words("list"), Context::tr("List needs, filtered"),
         [](QCommandLineParser &p) {
             addListOptions(p);
             p.addOption(option(QStringLiteral("status"), Context::tr("Only this status."), QStringLiteral("STATUS")));
             p.addOption(option(QStringLiteral("open"), Context::tr("Only needs not yet resolved.")));
             p.addOption(option(QStringLiteral("kind"), Context::tr("Only this kind."), QStringLiteral("KIND")));
         },
         runList, {}},
        {words("remove"), Context::tr("Remove a need"), {}, runRemove, id},
        {words("status"), Context::tr("Move a need on: in progress, then resolved"), changeOptions(false),
         [](Context &c, const QCommandLineParser &p) { return runChange(c, p, false); }, id},
        {words("reopen"), Context::tr("Take a resolved need back, with the reason"), changeOptions(true),
         [](Context &c, const QCommandLineParser &p) { return runChange(c, p, true); }, id},
    };
}

} // namespace chamber::cli
