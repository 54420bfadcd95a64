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

// A kind found by its struct: its description's id and its bindings, so that one writer serves
// every kind (recordJson<T>, listedJson<T>).
template<typename T>
struct KindOf;

template<typename T, RecordKindId Id, const FieldBindings<T> &(*Bindings)()>
struct KindOfBase
{
    static constexpr RecordKindId id = Id;
    static const FieldBindings<T> &bindings() { return Bindings(); }
};

// clang-format off
template<> struct KindOf<Chamber> : KindOfBase<Chamber, RecordKindId::Chamber, &chamberBindings> {};
template<> struct KindOf<PartyOrganization> : KindOfBase<PartyOrganization, RecordKindId::PartyOrganization, &partyOrganizationBindings> {};
template<> struct KindOf<PartyInstructor> : KindOfBase<PartyInstructor, RecordKindId::PartyInstructor, &partyInstructorBindings> {};
template<> struct KindOf<Disclosure> : KindOfBase<Disclosure, RecordKindId::Disclosure, &disclosureBindings> {};
template<> struct KindOf<Honour> : KindOfBase<Honour, RecordKindId::Honour, &honourBindings> {};
template<> struct KindOf<MediationCommittee> : KindOfBase<MediationCommittee, RecordKindId::MediationCommittee, &mediationCommitteeBindings> {};
template<> struct KindOf<MediationTally> : KindOfBase<MediationTally, RecordKindId::MediationTally, &mediationTallyBindings> {};
template<> struct KindOf<MediationCase> : KindOfBase<MediationCase, RecordKindId::MediationCase, &mediationCaseBindings> {};
template<> struct KindOf<ServiceRequest> : KindOfBase<ServiceRequest, RecordKindId::ServiceRequest, &serviceRequestBindings> {};
template<> struct KindOf<Member> : KindOfBase<Member, RecordKindId::Member, &memberBindings> {};
// clang-format on

} // namespace chamber
