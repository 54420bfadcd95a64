// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseLifecycle.h"
#include "Database.h"
#include "Mediation.h"
#include "RecordQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace chamber {

struct CaseQuery : RecordQuery
{
    std::optional<CaseStatus> status;
    std::optional<bool> closed;  // true: settled, failed or referred; false: still received or mediating
    std::optional<DisputeType> disputeType;
    std::optional<QDate> receivedFrom;
    std::optional<QDate> receivedTo;
    std::optional<QDate> openOn;  // only cases not closed on this date (by their dated history)
};

// Keeps mediation cases and their dated status history. A case's status changes only through
// changeStatus() — a forward step, or an explicit reopening with a reason — each change one
// transaction with the case row, so the case and its history never disagree.
class MediationCaseService
{
    Q_DECLARE_TR_FUNCTIONS(MediationCaseService)
public:
    explicit MediationCaseService(Database &db) : m_db(db) {}

    // A case may be entered already mediating or closed (from a paper file): its history is then
    // the implied one (CaseLifecycle::impliedChanges). An empty number is given as 2024-007.
    Result<qint64> add(const MediationCase &mediationCase);
    // Changes the case's fields, not its status. A new closed date moves the closing change; a
    // later received date carries changes recorded on the old received date along with it.
    Status update(const MediationCase &mediationCase, std::optional<qint64> expectedVersion = {});
    Status remove(qint64 id);
    Result<MediationCase> get(qint64 id) const;
    // Records the change; details, when given, are the case's fields as the change leaves them
    // (the agreed amount and agreement number of a settlement, say), written in the same step.
    Status changeStatus(const CaseStatusChange &change, const std::optional<MediationCase> &details = std::nullopt);
    Result<QList<CaseStatusChange>> history(qint64 caseId) const;
    Result<QList<Listed<MediationCase>>> list(const CaseQuery &query = {}) const;
    Result<int> count(const CaseQuery &query = {}) const;
    // Every case (of the chambers whose township code starts with townshipPrefix, when given).
    Result<QList<MediationCase>> all(const QString &townshipPrefix = {}) const;
    Result<QHash<qint64, QList<CaseStatusChange>>> allHistories(const QString &townshipPrefix = {}) const;
    Problems validate(const MediationCase &mediationCase) const;
    // The next free number of the form YYYY-NNN in a chamber's year.
    Result<QString> nextNumber(qint64 chamberId, int year) const;

private:
    Status writeChanges(const MediationCase &mediationCase, const QList<CaseStatusChange> &changes);
    Database &m_db;
};

} // namespace chamber
