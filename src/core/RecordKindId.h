// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chamber {

// The kinds of record a chamber's file holds; each is described once in RecordKind (its fields,
// labels, columns, options and JSON keys). None: a problem or key not tied to one kind.
enum class RecordKindId {
    None,
    Chamber,
    PartyOrganization,
    PartyInstructor,
    Disclosure,
    Honour,
    MediationCommittee,
    MediationTally,
    MediationCase,
    ServiceRequest,
    Member,
};

} // namespace chamber
