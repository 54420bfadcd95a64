// SPDX-License-Identifier: GPL-3.0-or-later
#include "Registration.h"

#include "CreditCode.h"
#include "EnumText.h"

#include <algorithm>
#include <limits>

namespace chamber {

namespace {
// The Chinese names are accepted whatever the locale, as clerks type them; 是/否 as a ledger's
// "registered?" column has them.
const EnumText<RegistrationStatus> kStatuses[] = {
    {RegistrationStatus::NotRegistered, "not_registered", QT_TRANSLATE_NOOP("Registrations", "not registered"), "未登记|否"},
    {RegistrationStatus::Preparing, "preparing", QT_TRANSLATE_NOOP("Registrations", "preparing"), "筹备中"},
    {RegistrationStatus::Applied, "applied", QT_TRANSLATE_NOOP("Registrations", "applied"), "已申请"},
    {RegistrationStatus::Registered, "registered", QT_TRANSLATE_NOOP("Registrations", "registered"), "已登记|是"},
    {RegistrationStatus::Deregistered, "deregistered", QT_TRANSLATE_NOOP("Registrations", "deregistered"), "已注销"},
};
const EnumTexts<RegistrationStatus> kStatusTexts("Registrations", kStatuses);
} // namespace

QString Registrations::statusKey(RegistrationStatus status)
{
    return kStatusTexts.key(status);
}

QString Registrations::statusName(RegistrationStatus status)
{
    return kStatusTexts.name(status);
}

QList<RegistrationStatus> Registrations::allStatuses()
{
    return {RegistrationStatus::NotRegistered, RegistrationStatus::Preparing, RegistrationStatus::Applied,
            RegistrationStatus::Registered, RegistrationStatus::Deregistered};
}

std::optional<RegistrationStatus> Registrations::statusFromText(const QString &text)
{
    return kStatusTexts.fromText(text);
}

RegistrationStatus Registrations::statusOn(const QList<RegistrationEvent> &history, const QDate &date)
{
    RegistrationStatus status = RegistrationStatus::NotRegistered;
    for (const auto &e : history) {
        if (e.date > date)
            break;
        status = e.status;
    }
    return status;
}

RegistrationStatus Registrations::currentStatus(const QList<RegistrationEvent> &history)
{
    return history.isEmpty() ? RegistrationStatus::NotRegistered : history.last().status;
}

std::optional<QDate> Registrations::registeredSince(const QList<RegistrationEvent> &history, const QDate &date)
{
    std::optional<QDate> since;
    for (const auto &e : history) {
        if (e.date > date)
            break;
        if (e.status == RegistrationStatus::Registered) {
            if (!since)
                since = e.date;
        } else {
            since.reset();
        }
    }
    return since;
}

Problems Registrations::validateNext(const Chamber &chamber, const QList<RegistrationEvent> &history,
                                     const RegistrationEvent &next, const QString &countyCode, const QDate &today)
{
    Problems problems;
    const QString dateField = QStringLiteral("date");
    if (!next.date.isValid()) {
        problems.append(Problem::error(dateField, tr("The date of the registration change is missing.")));
        return problems;
    }
    if (next.date > today)
        problems.append(Problem::error(dateField, tr("The registration date %1 is in the future.").arg(next.date.toString(Qt::ISODate))));
    // A contradiction, not an impossibility: one of the two dates is wrong, and a clerk verifies which.
    if (chamber.founded && next.date < *chamber.founded)
        problems.append(Problem::warning(dateField, tr("The registration date %1 is before the chamber was founded on %2.")
                                                      .arg(next.date.toString(Qt::ISODate), chamber.founded->toString(Qt::ISODate))));
    const RegistrationStatus current = currentStatus(history);
    if (!history.isEmpty() && next.date < history.last().date)
        problems.append(Problem::error(dateField, tr("The date %1 is before the last recorded change (%2 on %3); the history is kept in date order.")
                                                      .arg(next.date.toString(Qt::ISODate), statusName(current),
                                                           history.last().date.toString(Qt::ISODate))));
    if (next.status == current && !history.isEmpty())
        problems.append(Problem::error(QStringLiteral("status"), tr("The chamber is already %1.").arg(statusName(current))));
    if (next.status == RegistrationStatus::Deregistered && current != RegistrationStatus::Registered)
        problems.append(Problem::error(QStringLiteral("status"), tr("Only a registered chamber can be deregistered; this one is %1.").arg(statusName(current))));
    if (next.status == RegistrationStatus::Registered) {
        if (next.creditCode.isEmpty())
            problems.append(Problem::error(QStringLiteral("credit_code"), tr("A registered chamber needs its unified social credit code.")));
        else
            problems.append(CreditCode::validate(next.creditCode, countyCode));
    } else if (!next.creditCode.isEmpty()) {
        problems.append(Problem::error(QStringLiteral("credit_code"), tr("A credit code is only recorded with the status registered.")));
    }
    return problems;
}

QList<RegistrationEvent> Registrations::sorted(QList<RegistrationEvent> history)
{
    std::stable_sort(history.begin(), history.end(), [](const RegistrationEvent &a, const RegistrationEvent &b) {
        if (a.date != b.date)
            return a.date < b.date;
        // A new entry (id 0) goes after those recorded on the same day.
        const qint64 ia = a.id ? a.id : std::numeric_limits<qint64>::max();
        const qint64 ib = b.id ? b.id : std::numeric_limits<qint64>::max();
        return ia < ib;
    });
    return history;
}

Problems Registrations::validateHistory(const Chamber &chamber, const QList<RegistrationEvent> &history, const QString &countyCode,
                                        int focus, const QDate &today)
{
    Problems problems;
    QList<RegistrationEvent> before;
    for (int i = 0; i < history.size(); ++i) {
        const RegistrationEvent &e = history.at(i);
        for (Problem p : validateNext(chamber, before, e, countyCode, today)) {
            if (!p.isError() && i != focus)
                continue;
            p.message = tr("Entry %1 (%2, %3): %4").arg(i + 1).arg(e.date.toString(Qt::ISODate), statusName(e.status), p.message);
            problems.append(p);
        }
        before.append(e);
    }
    return problems;
}

} // namespace chamber
