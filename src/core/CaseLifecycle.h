// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Mediation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace chamber {

// One dated change of a case's status after it was received. A reopening (back from a closed
// status to mediating) is marked and carries its reason.
struct CaseStatusChange
{
    qint64 id = 0;
    qint64 caseId = 0;
    CaseStatus status = CaseStatus::Mediating;
    QDate date;
    bool reopen = false;
    QString reason;

    bool operator==(const CaseStatusChange &) const = default;
};

// The lifecycle of a mediation case: received → mediating → settled | failed | referred, each
// step dated and none skipped; going back only by an explicit reopening with a reason. The
// changes after receipt, in date order, are the case's history; its status on any date follows.
class CaseLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(CaseLifecycle)
public:
    // The statuses a case may move on to from a status, without reopening.
    static QList<CaseStatus> nextStatuses(CaseStatus from);
    static bool isForwardStep(CaseStatus from, CaseStatus to) { return nextStatuses(from).contains(to); }
    static CaseStatus currentStatus(const QList<CaseStatusChange> &changes);

    // Whether the change may follow the history: a forward step (or a reopening of a closed case
    // with a reason), dated, not before receipt or the last change, not in the future.
    static Problems validateChange(const MediationCase &mediationCase, const QList<CaseStatusChange> &changes,
                                   const CaseStatusChange &next, const QDate &today = QDate::currentDate());
    // The case as the change leaves it: status and closed date follow; a reopening clears the
    // settlement and follow-up, which belonged to the mediation that ended.
    static MediationCase applied(const MediationCase &mediationCase, const CaseStatusChange &change);
    // The changes a case entered already mediating or closed implies: mediating from the received
    // date, then the closing change on the closed date.
    static QList<CaseStatusChange> impliedChanges(const MediationCase &mediationCase);

    // The status on a date (nullopt before receipt), and the closed date if it is closed then.
    static std::optional<CaseStatus> statusOn(const MediationCase &mediationCase, const QList<CaseStatusChange> &changes, const QDate &date);
    static std::optional<QDate> closedOn(const MediationCase &mediationCase, const QList<CaseStatusChange> &changes, const QDate &date);

    // Whether a whole history could stand, as it would after a correction: the changes in date
    // order (equal dates by id), each checked by validateChange against the ones before it. Errors
    // name the change (its place, date and status).
    static Problems validateHistory(const MediationCase &mediationCase, const QList<CaseStatusChange> &changes,
                                    const QDate &today = QDate::currentDate());
    static QList<CaseStatusChange> sorted(QList<CaseStatusChange> changes);
    // The case as its history leaves it: status and closed date from the last change; what a
    // settled case alone has is cleared when it is no longer settled, the follow-up visit when it
    // is no longer closed.
    static MediationCase followingHistory(const MediationCase &mediationCase, const QList<CaseStatusChange> &changes);
};

} // namespace chamber
