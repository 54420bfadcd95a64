// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl mediation case add|edit|show|list|remove|status|reopen.
#include "Dates.h"
#include "KindShow.h"
#include "KindTable.h"
#include "MediationCaseService.h"
#include "RecordBindings.h"
#include "RecordOptions.h"
#include "RecordFieldsJson.h"
#include "RecordJson.h"

namespace chamber::cli {

namespace {

template<typename E>
std::function<QStringList()> keysOf(QList<E> (*all)(), QString (*key)(E))
{
    return [all, key] {
        QStringList keys;
        for (auto value : all())
            keys.append(key(value));
        return keys;
    };
}

const QString kDate = QStringLiteral("YYYY-MM-DD");
const QString kText = QStringLiteral("TEXT");

// What settling a case records, given with add, edit or the status change to settled.
FieldOptions<MediationCase> settlementOptions()
{
    return describedOptions(RecordKindId::MediationCase, mediationCaseBindings(),
                            {QStringLiteral("agreed-amount"), QStringLiteral("agreement"), QStringLiteral("judicial-confirmation"),
                             QStringLiteral("performance"), QStringLiteral("proof")});
}

FieldOptions<MediationCase> caseOptions()
{
    FieldOptions<MediationCase> options = describedOptions(
        RecordKindId::MediationCase, mediationCaseBindings(),
        {QStringLiteral("number"), QStringLiteral("received"), QStringLiteral("source"), QStringLiteral("applicant"),
         QStringLiteral("respondent"), QStringLiteral("type"), QStringLiteral("summary"), QStringLiteral("amount"),
         QStringLiteral("mediators"), QStringLiteral("follow-up"), QStringLiteral("satisfaction"), QStringLiteral("follow-up-note"),
         QStringLiteral("notes")});
    options += settlementOptions();
    return options;
}

// Only for add: a case from a paper file may be entered at the status it has reached.
FieldOptions<MediationCase> entryStatusOptions()
{
    return describedOptions(RecordKindId::MediationCase, mediationCaseBindings(), {QStringLiteral("status"), QStringLiteral("closed")});
}

int runAdd(Context &context, const QCommandLineParser &p)
{
    MediationCase c;
    c.chamberId = chamberOption(context, p).id;
    for (const char *required : {"received", "applicant", "respondent"})
        requiredValue(p, QString::fromLatin1(required));
    applyFieldOptions(p, caseOptions() + entryStatusOptions(), c);
    MediationCaseService cases(context.db());
    const auto added = cases.add(c);
    if (!accepted(context, added))
        return Refused;
    const auto stored = cases.get(added.value());
    context.out() << Context::tr("Added case %1 (number %2), %3.").arg(stored->number).arg(added.value()).arg(Mediation::statusName(stored->status))
                  << Qt::endl;
    return Ok;
}

int runEdit(Context &context, const QCommandLineParser &p)
{
    MediationCaseService cases(context.db());
    auto c = cases.get(idArgument(p));
    if (!c)
        return context.finish(c.problems());
    applyFieldOptions(p, caseOptions(), c.value());
    if (p.isSet(QStringLiteral("closed")))  // only a closed case has one; moving it moves the closing change
        applyFieldOptions(p, FieldOptions<MediationCase>{entryStatusOptions().last()}, c.value());
    if (!accepted(context, cases.update(*c)))
        return Refused;
    context.out() << Context::tr("Saved case %1.").arg(c->number) << Qt::endl;
    return Ok;
}

QString changeText(const CaseStatusChange &change)
{
    // #N is the entry number mediation case correct|delete --entry take.
    QString text = QStringLiteral("%1  %2  #%3").arg(dates::toIso(change.date), Mediation::statusName(change.status)).arg(change.id);
    if (change.reopen)
        text += QStringLiteral("  ") + Context::tr("(reopened: %1)").arg(change.reason);
    return text;
}

int runShow(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    MediationCaseService cases(context.db());
    const auto c = cases.get(idArgument(p));
    if (!c)
        return context.finish(c.problems());
    const auto history = take(cases.history(c->id));
    if (json) {
        nlohmann::json j = recordJson(*c);
        j["history"] = nlohmann::json::array();
        j["history"].push_back({{"status", "received"}, {"date", dates::toIso(c->receivedOn).toStdString()}, {"reopen", false}, {"reason", ""}});
        for (const auto &change : history)
            j["history"].push_back(caseStatusChangeToJson(change));
        writeJson(context, j.dump(2));
        return Ok;
    }
    printRecord(context.out(), RecordKindId::MediationCase, mediationCaseBindings(), *c);
    context.out() << Qt::endl << Context::tr("History:") << Qt::endl;
    context.out() << QStringLiteral("  %1  %2").arg(dates::toIso(c->receivedOn), Mediation::statusName(CaseStatus::Received)) << Qt::endl;
    for (const auto &change : history)
        context.out() << QStringLiteral("  ") << changeText(change) << Qt::endl;
    return Ok;
}

int runList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    CaseQuery query;
    applyListOptions(context, p, query);
    if (p.isSet(QStringLiteral("status"))) {
        query.status = Mediation::statusFromText(p.value(QStringLiteral("status")));
        if (!query.status)
            throw UsageError{enumError(QStringLiteral("status"), keysOf(&Mediation::allStatuses, &Mediation::statusKey)(), p.value(QStringLiteral("status")))};
    }
    if (p.isSet(QStringLiteral("open")))
        query.closed = false;
    if (p.isSet(QStringLiteral("closed")))
        query.closed = true;
    if (p.isSet(QStringLiteral("type"))) {
        query.disputeType = Mediation::disputeTypeFromText(p.value(QStringLiteral("type")));
        if (!query.disputeType)
            throw UsageError{enumError(QStringLiteral("type"), keysOf(&Mediation::allDisputeTypes, &Mediation::disputeTypeKey)(),
                                       p.value(QStringLiteral("type")))};
    }
    query.receivedFrom = dateOption(p, QStringLiteral("from"), QStringLiteral("received_on"));
    query.receivedTo = dateOption(p, QStringLiteral("to"), QStringLiteral("received_on"));
    MediationCaseService cases(context.db());
    const auto rows = take(cases.list(query));
    if (json) {
        writeJson(context, listedJson(rows).dump(2));
        return Ok;
    }
    KindTable<MediationCase> table(RecordKindId::MediationCase, mediationCaseBindings());
    for (const auto &r : rows)
        table.addRow(r.record, {{"chamber", r.chamberName}});
    table.print(context.out());
    CaseQuery all = query;
    all.limit = -1;
    all.offset = 0;
    context.out() << Context::tr("%n case(s) shown", nullptr, int(rows.size())) << Context::tr(" of %1").arg(take(cases.count(all))) << Qt::endl;
    return Ok;
}

int runRemove(Context &context, const QCommandLineParser &p)
{
    MediationCaseService cases(context.db());
    const auto c = cases.get(idArgument(p));
    if (!c)
        return context.finish(c.problems());
    if (!p.isSet(QStringLiteral("yes")))
        return context.finish({Problem::error(QStringLiteral("id"), Context::tr("Removing case %1 also removes its history; add --yes to confirm.")
                                                                        .arg(c->number))});
    if (!accepted(context, cases.remove(c->id)))
        return Refused;
    context.out() << Context::tr("Removed case %1.").arg(c->number) << Qt::endl;
    return Ok;
}

int runStatus(Context &context, const QCommandLineParser &p)
{
    MediationCaseService cases(context.db());
    auto c = cases.get(idArgument(p));
    if (!c)
        return context.finish(c.problems());
    const QString to = requiredValue(p, QStringLiteral("to"));
    const auto status = Mediation::statusFromText(to);
    if (!status)
        throw Refusal{{Problem::error(QStringLiteral("status"), enumError(QStringLiteral("to"), keysOf(&Mediation::allStatuses, &Mediation::statusKey)(), to))}};
    CaseStatusChange change{0, c->id, *status, {}, false, {}};
    if (auto d = dateOption(p, QStringLiteral("date"), Mediation::isClosed(*status) ? QStringLiteral("closed_on") : QStringLiteral("date")))
        change.date = *d;
    applyFieldOptions(p, settlementOptions(), c.value());
    if (!accepted(context, cases.changeStatus(change, *c)))
        return Refused;
    context.out() << Context::tr("Case %1 is %2 from %3.").arg(c->number, Mediation::statusName(*status), dates::toIso(change.date)) << Qt::endl;
    return Ok;
}

int runReopen(Context &context, const QCommandLineParser &p)
{
    MediationCaseService cases(context.db());
    const auto c = cases.get(idArgument(p));
    if (!c)
        return context.finish(c.problems());
    CaseStatusChange change{0, c->id, CaseStatus::Mediating, {}, true, p.value(QStringLiteral("reason")).trimmed()};
    if (auto d = dateOption(p, QStringLiteral("date"), QStringLiteral("date")))
        change.date = *d;
    if (!accepted(context, cases.changeStatus(change)))
        return Refused;
    context.out() << Context::tr("Case %1 is reopened and %2 again from %3.")
                         .arg(c->number, Mediation::statusName(CaseStatus::Mediating), dates::toIso(change.date))
                  << Qt::endl;
    return Ok;
}

QStringList words(const char *last)
{
    return {QStringLiteral("mediation"), QStringLiteral("case"), QString::fromLatin1(last)};
}

} // namespace

QList<Command> mediationCaseCommands()
{
    const QString id = QStringLiteral("ID");
    return {
        {words("add"), Context::tr("Record a dispute taken in for mediation"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             addFieldOptions(p, caseOptions() + entryStatusOptions());
         },
         runAdd, {}},
        {words("edit"), Context::tr("Change a case's record, not its status (by number)"),
         [](QCommandLineParser &p) {
             addFieldOptions(p, caseOptions());
             addFieldOptions(p, FieldOptions<MediationCase>{entryStatusOptions().last()});
         },
         runEdit, id},
        {words("show"), Context::tr("Show a case with its dated history"), addFormatOption, runShow, id},
        {words("list"), Context::tr("List cases, filtered and paged"),
         [](QCommandLineParser &p) {
             addListOptions(p);
             p.addOption(option(QStringLiteral("status"), Context::tr("Only this status."), QStringLiteral("STATUS")));
             p.addOption(option(QStringLiteral("open"), Context::tr("Only cases still received or mediating.")));
             p.addOption(option(QStringLiteral("closed"), Context::tr("Only settled, failed or referred cases.")));
             p.addOption(option(QStringLiteral("type"), Context::tr("Only this dispute type."), QStringLiteral("TYPE")));
             p.addOption(option(QStringLiteral("from"), Context::tr("Received on or after this date."), kDate));
             p.addOption(option(QStringLiteral("to"), Context::tr("Received on or before this date."), kDate));
         },
         runList, {}},
        {words("remove"), Context::tr("Remove a case and its history"),
         [](QCommandLineParser &p) { p.addOption(option(QStringLiteral("yes"), Context::tr("Confirm the removal."))); }, runRemove, id},
        {words("status"), Context::tr("Move a case one step on: mediating, then settled, failed or referred"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("to"), Context::tr("The new status."), QStringLiteral("STATUS")));
             p.addOption(option(QStringLiteral("date"), Context::tr("Date of the change; for a closing status, the closed date."), kDate));
             addFieldOptions(p, settlementOptions());
         },
         runStatus, id},
        {words("reopen"), Context::tr("Take a closed case back to mediating, with the reason"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("date"), Context::tr("Date of the reopening."), kDate));
             p.addOption(option(QStringLiteral("reason"), Context::tr("Why the case is reopened."), kText));
         },
         runReopen, id},
    };
}

} // namespace chamber::cli
