// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Honour.h"
#include "Mediation.h"
#include "Party.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace chamber {

struct PlannedRow;
enum class UpdatePolicy;

// Plans what a ledger row's record columns ask for — 是否建立党组织/党组织形式/党员数, 党建指导员,
// 是否设立调解组织, 年度调解案件数 and 获得荣誉 — against the chamber's records on file. Imports
// add and update, never remove: a ledger's 否 beside an organisation on record is a warning.
// A ledger's 年度调解案件数 is a count, not cases: it is kept as the year's MediationTally. Honours
// written without a year take the ledger's year only when the chamber holds none of that kind.
class RecordsPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RecordsPlanner)
public:
    // year: the ledger's year (for counts and honours given without one), if known.
    RecordsPlanner(Database &db, UpdatePolicy policy, std::optional<int> year, const QDate &today);
    // The errors of the reads it was made from (empty when all read): then it plans nothing.
    const Problems &readProblems() const { return m_readProblems; }
    // Sets the row's records to write and their changes; returns the problems found (by field).
    Problems plan(PlannedRow &row, bool exists) const;

    // The Chinese words of a ledger, whatever the interface language.
    static QString ledgerWord(PartyForm form);
    static QString ledgerWord(HonourKind kind);

private:
    Problems m_readProblems;
    void planParty(PlannedRow &row, bool exists, Problems &problems) const;
    void planInstructor(PlannedRow &row, bool exists, Problems &problems) const;
    void planMediation(PlannedRow &row, bool exists, Problems &problems) const;
    void planHonours(PlannedRow &row, bool exists, Problems &problems) const;

    UpdatePolicy m_policy;
    std::optional<int> m_year;
    QDate m_today;
    QHash<qint64, PartyOrganization> m_organizations;
    QHash<qint64, QList<PartyInstructor>> m_instructors;
    QHash<qint64, MediationCommittee> m_committees;
    QHash<qint64, QList<MediationTally>> m_tallies;
    QHash<qint64, QList<Honour>> m_honours;
};

} // namespace chamber
