// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl registration set|history.
#include "ChamberService.h"
#include "Cli.h"
#include "Dates.h"
#include "RecordJson.h"
#include "TextTable.h"

namespace chamber::cli {

namespace {

Chamber chamberOption(Context &context, const QCommandLineParser &p)
{
    auto found = ChamberService(context.db()).find(requiredValue(p, QStringLiteral("chamber")));
    if (!found)
        throw Refusal{found.problems()};
    return found.value();
}

int runSet(Context &context, const QCommandLineParser &p)
{
    const Chamber c = chamberOption(context, p);
    const QString statusText = requiredValue(p, QStringLiteral("status"));
    const auto status = Registrations::statusFromText(statusText);
    if (!status)
        return context.finish({Problem::error(QStringLiteral("status"),
                                              Context::tr("--status takes not_registered, preparing, applied, registered or deregistered, not \"%1\".")
                                                  .arg(statusText))});
    requiredValue(p, QStringLiteral("date"));
    RegistrationEvent e;
    e.chamberId = c.id;
    e.status = *status;
    e.date = *dateOption(p, QStringLiteral("date"), QStringLiteral("date"));
    e.creditCode = p.value(QStringLiteral("credit-code")).trimmed();
    e.note = p.value(QStringLiteral("note")).trimmed();
    auto recorded = RegistrationService(context.db()).record(e);
    if (!recorded)
        return context.finish(recorded.problems());
    context.report(recorded.problems());
    context.out() << Context::tr("%1 is %2 from %3.").arg(c.name, Registrations::statusName(e.status), dates::toIso(e.date)) << Qt::endl;
    return Ok;
}

int runHistory(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    const Chamber c = chamberOption(context, p);
    const auto history = take(RegistrationService(context.db()).history(c.id));
    if (format == QStringLiteral("json")) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto &e : history)
            j.push_back(registrationEventToJson(e));
        writeJson(context, j.dump(2));
        return Ok;
    }
    context.out() << c.name << Qt::endl;
    // The entry number is what registration correct|delete --entry take.
    TextTable table({Context::tr("Entry"), Context::tr("Date"), Context::tr("Status"), Context::tr("Credit code"), Context::tr("Note")});
    for (const auto &e : history)
        table.addRow({QString::number(e.id), dates::toIso(e.date), Registrations::statusName(e.status), e.creditCode, e.note});
    table.print(context.out());
    context.out() << Context::tr("Now: %1").arg(Registrations::statusName(Registrations::currentStatus(history))) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> registrationCommands()
{
    return {
        {{QStringLiteral("registration"), QStringLiteral("set")}, Context::tr("Record a dated change of registration status"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("chamber"), Context::tr("Chamber number or name."), QStringLiteral("ID")));
             p.addOption(option(QStringLiteral("status"), Context::tr("not_registered, preparing, applied, registered or deregistered."),
                                QStringLiteral("STATUS")));
             p.addOption(option(QStringLiteral("date"), Context::tr("Date of the change."), QStringLiteral("YYYY-MM-DD")));
             p.addOption(option(QStringLiteral("credit-code"), Context::tr("Unified social credit code (with registered)."), QStringLiteral("CODE")));
             p.addOption(option(QStringLiteral("note"), Context::tr("Note."), QStringLiteral("TEXT")));
         },
         runSet, {}},
        {{QStringLiteral("registration"), QStringLiteral("history")}, Context::tr("Show a chamber's registration history"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("chamber"), Context::tr("Chamber number or name."), QStringLiteral("ID")));
             p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
         },
         runHistory, {}},
    };
}

} // namespace chamber::cli
