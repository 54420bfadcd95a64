// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl party set|show|list|remove, party instructor add|edit|list|remove,
// party disclosure add|edit|list|remove.
#include "DisclosureService.h"
#include "KindShow.h"
#include "KindTable.h"
#include "PartyService.h"
#include "RecordBindings.h"
#include "RecordOptions.h"
#include "RecordFieldsJson.h"

namespace chamber::cli {

namespace {

FieldOptions<PartyOrganization> organizationOptions()
{
    return describedOptions(RecordKindId::PartyOrganization, partyOrganizationBindings());
}

FieldOptions<PartyInstructor> instructorOptions()
{
    return describedOptions(RecordKindId::PartyInstructor, partyInstructorBindings());
}

FieldOptions<Disclosure> disclosureOptions()
{
    return describedOptions(RecordKindId::Disclosure, disclosureBindings());
}

int runSet(Context &context, const QCommandLineParser &p)
{
    const Chamber c = chamberOption(context, p);
    PartyService party(context.db());
    PartyOrganization o = take(party.organizationOf(c.id)).value_or(PartyOrganization{});
    o.chamberId = c.id;
    applyFieldOptions(p, organizationOptions(), o);
    const auto saved = party.setOrganization(o);
    if (!accepted(context, saved))
        return Refused;
    context.out() << Context::tr("Saved the Party organisation of %1 (%2, %n member(s)).", nullptr, o.members).arg(c.name, Party::formName(o.form))
                  << Qt::endl;
    return Ok;
}

int runShow(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    const Chamber c = chamberOption(context, p);
    PartyService party(context.db());
    const auto o = take(party.organizationOf(c.id));
    const auto instructors = take(party.instructorsOf(c.id));
    const auto disclosures = take(DisclosureService(context.db()).of(c.id));
    if (json) {
        nlohmann::json j;
        j["chamber_id"] = c.id;
        j["chamber"] = c.name.toStdString();
        j["organization"] = o ? recordJson(*o) : nlohmann::json(nullptr);
        j["instructors"] = recordsJson(instructors);
        j["disclosures"] = recordsJson(disclosures);
        writeJson(context, j.dump(2));
        return Ok;
    }
    context.out() << c.name << Qt::endl;
    if (!o) {
        context.out() << Context::tr("No Party organisation on record.") << Qt::endl;
    } else {
        printRecord(context.out(), RecordKindId::PartyOrganization, partyOrganizationBindings(), *o);
    }
    context.out() << Qt::endl << Context::tr("Instructors:") << Qt::endl;
    KindTable<PartyInstructor> people(RecordKindId::PartyInstructor, partyInstructorBindings(), false);
    for (const auto &i : instructors)
        people.addRow(i);
    people.print(context.out());
    context.out() << Qt::endl << Context::tr("Disclosures (三公开):") << Qt::endl;
    KindTable<Disclosure> table(RecordKindId::Disclosure, disclosureBindings(), false);
    for (const auto &d : disclosures)
        table.addRow(d);
    table.print(context.out());
    return Ok;
}

int runList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    RecordQuery query;
    applyListOptions(context, p, query);
    const auto rows = take(PartyService(context.db()).listOrganizations(query));
    if (json) {
        writeJson(context, listedJson(rows).dump(2));
        return Ok;
    }
    KindTable<PartyOrganization> table(RecordKindId::PartyOrganization, partyOrganizationBindings());
    for (const auto &r : rows)
        table.addRow(r.record, {{"chamber", r.chamberName}});
    table.print(context.out());
    context.out() << Context::tr("%n Party organisation(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

int runRemove(Context &context, const QCommandLineParser &p)
{
    const Chamber c = chamberOption(context, p);
    PartyService party(context.db());
    const auto o = take(party.organizationOf(c.id));
    if (!o)
        return context.finish({Problem::error(QStringLiteral("chamber"), Context::tr("%1 has no Party organisation on record.").arg(c.name))});
    if (!accepted(context, party.removeOrganization(o->id)))
        return Refused;
    context.out() << Context::tr("Removed the Party organisation of %1.").arg(c.name) << Qt::endl;
    return Ok;
}

int runInstructorAdd(Context &context, const QCommandLineParser &p)
{
    PartyInstructor i;
    i.chamberId = chamberOption(context, p).id;
    requiredValue(p, QStringLiteral("name"));
    applyFieldOptions(p, instructorOptions(), i);
    const auto added = PartyService(context.db()).addInstructor(i);
    if (!accepted(context, added))
        return Refused;
    context.out() << Context::tr("Added instructor %1: %2").arg(added.value()).arg(i.name) << Qt::endl;
    return Ok;
}

int runInstructorEdit(Context &context, const QCommandLineParser &p)
{
    PartyService party(context.db());
    auto i = party.getInstructor(idArgument(p));
    if (!i)
        return context.finish(i.problems());
    applyFieldOptions(p, instructorOptions(), i.value());
    if (!accepted(context, party.updateInstructor(*i)))
        return Refused;
    context.out() << Context::tr("Saved instructor %1: %2").arg(i->id).arg(i->name) << Qt::endl;
    return Ok;
}

int runInstructorList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    RecordQuery query;
    applyListOptions(context, p, query);
    const auto rows = take(PartyService(context.db()).listInstructors(query));
    if (json) {
        writeJson(context, listedJson(rows).dump(2));
        return Ok;
    }
    KindTable<PartyInstructor> table(RecordKindId::PartyInstructor, partyInstructorBindings());
    for (const auto &r : rows)
        table.addRow(r.record, {{"chamber", r.chamberName}});
    table.print(context.out());
    context.out() << Context::tr("%n instructor(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

int runInstructorRemove(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p);
    if (!accepted(context, PartyService(context.db()).removeInstructor(id)))
        return Refused;
    context.out() << Context::tr("Removed instructor %1.").arg(id) << Qt::endl;
    return Ok;
}

int runDisclosureAdd(Context &context, const QCommandLineParser &p)
{
    Disclosure d;
    d.chamberId = chamberOption(context, p).id;
    requiredValue(p, QStringLiteral("period"));
    applyFieldOptions(p, disclosureOptions(), d);
    const auto added = DisclosureService(context.db()).add(d);
    if (!accepted(context, added))
        return Refused;
    context.out() << Context::tr("Added disclosure %1 for %2.").arg(added.value()).arg(d.period.toUpper()) << Qt::endl;
    return Ok;
}

int runDisclosureEdit(Context &context, const QCommandLineParser &p)
{
    DisclosureService disclosures(context.db());
    auto d = disclosures.get(idArgument(p));
    if (!d)
        return context.finish(d.problems());
    applyFieldOptions(p, disclosureOptions(), d.value());
    if (!accepted(context, disclosures.update(*d)))
        return Refused;
    context.out() << Context::tr("Saved disclosure %1 for %2.").arg(d->id).arg(d->period) << Qt::endl;
    return Ok;
}

int runDisclosureList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    RecordQuery query;
    applyListOptions(context, p, query);
    const auto rows = take(DisclosureService(context.db()).list(query));
    if (json) {
        writeJson(context, listedJson(rows).dump(2));
        return Ok;
    }
    KindTable<Disclosure> table(RecordKindId::Disclosure, disclosureBindings());
    for (const auto &r : rows)
        table.addRow(r.record, {{"chamber", r.chamberName}});
    table.print(context.out());
    return Ok;
}

int runDisclosureRemove(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p);
    if (!accepted(context, DisclosureService(context.db()).remove(id)))
        return Refused;
    context.out() << Context::tr("Removed disclosure %1.").arg(id) << Qt::endl;
    return Ok;
}

QStringList words(const char *a, const char *b, const char *c = nullptr)
{
    QStringList out = {QString::fromLatin1(a), QString::fromLatin1(b)};
    if (c)
        out.append(QString::fromLatin1(c));
    return out;
}

} // namespace

QList<Command> partyCommands()
{
    const QString id = QStringLiteral("ID");
    auto withChamber = [](auto options) {
        return [options](QCommandLineParser &p) {
            addChamberOption(p);
            addFieldOptions(p, options());
        };
    };
    auto byId = [](auto options) {
        return [options](QCommandLineParser &p) { addFieldOptions(p, options()); };
    };
    return {
        {words("party", "set"), Context::tr("Record a chamber's Party organisation, or change it"), withChamber(organizationOptions), runSet, {}},
        {words("party", "show"), Context::tr("Show a chamber's Party organisation, instructors and disclosures"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             addFormatOption(p);
         },
         runShow, {}},
        {words("party", "list"), Context::tr("List Party organisations"), addListOptions, runList, {}},
        {words("party", "remove"), Context::tr("Remove a chamber's Party organisation"), addChamberOption, runRemove, {}},
        {words("party", "instructor", "add"), Context::tr("Assign a Party instructor to a chamber"), withChamber(instructorOptions),
         runInstructorAdd, {}},
        {words("party", "instructor", "edit"), Context::tr("Change an instructor's record (by number)"), byId(instructorOptions),
         runInstructorEdit, id},
        {words("party", "instructor", "list"), Context::tr("List Party instructors"), addListOptions, runInstructorList, {}},
        {words("party", "instructor", "remove"), Context::tr("Remove an instructor's record"), {}, runInstructorRemove, id},
        {words("party", "disclosure", "add"), Context::tr("Record a period's three disclosures (三公开)"), withChamber(disclosureOptions),
         runDisclosureAdd, {}},
        {words("party", "disclosure", "edit"), Context::tr("Change a disclosure record (by number)"), byId(disclosureOptions),
         runDisclosureEdit, id},
        {words("party", "disclosure", "list"), Context::tr("List disclosure records"), addListOptions, runDisclosureList, {}},
        {words("party", "disclosure", "remove"), Context::tr("Remove a disclosure record"), {}, runDisclosureRemove, id},
    };
}

} // namespace chamber::cli
