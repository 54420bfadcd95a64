// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Mediation.h"
#include "RecordQuery.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace chamber {

// Keeps each chamber's mediation committee (at most one) and the yearly case tallies of
// ledgers that give only 年度调解案件数. The cases themselves are MediationCaseService's.
class MediationService
{
    Q_DECLARE_TR_FUNCTIONS(MediationService)
public:
    explicit MediationService(Database &db) : m_db(db) {}

    Result<qint64> addCommittee(const MediationCommittee &committee);
    Status updateCommittee(const MediationCommittee &committee, std::optional<qint64> expectedVersion = {});
    // Adds the chamber's committee or replaces the one it has (ledger import, "mediation committee set").
    Result<qint64> setCommittee(MediationCommittee committee);
    Status removeCommittee(qint64 id);
    Result<MediationCommittee> getCommittee(qint64 id) const;
    Result<std::optional<MediationCommittee>> committeeOf(qint64 chamberId) const;
    Result<QList<Listed<MediationCommittee>>> listCommittees(const RecordQuery &query = {}) const;
    Result<QList<MediationCommittee>> allCommittees() const;
    Problems validate(const MediationCommittee &committee) const;

    // A chamber's count for a year: added, or replacing the count it had for that year.
    // expectedVersion: the row_version of the year's count when the editor opened (0: it saw none);
    // a count someone saved since is refused, naming who and when, never replaced unseen.
    Result<qint64> setTally(MediationTally tally, std::optional<qint64> expectedVersion = {});
    Status removeTally(qint64 id);
    Result<MediationTally> getTally(qint64 id) const;
    Result<QList<MediationTally>> talliesOf(qint64 chamberId) const;  // by year
    Result<QList<MediationTally>> allTallies() const;
    Problems validate(const MediationTally &tally) const;

private:
    Database &m_db;
};

} // namespace chamber
