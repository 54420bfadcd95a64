// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseLifecycle.h"
#include "Honour.h"
#include "Mediation.h"
#include "Member.h"
#include "Party.h"
#include "ServiceRequest.h"

#include <nlohmann/json.hpp>

namespace chamber {

// JSON forms of a chamber's wider record, as chamberctl prints them (docs/cli-records.md) and
// exports may reuse: stable English keys, stored values (dates ISO, money in fen, enumerations
// by key), null for what is not known.
nlohmann::json partyOrganizationToJson(const PartyOrganization &organization);
nlohmann::json partyInstructorToJson(const PartyInstructor &instructor);
nlohmann::json disclosureToJson(const Disclosure &disclosure);
nlohmann::json honourToJson(const Honour &honour);
nlohmann::json mediationCommitteeToJson(const MediationCommittee &committee);
nlohmann::json mediationTallyToJson(const MediationTally &tally);
nlohmann::json mediationCaseToJson(const MediationCase &mediationCase);
nlohmann::json caseStatusChangeToJson(const CaseStatusChange &change);
nlohmann::json serviceRequestToJson(const ServiceRequest &request);
nlohmann::json memberToJson(const Member &member);

} // namespace chamber
