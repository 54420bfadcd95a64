// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsJson.h"

#include "Dates.h"
#include "RecordBindings.h"
#include "RecordFieldsJson.h"

namespace chamber {

namespace {
// A record's described fields (RecordKind) with its number and its chamber's.
template<typename T>
nlohmann::json recordJson(RecordKindId kind, const FieldBindings<T> &bindings, const T &record)
{
    nlohmann::json j = fieldsToJson(kind, bindings, record);
    j["id"] = record.id;
    j["chamber_id"] = record.chamberId;
    return j;
}
} // namespace

nlohmann::json partyOrganizationToJson(const PartyOrganization &o)
{
    return recordJson(RecordKindId::PartyOrganization, partyOrganizationBindings(), o);
}

nlohmann::json partyInstructorToJson(const PartyInstructor &i)
{
    return recordJson(RecordKindId::PartyInstructor, partyInstructorBindings(), i);
}

nlohmann::json disclosureToJson(const Disclosure &d)
{
    return recordJson(RecordKindId::Disclosure, disclosureBindings(), d);
}

nlohmann::json honourToJson(const Honour &h)
{
    return recordJson(RecordKindId::Honour, honourBindings(), h);
}

nlohmann::json mediationCommitteeToJson(const MediationCommittee &m)
{
    return recordJson(RecordKindId::MediationCommittee, mediationCommitteeBindings(), m);
}

nlohmann::json mediationTallyToJson(const MediationTally &t)
{
    return recordJson(RecordKindId::MediationTally, mediationTallyBindings(), t);
}

nlohmann::json mediationCaseToJson(const MediationCase &c)
{
    return recordJson(RecordKindId::MediationCase, mediationCaseBindings(), c);
}

nlohmann::json caseStatusChangeToJson(const CaseStatusChange &c)
{
    return {{"id", c.id},
            {"status", Mediation::statusKey(c.status).toStdString()},
            {"date", c.date.isValid() ? nlohmann::json(dates::toIso(c.date).toStdString()) : nlohmann::json(nullptr)},
            {"reopen", c.reopen},
            {"reason", c.reason.toStdString()}};
}

nlohmann::json serviceRequestToJson(const ServiceRequest &r)
{
    return recordJson(RecordKindId::ServiceRequest, serviceRequestBindings(), r);
}

nlohmann::json memberToJson(const Member &m)
{
    return recordJson(RecordKindId::Member, memberBindings(), m);
}

} // namespace chamber
