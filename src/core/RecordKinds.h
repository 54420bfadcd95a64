// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The descriptions themselves, one file per area (RecordKinds*.cpp); reach them through
// recordKinds() / recordKind(id) in RecordKind.h.
#include "RecordKind.h"

namespace chamber {

extern const RecordKind kChamberKind;
extern const RecordKind kPartyOrganizationKind;
extern const RecordKind kPartyInstructorKind;
extern const RecordKind kDisclosureKind;
extern const RecordKind kHonourKind;
extern const RecordKind kMediationCommitteeKind;
extern const RecordKind kMediationTallyKind;
extern const RecordKind kMediationCaseKind;
extern const RecordKind kServiceRequestKind;
extern const RecordKind kMemberKind;

} // namespace chamber
