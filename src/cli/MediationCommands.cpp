// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl mediation committee set|show|list|remove and mediation tally set|list|remove.
// The cases are in MediationCaseCommands.cpp.
#include "KindShow.h"
#include "KindTable.h"
#include "MediationService.h"
#include "RecordBindings.h"
#include "RecordOptions.h"
#include "RecordFieldsJson.h"

namespace chamber::cli {

namespace {

FieldOptions<MediationCommittee> committeeOptions()
{
    return describedOptions(RecordKindId::MediationCommittee, mediationCommitteeBindings());
}

FieldOptions<MediationTally> tallyOptions()
{
    return describedOptions(RecordKindId::MediationTally, mediationTallyBindings());
}

int runCommitteeSet(Context &context, const QCommandLineParser &p)
{
    const Chamber c = chamberOption(context, p);
    MediationService mediation(context.db());
    MediationCommittee m = take(mediation.committeeOf(c.id)).value_or(MediationCommittee{});
    m.chamberId = c.id;
    applyFieldOptions(p, committeeOptions(), m);
    if (!accepted(context, mediation.setCommittee(m)))
        return Refused;
    context.out() << Context::tr("Saved the mediation committee of %1.").arg(c.name) << Qt::endl;
    return Ok;
}

int runCommitteeShow(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    const Chamber c = chamberOption(context, p);
    MediationService mediation(context.db());
    const auto m = take(mediation.committeeOf(c.id));
    const auto tallies = take(mediation.talliesOf(c.id));
    if (json) {
        nlohmann::json j;
        j["chamber_id"] = c.id;
        j["chamber"] = c.name.toStdString();
        j["committee"] = m ? recordJson(*m) : nlohmann::json(nullptr);
        j["tallies"] = recordsJson(tallies);
        writeJson(context, j.dump(2));
        return Ok;
    }
    context.out() << c.name << Qt::endl;
    if (m)
        printRecord(context.out(), RecordKindId::MediationCommittee, mediationCommitteeBindings(), *m);
    else
        context.out() << Context::tr("No mediation committee on record.") << Qt::endl;
    context.out() << Qt::endl << Context::tr("Yearly tallies:") << Qt::endl;
    KindTable<MediationTally> table(RecordKindId::MediationTally, mediationTallyBindings());
    for (const auto &t : tallies)
        table.addRow(t);
    table.print(context.out());
    return Ok;
}

int runCommitteeList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    RecordQuery query;
    applyListOptions(context, p, query);
    const auto rows = take(MediationService(context.db()).listCommittees(query));
    if (json) {
        writeJson(context, listedJson(rows).dump(2));
        return Ok;
    }
    KindTable<MediationCommittee> table(RecordKindId::MediationCommittee, mediationCommitteeBindings());
    for (const auto &r : rows)
        table.addRow(r.record, {{"chamber", r.chamberName}});
    table.print(context.out());
    context.out() << Context::tr("%n mediation committee(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

int runCommitteeRemove(Context &context, const QCommandLineParser &p)
{
    const Chamber c = chamberOption(context, p);
    MediationService mediation(context.db());
    const auto m = take(mediation.committeeOf(c.id));
    if (!m)
        return context.finish({Problem::error(QStringLiteral("chamber"), Context::tr("%1 has no mediation committee on record.").arg(c.name))});
    if (!accepted(context, mediation.removeCommittee(m->id)))
        return Refused;
    context.out() << Context::tr("Removed the mediation committee of %1.").arg(c.name) << Qt::endl;
    return Ok;
}

int runTallySet(Context &context, const QCommandLineParser &p)
{
    MediationTally t;
    t.chamberId = chamberOption(context, p).id;
    requiredValue(p, QStringLiteral("year"));
    requiredValue(p, QStringLiteral("cases"));
    applyFieldOptions(p, tallyOptions(), t);
    const auto saved = MediationService(context.db()).setTally(t);
    if (!accepted(context, saved))
        return Refused;
    context.out() << Context::tr("Saved tally %1: %2 case(s) in %3.").arg(saved.value()).arg(t.cases).arg(t.year) << Qt::endl;
    return Ok;
}

int runTallyList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    const Chamber c = chamberOption(context, p);
    const auto tallies = take(MediationService(context.db()).talliesOf(c.id));
    if (json) {
        writeJson(context, recordsJson(tallies).dump(2));
        return Ok;
    }
    KindTable<MediationTally> table(RecordKindId::MediationTally, mediationTallyBindings());
    for (const auto &t : tallies)
        table.addRow(t);
    table.print(context.out());
    return Ok;
}

int runTallyRemove(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p);
    if (!accepted(context, MediationService(context.db()).removeTally(id)))
        return Refused;
    context.out() << Context::tr("Removed tally %1.").arg(id) << Qt::endl;
    return Ok;
}

QStringList words(const char *second, const char *third)
{
    return {QStringLiteral("mediation"), QString::fromLatin1(second), QString::fromLatin1(third)};
}

} // namespace

QList<Command> mediationCommands()
{
    auto chamberAndFormat = [](QCommandLineParser &p) {
        addChamberOption(p);
        addFormatOption(p);
    };
    QList<Command> commands = {
        {words("committee", "set"), Context::tr("Record a chamber's mediation committee, or change it"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             addFieldOptions(p, committeeOptions());
         },
         runCommitteeSet, {}},
        {words("committee", "show"), Context::tr("Show a chamber's mediation committee and yearly tallies"), chamberAndFormat, runCommitteeShow, {}},
        {words("committee", "list"), Context::tr("List mediation committees"), addListOptions, runCommitteeList, {}},
        {words("committee", "remove"), Context::tr("Remove a chamber's mediation committee"), addChamberOption, runCommitteeRemove, {}},
        {words("tally", "set"), Context::tr("Record a chamber's count of cases for a year, when the cases are not listed"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             addFieldOptions(p, tallyOptions());
         },
         runTallySet, {}},
        {words("tally", "list"), Context::tr("List a chamber's yearly case tallies"), chamberAndFormat, runTallyList, {}},
        {words("tally", "remove"), Context::tr("Remove a yearly tally"), {}, runTallyRemove, QStringLiteral("ID")},
    };
    commands += mediationCaseCommands();
    return commands;
}

} // namespace chamber::cli
