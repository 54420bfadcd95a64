// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Party.h"
#include "RecordQuery.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace chamber {

// Keeps each chamber's Party organisation (at most one) and the instructors assigned to it:
// validation (core rules and the database's), then one transaction per write, logged.
class PartyService
{
    Q_DECLARE_TR_FUNCTIONS(PartyService)
public:
    explicit PartyService(Database &db) : m_db(db) {}

    Result<qint64> addOrganization(const PartyOrganization &organization);
    Status updateOrganization(const PartyOrganization &organization, std::optional<qint64> expectedVersion = {});
    // Adds the chamber's organisation, or replaces the one it has (ledger import, "party set").
    Result<qint64> setOrganization(PartyOrganization organization);
    Status removeOrganization(qint64 id);
    Result<PartyOrganization> getOrganization(qint64 id) const;
    Result<std::optional<PartyOrganization>> organizationOf(qint64 chamberId) const;
    Result<QList<Listed<PartyOrganization>>> listOrganizations(const RecordQuery &query = {}) const;
    Result<int> countOrganizations(const RecordQuery &query = {}) const;
    Result<QList<PartyOrganization>> allOrganizations() const;
    Problems validate(const PartyOrganization &organization) const;

    Result<qint64> addInstructor(const PartyInstructor &instructor);
    Status updateInstructor(const PartyInstructor &instructor, std::optional<qint64> expectedVersion = {});
    Status removeInstructor(qint64 id);
    Result<PartyInstructor> getInstructor(qint64 id) const;
    Result<QList<PartyInstructor>> instructorsOf(qint64 chamberId) const;  // by from date
    Result<QList<Listed<PartyInstructor>>> listInstructors(const RecordQuery &query = {}) const;
    Result<QList<PartyInstructor>> allInstructors() const;
    Problems validate(const PartyInstructor &instructor) const;

private:
    Database &m_db;
};

} // namespace chamber
