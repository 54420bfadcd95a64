// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl registration correct|delete, mediation case correct|delete: putting right one entry
// of a dated history, with the reason; the whole history as it would be is checked first.
#include "Dates.h"
#include "HistoryCorrections.h"
#include "MediationCaseService.h"
#include "RecordOptions.h"

namespace chamber::cli {

namespace {

const QString kDate = QStringLiteral("YYYY-MM-DD");
const QString kText = QStringLiteral("TEXT");

qint64 entryOption(const QCommandLineParser &p)
{
    const QString text = requiredValue(p, QStringLiteral("entry"));
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{Context::tr("--entry takes the entry's number as the history shows it, not \"%1\".").arg(text)};
    return id;
}

QString reasonOption(const QCommandLineParser &p)
{
    // Checked by the service, so that the message is the same as in the app.
    return p.value(QStringLiteral("reason")).trimmed();
}

QString registrationText(const RegistrationEvent &e)
{
    QString text = QStringLiteral("%1 %2").arg(dates::toIso(e.date), Registrations::statusName(e.status));
    if (!e.creditCode.isEmpty())
        text += QLatin1Char(' ') + e.creditCode;
    return text;
}

QString caseChangeText(const CaseStatusChange &c)
{
    return QStringLiteral("%1 %2").arg(dates::toIso(c.date), Mediation::statusName(c.status));
}

// The entry of the chamber named by --chamber, or a refusal.
RegistrationEvent registrationEntry(Context &context, const QCommandLineParser &p)
{
    const Chamber chamber = chamberOption(context, p);
    auto entry = HistoryCorrections(context.db()).registrationEntry(entryOption(p));
    if (!entry)
        throw Refusal{entry.problems()};
    if (entry->chamberId != chamber.id)
        throw Refusal{{Problem::error(QStringLiteral("entry"), Context::tr("Entry %1 is not in the registration history of %2; see: chamberctl registration history --chamber %3")
                                                                   .arg(entry->id)
                                                                   .arg(chamber.name)
                                                                   .arg(chamber.id))}};
    return entry.value();
}

int runRegistrationCorrect(Context &context, const QCommandLineParser &p)
{
    const RegistrationEvent before = registrationEntry(context, p);
    RegistrationEvent after = before;
    if (p.isSet(QStringLiteral("status"))) {
        const auto status = Registrations::statusFromText(p.value(QStringLiteral("status")));
        if (!status)
            throw Refusal{{Problem::error(QStringLiteral("status"),
                                          Context::tr("--status takes not_registered, preparing, applied, registered or deregistered, not \"%1\".")
                                              .arg(p.value(QStringLiteral("status"))))}};
        after.status = *status;
        // A code belongs only with "registered"; moving away from it drops the code unless one is given.
        if (after.status != RegistrationStatus::Registered && !p.isSet(QStringLiteral("credit-code")))
            after.creditCode.clear();
    }
    if (auto date = dateOption(p, QStringLiteral("date"), QStringLiteral("date")))
        after.date = *date;
    if (p.isSet(QStringLiteral("credit-code")))
        after.creditCode = p.value(QStringLiteral("credit-code")).trimmed();
    if (p.isSet(QStringLiteral("note")))
        after.note = p.value(QStringLiteral("note")).trimmed();
    if (!accepted(context, HistoryCorrections(context.db()).correctRegistration(after, reasonOption(p))))
        return Refused;
    context.out() << Context::tr("Corrected entry %1: %2 → %3.").arg(before.id).arg(registrationText(before), registrationText(after)) << Qt::endl;
    return Ok;
}

int runRegistrationDelete(Context &context, const QCommandLineParser &p)
{
    const RegistrationEvent before = registrationEntry(context, p);
    if (!accepted(context, HistoryCorrections(context.db()).deleteRegistration(before.id, reasonOption(p))))
        return Refused;
    context.out() << Context::tr("Deleted entry %1: %2.").arg(before.id).arg(registrationText(before)) << Qt::endl;
    return Ok;
}

// The status change named by --entry, of the case given by number.
CaseStatusChange caseEntry(Context &context, const QCommandLineParser &p)
{
    const auto c = MediationCaseService(context.db()).get(idArgument(p));
    if (!c)
        throw Refusal{c.problems()};
    auto entry = HistoryCorrections(context.db()).caseChange(entryOption(p));
    if (!entry)
        throw Refusal{entry.problems()};
    if (entry->caseId != c->id)
        throw Refusal{{Problem::error(QStringLiteral("entry"), Context::tr("Entry %1 is not in the history of case %2; see: chamberctl mediation case show %3")
                                                                   .arg(entry->id)
                                                                   .arg(c->number)
                                                                   .arg(c->id))}};
    return entry.value();
}

int runCaseCorrect(Context &context, const QCommandLineParser &p)
{
    const CaseStatusChange before = caseEntry(context, p);
    CaseStatusChange after = before;
    if (p.isSet(QStringLiteral("to"))) {
        const auto status = Mediation::statusFromText(p.value(QStringLiteral("to")));
        if (!status)
            throw Refusal{{Problem::error(QStringLiteral("status"), Context::tr("--to takes mediating, settled, failed or referred, not \"%1\".")
                                                                        .arg(p.value(QStringLiteral("to"))))}};
        after.status = *status;
    }
    if (auto date = dateOption(p, QStringLiteral("date"), QStringLiteral("date")))
        after.date = *date;
    if (p.isSet(QStringLiteral("reopen-reason")))
        after.reason = p.value(QStringLiteral("reopen-reason")).trimmed();
    if (!accepted(context, HistoryCorrections(context.db()).correctCaseChange(after, reasonOption(p))))
        return Refused;
    context.out() << Context::tr("Corrected entry %1: %2 → %3.").arg(before.id).arg(caseChangeText(before), caseChangeText(after)) << Qt::endl;
    return Ok;
}

int runCaseDelete(Context &context, const QCommandLineParser &p)
{
    const CaseStatusChange before = caseEntry(context, p);
    if (!accepted(context, HistoryCorrections(context.db()).deleteCaseChange(before.id, reasonOption(p))))
        return Refused;
    context.out() << Context::tr("Deleted entry %1: %2.").arg(before.id).arg(caseChangeText(before)) << Qt::endl;
    return Ok;
}

void addEntryOptions(QCommandLineParser &p)
{
    p.addOption(option(QStringLiteral("entry"), Context::tr("Number of the history entry (shown by the history)."), QStringLiteral("N")));
    p.addOption(option(QStringLiteral("reason"), Context::tr("Why the entry is corrected; kept in the change log."), kText));
}

} // namespace

QList<Command> registrationCorrectionCommands()
{
    const QString registration = QStringLiteral("registration");
    return {
        {{registration, QStringLiteral("correct")}, Context::tr("Correct a wrongly entered registration change (the history is checked whole)"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             addEntryOptions(p);
             p.addOption(option(QStringLiteral("status"), Context::tr("The right status."), QStringLiteral("STATUS")));
             p.addOption(option(QStringLiteral("date"), Context::tr("The right date."), kDate));
             p.addOption(option(QStringLiteral("credit-code"), Context::tr("The right credit code (with registered)."), QStringLiteral("CODE")));
             p.addOption(option(QStringLiteral("note"), Context::tr("The right note."), kText));
         },
         runRegistrationCorrect, {}},
        {{registration, QStringLiteral("delete")}, Context::tr("Delete a registration change entered by mistake"),
         [](QCommandLineParser &p) {
             addChamberOption(p);
             addEntryOptions(p);
         },
         runRegistrationDelete, {}},
    };
}

QList<Command> caseCorrectionCommands()
{
    auto words = [](const char *last) { return QStringList{QStringLiteral("mediation"), QStringLiteral("case"), QString::fromLatin1(last)}; };
    const QString id = QStringLiteral("ID");
    return {
        {words("correct"), Context::tr("Correct a wrongly entered status change of a case (the history is checked whole)"),
         [](QCommandLineParser &p) {
             addEntryOptions(p);
             p.addOption(option(QStringLiteral("to"), Context::tr("The right status."), QStringLiteral("STATUS")));
             p.addOption(option(QStringLiteral("date"), Context::tr("The right date."), kDate));
             p.addOption(option(QStringLiteral("reopen-reason"), Context::tr("The right reason of a reopening."), kText));
         },
         runCaseCorrect, id},
        {words("delete"), Context::tr("Delete a status change of a case entered by mistake (not the case)"), addEntryOptions, runCaseDelete, id},
    };
}

} // namespace chamber::cli
