// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Honour.h"
#include "Mediation.h"
#include "Member.h"
#include "Party.h"
#include "RecordBinding.h"
#include "ServiceRequest.h"

namespace chamber {

// Each kind's fields bound to its struct, by the keys of its description (RecordKind); the test
// record_kind_tests checks that every described field with a JSON key or option has its binding.
const FieldBindings<Chamber> &chamberBindings();
const FieldBindings<PartyOrganization> &partyOrganizationBindings();
const FieldBindings<PartyInstructor> &partyInstructorBindings();
const FieldBindings<Disclosure> &disclosureBindings();
const FieldBindings<Honour> &honourBindings();
const FieldBindings<MediationCommittee> &mediationCommitteeBindings();
const FieldBindings<MediationTally> &mediationTallyBindings();
const FieldBindings<MediationCase> &mediationCaseBindings();
const FieldBindings<ServiceRequest> &serviceRequestBindings();
const FieldBindings<Member> &memberBindings();

// The keys bound for a kind, for that test.
QStringList boundKeys(RecordKindId kind);

} // namespace chamber
