// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl member add|edit|show|list|remove|counts — a chamber's member list.
#include "ChamberService.h"
#include "KindShow.h"
#include "KindTable.h"
#include "MemberService.h"
#include "RecordBindings.h"
#include "RecordOptions.h"
#include "RecordFieldsJson.h"

namespace chamber::cli {

namespace {

QStringList roleKeys()
{
    QStringList keys;
    for (auto r : Members::allRoles())
        keys.append(Members::roleKey(r));
    return keys;
}

QStringList kindKeys()
{
    return {QStringLiteral("enterprise"), QStringLiteral("individual")};
}

FieldOptions<Member> memberOptions()
{
    return describedOptions(RecordKindId::Member, memberBindings());
}

int runAdd(Context &context, const QCommandLineParser &p)
{
    Member m;
    m.chamberId = chamberOption(context, p).id;
    requiredValue(p, QStringLiteral("name"));
    requiredValue(p, QStringLiteral("kind"));
    applyFieldOptions(p, memberOptions(), m);
    const auto added = MemberService(context.db()).add(m);
    if (!accepted(context, added))
        return Refused;
    context.out() << Context::tr("Added member %1: %2").arg(added.value()).arg(m.name) << Qt::endl;
    return Ok;
}

int runEdit(Context &context, const QCommandLineParser &p)
{
    MemberService members(context.db());
    auto m = members.get(idArgument(p));
    if (!m)
        return context.finish(m.problems());
    applyFieldOptions(p, memberOptions(), m.value());
    if (!accepted(context, members.update(*m)))
        return Refused;
    context.out() << Context::tr("Saved member %1: %2").arg(m->id).arg(m->name) << Qt::endl;
    return Ok;
}

int runShow(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    const auto m = MemberService(context.db()).get(idArgument(p));
    if (!m)
        return context.finish(m.problems());
    if (json) {
        writeJson(context, recordJson(*m).dump(2));
        return Ok;
    }
    printRecord(context.out(), RecordKindId::Member, memberBindings(), *m);
    return Ok;
}

int runList(Context &context, const QCommandLineParser &p)
{
    const bool json = jsonFormat(p);
    MemberQuery query;
    applyListOptions(context, p, query);
    if (p.isSet(QStringLiteral("kind"))) {
        query.kind = Members::kindFromText(p.value(QStringLiteral("kind")));
        if (!query.kind)
            throw UsageError{enumError(QStringLiteral("kind"), kindKeys(), p.value(QStringLiteral("kind")))};
    }
    if (p.isSet(QStringLiteral("role"))) {
        query.role = Members::roleFromText(p.value(QStringLiteral("role")));
        if (!query.role)
            throw UsageError{enumError(QStringLiteral("role"), roleKeys(), p.value(QStringLiteral("role")))};
    }
    query.currentOnly = p.isSet(QStringLiteral("current"));
    const auto rows = take(MemberService(context.db()).list(query));
    if (json) {
        writeJson(context, listedJson(rows).dump(2));
        return Ok;
    }
    KindTable<Member> table(RecordKindId::Member, memberBindings());
    for (const auto &r : rows)
        table.addRow(r.record, {{"chamber", r.chamberName}});
    table.print(context.out());
    context.out() << Context::tr("%n member(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

int runRemove(Context &context, const QCommandLineParser &p)
{
    const qint64 id = idArgument(p);
    if (!accepted(context, MemberService(context.db()).remove(id)))
        return Refused;
    context.out() << Context::tr("Removed member %1.").arg(id) << Qt::endl;
    return Ok;
}

// Shows where a chamber's counts come from, and switches it with --keep.
int runCounts(Context &context, const QCommandLineParser &p)
{
    const Chamber c = chamberOption(context, p);
    MemberService members(context.db());
    if (p.isSet(QStringLiteral("keep"))) {
        QString error;
        const auto keep = parseYesNoText(QStringLiteral("keep"), p.value(QStringLiteral("keep")), false, error);
        if (!keep)
            throw Refusal{{Problem::error(QStringLiteral("member_list"), error)}};
        if (!accepted(context, members.setListKept(c.id, *keep)))
            return Refused;
    }
    const bool kept = take(members.listKept(c.id));
    const MemberCounts listed = take(members.countsOf(c.id));
    const Chamber now = ChamberService(context.db()).get(c.id).value();
    if (jsonFormat(p)) {
        nlohmann::json j = {{"chamber_id", c.id},
                            {"member_list_kept", kept},
                            {"individual_members", now.individualMembers},
                            {"unit_members", now.unitMembers},
                            {"listed", {{"individual", listed.individual}, {"enterprise", listed.enterprise}}}};
        writeJson(context, j.dump(2));
        return Ok;
    }
    context.out() << c.name << Qt::endl;
    printFields(context, {{Context::tr("Counts follow the member list"), yesNoText(kept)},
                          {Context::tr("Members counted"), Context::tr("%1 individual, %2 unit, %3 in all")
                                                               .arg(now.individualMembers)
                                                               .arg(now.unitMembers)
                                                               .arg(now.totalMembers())},
                          {Context::tr("On the list today"), Context::tr("%1 individual, %2 enterprise").arg(listed.individual).arg(listed.enterprise)}});
    return Ok;
}

QStringList words(const char *last)
{
    return {QStringLiteral("member"), QString::fromLatin1(last)};
}

} // namespace

QList<Command> memberCommands()
{
    const QString id = QStringLiteral("ID");
    return {
        {words("add"), Context::tr("Put a firm or person on a chamber's member list"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             addFieldOptions(p, memberOptions());
         },
         runAdd, {}},
        {words("edit"), Context::tr("Change a member's record (by number)"), [](QCommandLineParser &p) { addFieldOptions(p, memberOptions()); }, runEdit, id},
        {words("show"), Context::tr("Show a member"), addFormatOption, runShow, id},
        {words("list"), Context::tr("List members, filtered"),
         [](QCommandLineParser &p) {
             addListOptions(p);
             p.addOption(option(QStringLiteral("kind"), Context::tr("Only this kind."), QStringLiteral("KIND")));
             p.addOption(option(QStringLiteral("role"), Context::tr("Only this role."), QStringLiteral("ROLE")));
             p.addOption(option(QStringLiteral("current"), Context::tr("Leave out members who left.")));
         },
         runList, {}},
        {words("remove"), Context::tr("Take a member off the list (to record leaving, edit --left instead)"), {}, runRemove, id},
        {words("counts"), Context::tr("Show whether a chamber's member counts follow its list; --keep yes|no switches it"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             p.addOption(option(QStringLiteral("keep"), Context::tr("yes: the counts follow the list; no: the plain counts stand (the list's counts are copied into them)."),
                                QStringLiteral("yes|no")));
             addFormatOption(p);
         },
         runCounts, {}},
    };
}

} // namespace chamber::cli
