// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLifecycle.h"

#include <algorithm>
#include <limits>

namespace chamber {

QList<CaseStatus> CaseLifecycle::nextStatuses(CaseStatus from)
{
    switch (from) {
    case CaseStatus::Received: return {CaseStatus::Mediating};
    case CaseStatus::Mediating: return {CaseStatus::Settled, CaseStatus::Failed, CaseStatus::Referred};
    case CaseStatus::Settled:
    case CaseStatus::Failed:
    case CaseStatus::Referred: return {};
    }
    return {};
}

CaseStatus CaseLifecycle::currentStatus(const QList<CaseStatusChange> &changes)
{
    return changes.isEmpty() ? CaseStatus::Received : changes.last().status;
}

Problems CaseLifecycle::validateChange(const MediationCase &c, const QList<CaseStatusChange> &changes, const CaseStatusChange &next,
                                       const QDate &today)
{
    Problems problems;
    const CaseStatus current = currentStatus(changes);
    const bool closing = Mediation::isClosed(next.status);
    // For a closing change the date is the case's closed date, and is named so.
    const QString dateField = closing ? QStringLiteral("closed_on") : QStringLiteral("date");
    if (next.reopen) {
        if (!Mediation::isClosed(current))
            problems.append(Problem::error(QStringLiteral("status"), tr("Only a closed case can be reopened; this one is %1.")
                                                                         .arg(Mediation::statusName(current))));
        if (next.status != CaseStatus::Mediating)
            problems.append(Problem::error(QStringLiteral("status"), tr("A reopened case goes back to %1.")
                                                                         .arg(Mediation::statusName(CaseStatus::Mediating))));
        if (next.reason.trimmed().isEmpty())
            problems.append(Problem::error(QStringLiteral("reason"), tr("Reopening a case needs the reason, for the case file.")));
    } else if (next.status == current) {
        problems.append(Problem::error(QStringLiteral("status"), tr("The case is already %1.").arg(Mediation::statusName(current))));
    } else if (Mediation::isClosed(current)) {
        problems.append(Problem::error(QStringLiteral("status"), tr("The case is %1; a closed case goes back only by reopening it, with a reason.")
                                                                     .arg(Mediation::statusName(current))));
    } else if (!isForwardStep(current, next.status)) {
        QStringList allowed;
        for (auto s : nextStatuses(current))
            allowed.append(Mediation::statusName(s));
        problems.append(Problem::error(QStringLiteral("status"),
                                       tr("A case goes received → mediating → settled, failed or referred, one step at a time: "
                                          "from %1 it can go to %2, not %3.")
                                           .arg(Mediation::statusName(current), allowed.join(tr(" or ")), Mediation::statusName(next.status))));
    }
    if (!next.date.isValid()) {
        problems.append(Problem::error(dateField, closing ? tr("A case that is %1 needs its closed date.").arg(Mediation::statusName(next.status))
                                                          : tr("The date of the status change is missing.")));
        return problems;
    }
    if (next.date > today)
        problems.append(Problem::error(dateField, tr("The status change date %1 is in the future.").arg(next.date.toString(Qt::ISODate))));
    if (c.receivedOn.isValid() && next.date < c.receivedOn)
        problems.append(Problem::error(dateField, tr("The date %1 is before the case was received on %2.")
                                                      .arg(next.date.toString(Qt::ISODate), c.receivedOn.toString(Qt::ISODate))));
    if (!changes.isEmpty() && next.date < changes.last().date)
        problems.append(Problem::error(dateField, tr("The date %1 is before the last change (%2 on %3); the history is kept in date order.")
                                                      .arg(next.date.toString(Qt::ISODate), Mediation::statusName(changes.last().status),
                                                           changes.last().date.toString(Qt::ISODate))));
    return problems;
}

MediationCase CaseLifecycle::applied(const MediationCase &c, const CaseStatusChange &change)
{
    MediationCase out = c;
    out.status = change.status;
    out.closedOn = Mediation::isClosed(change.status) ? std::optional(change.date) : std::nullopt;
    if (change.reopen || change.status != CaseStatus::Settled) {
        out.agreedAmountFen.reset();
        out.agreementNumber.clear();
        out.judicialConfirmation.reset();
        out.performance.reset();
        out.performanceProof.clear();
    }
    if (change.reopen) {
        out.followUpOn.reset();
        out.followUpSatisfaction.reset();
        out.followUpNote.clear();
    }
    return out;
}

QList<CaseStatusChange> CaseLifecycle::impliedChanges(const MediationCase &c)
{
    QList<CaseStatusChange> changes;
    if (c.status == CaseStatus::Received)
        return changes;
    changes.append({0, c.id, CaseStatus::Mediating, c.receivedOn, false, {}});
    if (Mediation::isClosed(c.status) && c.closedOn)
        changes.append({0, c.id, c.status, *c.closedOn, false, {}});
    return changes;
}

std::optional<CaseStatus> CaseLifecycle::statusOn(const MediationCase &c, const QList<CaseStatusChange> &changes, const QDate &date)
{
    if (!c.receivedOn.isValid() || c.receivedOn > date)
        return std::nullopt;
    CaseStatus status = CaseStatus::Received;
    for (const auto &change : changes) {
        if (change.date > date)
            break;
        status = change.status;
    }
    return status;
}

std::optional<QDate> CaseLifecycle::closedOn(const MediationCase &c, const QList<CaseStatusChange> &changes, const QDate &date)
{
    const auto status = statusOn(c, changes, date);
    if (!status || !Mediation::isClosed(*status))
        return std::nullopt;
    std::optional<QDate> closed;
    for (const auto &change : changes)
        if (change.date <= date)
            closed = change.date;
    return closed;
}

QList<CaseStatusChange> CaseLifecycle::sorted(QList<CaseStatusChange> changes)
{
    std::stable_sort(changes.begin(), changes.end(), [](const CaseStatusChange &a, const CaseStatusChange &b) {
        if (a.date != b.date)
            return a.date < b.date;
        const qint64 ia = a.id ? a.id : std::numeric_limits<qint64>::max();
        const qint64 ib = b.id ? b.id : std::numeric_limits<qint64>::max();
        return ia < ib;
    });
    return changes;
}

Problems CaseLifecycle::validateHistory(const MediationCase &c, const QList<CaseStatusChange> &changes, const QDate &today)
{
    Problems problems;
    QList<CaseStatusChange> before;
    for (int i = 0; i < changes.size(); ++i) {
        const CaseStatusChange &change = changes.at(i);
        for (Problem p : validateChange(c, before, change, today)) {
            p.message = tr("Change %1 (%2, %3): %4").arg(i + 1).arg(change.date.toString(Qt::ISODate), Mediation::statusName(change.status), p.message);
            problems.append(p);
        }
        before.append(change);
    }
    return problems;
}

MediationCase CaseLifecycle::followingHistory(const MediationCase &c, const QList<CaseStatusChange> &changes)
{
    MediationCase out = c;
    out.status = currentStatus(changes);
    const bool closed = Mediation::isClosed(out.status);
    out.closedOn = closed && !changes.isEmpty() ? std::optional(changes.last().date) : std::nullopt;
    if (out.status != CaseStatus::Settled) {
        out.agreedAmountFen.reset();
        out.agreementNumber.clear();
        out.judicialConfirmation.reset();
        out.performance.reset();
        out.performanceProof.clear();
    }
    if (!closed) {
        out.followUpOn.reset();
        out.followUpSatisfaction.reset();
        out.followUpNote.clear();
    }
    return out;
}

} // namespace chamber
