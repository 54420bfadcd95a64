// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl chamber add|edit|show|list|remove|ready.
#include "ChamberService.h"
#include "Cli.h"
#include "Dates.h"
#include "DivisionService.h"
#include "RecordFieldsJson.h"
#include "RecordJson.h"
#include "KindShow.h"
#include "KindTable.h"
#include "RecordBindings.h"
#include "RecordKind.h"
#include "RecordOptions.h"

namespace chamber::cli {

namespace {

// The chamber's options from its description (RecordKind), read by their fields' types as every
// kind's are (describedOptions) — but the township, which is typed by name or code and looked up
// in the divisions.
FieldOptions<Chamber> chamberOptions()
{
    FieldOptions<Chamber> options = describedOptions(RecordKindId::Chamber, chamberBindings());
    options.removeIf([](const FieldOption<Chamber> &o) { return o.option == QStringLiteral("township"); });
    return options;
}

// The options are the chamber's fields that have one, the township's among them.
void addChamberOptions(QCommandLineParser &p)
{
    const RecordKind &kind = recordKind(RecordKindId::Chamber);
    for (const auto &f : kind.fields)
        if (f.option)
            p.addOption(option(QString::fromLatin1(f.option), kind.optionHelp(f), QString::fromLatin1(f.valueName)));
}

// Applies the options that were given to a chamber; refuses malformed values naming the field,
// every one at once.
void applyChamberOptions(const QCommandLineParser &p, Chamber &c, DivisionService &divisions)
{
    Problems problems;
    if (p.isSet(QStringLiteral("township"))) {
        auto township = divisions.findTownship(p.value(QStringLiteral("township")));
        if (township)
            c.townshipCode = township->code;
        else
            problems.append(township.problems());
    }
    try {
        applyFieldOptions(p, chamberOptions(), c);
    } catch (const Refusal &r) {
        problems.append(r.problems);
    }
    if (hasErrors(problems)) {
        // Report the field rules too, so that one run shows everything to correct.
        for (const auto &p2 : Chambers::validate(c))
            if (p2.field != QStringLiteral("township") && !problems.contains(p2))
                problems.append(p2);
        throw Refusal{problems};
    }
}

Chamber findChamber(Context &context, const QString &idOrName)
{
    auto found = ChamberService(context.db()).find(idOrName);
    if (!found)
        throw Refusal{found.problems()};
    return found.value();
}

int runAdd(Context &context, const QCommandLineParser &p)
{
    Database &db = context.db();
    DivisionService divisions(db);
    requiredValue(p, QStringLiteral("township"));
    requiredValue(p, QStringLiteral("name"));
    Chamber c;
    applyChamberOptions(p, c, divisions);
    auto added = ChamberService(db).add(c);
    if (!added)
        return context.finish(added.problems());
    context.report(added.problems());
    context.out() << Context::tr("Added chamber %1: %2").arg(added.value()).arg(c.name) << Qt::endl;
    return Ok;
}

int runEdit(Context &context, const QCommandLineParser &p)
{
    Chamber c = findChamber(context, positionalArgument(p, QStringLiteral("ID")));
    DivisionService divisions(context.db());
    applyChamberOptions(p, c, divisions);
    auto updated = ChamberService(context.db()).update(c);
    if (!updated)
        return context.finish(updated.problems());
    context.report(updated.problems());
    context.out() << Context::tr("Saved chamber %1: %2").arg(c.id).arg(c.name) << Qt::endl;
    return Ok;
}

int runShow(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    const Chamber c = findChamber(context, positionalArgument(p, QStringLiteral("ID")));
    const auto history = take(RegistrationService(context.db()).history(c.id));
    const auto checks = Readiness::check(c);
    const auto township = take(DivisionService(context.db()).byCode(c.townshipCode));
    if (format == QStringLiteral("json")) {
        nlohmann::json j = recordJson(c);
        j["township"] = township ? township->name.toStdString() : std::string();
        j["registration"] = Registrations::statusKey(Registrations::currentStatus(history)).toStdString();
        j["registration_history"] = nlohmann::json::array();
        for (const auto &e : history)
            j["registration_history"].push_back(registrationEventToJson(e));
        j["readiness"] = readinessToJson(checks);
        j["ready_to_register"] = Readiness::ready(c);
        writeJson(context, j.dump(2));
        return Ok;
    }
    auto &out = context.out();
    printRecord(out, RecordKindId::Chamber, chamberBindings(), c,
                {{"township", township ? QStringLiteral("%1 (%2)").arg(township->name, township->code) : c.townshipCode},
                 {"individual_members", Context::tr("%1 individual, %2 unit, %3 in all").arg(c.individualMembers).arg(c.unitMembers).arg(c.totalMembers())},
                 {"registration", Registrations::statusName(Registrations::currentStatus(history))}});
    out << Qt::endl << Context::tr("Registration history:") << Qt::endl;
    if (history.isEmpty())
        out << QStringLiteral("  ") << Context::tr("(none)") << Qt::endl;
    for (const auto &e : history)
        // Indented as the other entries are; the trimming once took the indent away with the trailing space.
        out << QStringLiteral("  ") + QStringLiteral("%1  %2 %3").arg(dates::toIso(e.date), Registrations::statusName(e.status), e.creditCode).trimmed()
            << Qt::endl;
    out << Qt::endl << Context::tr("Conditions for registration (%1):").arg(Readiness::ready(c) ? Context::tr("all met") : Context::tr("not all met"))
        << Qt::endl;
    for (const auto &check : checks)
        out << QStringLiteral("  [%1] %2 — %3").arg(Readiness::stateName(check.state), Readiness::conditionName(check.condition), check.detail)
            << Qt::endl;
    return Ok;
}

int runList(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    Database &db = context.db();
    ChamberQuery query;
    query.text = p.value(QStringLiteral("search"));
    if (p.isSet(QStringLiteral("division"))) {
        auto d = DivisionService(db).findDivision(p.value(QStringLiteral("division")));
        if (!d)
            return context.finish(d.problems());
        query.divisionPrefix = d->code;
    }
    if (p.isSet(QStringLiteral("status"))) {
        query.status = Chambers::statusFromText(p.value(QStringLiteral("status")));
        if (!query.status)
            throw UsageError{Context::tr("--status takes active, dormant or dissolved.")};
    }
    if (p.isSet(QStringLiteral("registration"))) {
        query.registration = Registrations::statusFromText(p.value(QStringLiteral("registration")));
        if (!query.registration)
            throw UsageError{Context::tr("--registration takes not_registered, preparing, applied, registered or deregistered.")};
    }
    const bool readyOnly = p.isSet(QStringLiteral("ready")) || context.commandPath().last() == QStringLiteral("ready");
    QList<ChamberRow> rows = take(ChamberService(db).list(query));
    if (readyOnly) {
        QList<ChamberRow> ready;
        for (const auto &r : rows)
            if (r.registration != RegistrationStatus::Registered && r.chamber.status != ChamberStatus::Dissolved
                && Readiness::ready(r.chamber))
                ready.append(r);
        rows = ready;
    }
    if (format == QStringLiteral("json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &r : rows)
            j.push_back(listedJson(r.chamber, {{"township", r.townshipName.toStdString()},
                                               {"registration", Registrations::statusKey(r.registration).toStdString()},
                                               {"ready_to_register", Readiness::ready(r.chamber)}}));
        writeJson(context, j.dump(2));
        return Ok;
    }
    KindTable<Chamber> table(RecordKindId::Chamber, chamberBindings());
    for (const auto &r : rows)
        table.addRow(r.chamber, {{"township_name", r.townshipName},
                                 {"members", QString::number(r.chamber.totalMembers())},
                                 {"registration", Registrations::statusName(r.registration)}});
    table.print(context.out());
    context.out() << Context::tr("%n chamber(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

int runRemove(Context &context, const QCommandLineParser &p)
{
    const Chamber c = findChamber(context, positionalArgument(p, QStringLiteral("ID")));
    if (!p.isSet(QStringLiteral("yes")))
        return context.finish({Problem::error(QStringLiteral("chamber"),
                                              Context::tr("Removing chamber %1 (%2) also removes its history; add --yes to confirm.")
                                                  .arg(c.id).arg(c.name))});
    if (auto s = ChamberService(context.db()).remove(c.id); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("Removed chamber %1: %2").arg(c.id).arg(c.name) << Qt::endl;
    return Ok;
}

void listOptions(QCommandLineParser &p)
{
    p.addOption(option(QStringLiteral("search"), Context::tr("Text in the name, township, leaders or credit code."), QStringLiteral("TEXT")));
    p.addOption(option(QStringLiteral("division"), Context::tr("Only under this city, county or township (code or name)."), QStringLiteral("CODE|NAME")));
    p.addOption(option(QStringLiteral("status"), Context::tr("active, dormant or dissolved."), QStringLiteral("STATUS")));
    p.addOption(option(QStringLiteral("registration"), Context::tr("Registration status."), QStringLiteral("STATUS")));
    p.addOption(option(QStringLiteral("ready"), Context::tr("Only unregistered chambers that meet every registration condition.")));
    p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
}

} // namespace

QList<Command> chamberCommands()
{
    const QString id = QStringLiteral("ID");
    auto formatOnly = [](QCommandLineParser &p) {
        p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
    };
    return {
        {{QStringLiteral("chamber"), QStringLiteral("add")}, Context::tr("Add a chamber"), addChamberOptions, runAdd, {}},
        {{QStringLiteral("chamber"), QStringLiteral("edit")}, Context::tr("Change fields of a chamber (by number or name)"), addChamberOptions,
         runEdit, id},
        {{QStringLiteral("chamber"), QStringLiteral("show")}, Context::tr("Show a chamber with its registration history and checklist"),
         formatOnly, runShow, id},
        {{QStringLiteral("chamber"), QStringLiteral("list")}, Context::tr("List chambers, filtered"), listOptions, runList, {}},
        {{QStringLiteral("chamber"), QStringLiteral("ready")}, Context::tr("List the chambers ready to register"), listOptions, runList, {}},
        {{QStringLiteral("chamber"), QStringLiteral("remove")}, Context::tr("Remove a chamber and its records"),
         [](QCommandLineParser &p) { p.addOption(option(QStringLiteral("yes"), Context::tr("Confirm the removal."))); }, runRemove, id},
    };
}

} // namespace chamber::cli
