// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseLifecycle.h"
#include "Database.h"
#include "Registration.h"

#include <QCoreApplication>

#include <optional>

namespace chamber {

// Corrects or deletes one entry of a dated history — a chamber's registration changes, a
// mediation case's status changes — when it was entered wrongly. The history as it would be
// afterwards is checked whole by the core rules (Registrations::validateHistory,
// CaseLifecycle::validateHistory); an impossible result is refused and nothing is written. A
// correction needs its reason and is one transaction with its change_log line, whose detail is
// JSON: {"entry", "reason", "before", "after"} (after is null for a deletion), plus for a case
// the case's status before and after. Figures as of any date follow, as they are computed from
// the histories.
class HistoryCorrections
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCorrections)
public:
    explicit HistoryCorrections(Database &db) : m_db(db) {}

    Result<RegistrationEvent> registrationEntry(qint64 id) const;
    // Checks, without writing, the registration history with the entry replaced (corrected.id
    // names it) or, with nullopt, removed.
    Problems checkRegistration(qint64 entryId, const std::optional<RegistrationEvent> &corrected, const QString &reason) const;
    Status correctRegistration(const RegistrationEvent &corrected, const QString &reason);
    Status deleteRegistration(qint64 entryId, const QString &reason);

    Result<CaseStatusChange> caseChange(qint64 id) const;
    Problems checkCaseChange(qint64 changeId, const std::optional<CaseStatusChange> &corrected, const QString &reason) const;
    Status correctCaseChange(const CaseStatusChange &corrected, const QString &reason);
    Status deleteCaseChange(qint64 changeId, const QString &reason);

private:
    struct RegistrationPlan;
    struct CasePlan;
    Result<RegistrationPlan> planRegistration(qint64 entryId, const std::optional<RegistrationEvent> &corrected, const QString &reason) const;
    Result<CasePlan> planCase(qint64 changeId, const std::optional<CaseStatusChange> &corrected, const QString &reason) const;
    Status applyRegistration(const RegistrationPlan &plan);
    Status applyCase(const CasePlan &plan);

    Database &m_db;
};

} // namespace chamber
