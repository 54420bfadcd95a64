// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsJson.h"

#include "Dates.h"

namespace chamber {

namespace {
std::string s(const QString &text)
{
    return text.toStdString();
}
nlohmann::json date(const std::optional<QDate> &d)
{
    return d ? nlohmann::json(s(dates::toIso(*d))) : nlohmann::json(nullptr);
}
nlohmann::json date(const QDate &d)
{
    return d.isValid() ? nlohmann::json(s(dates::toIso(d))) : nlohmann::json(nullptr);
}
template<typename T>
nlohmann::json optional(const std::optional<T> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}
template<typename E, typename KeyOf>
nlohmann::json key(const std::optional<E> &value, KeyOf keyOf)
{
    return value ? nlohmann::json(s(keyOf(*value))) : nlohmann::json(nullptr);
}
} // namespace

nlohmann::json partyOrganizationToJson(const PartyOrganization &o)
{
    return {{"id", o.id},
            {"chamber_id", o.chamberId},
            {"name", s(o.name)},
            {"form", s(Party::formKey(o.form))},
            {"joint_with", s(o.jointWith)},
            {"members", o.members},
            {"secretary", s(o.secretary)},
            {"secretary_phone", s(o.secretaryPhone)},
            {"founded", date(o.founded)},
            {"star_rating", optional(o.starRating)},
            {"star_rated_on", date(o.starRatedOn)},
            {"notes", s(o.notes)}};
}

nlohmann::json partyInstructorToJson(const PartyInstructor &i)
{
    return {{"id", i.id},   {"chamber_id", i.chamberId}, {"name", s(i.name)},   {"unit", s(i.unit)},
            {"phone", s(i.phone)}, {"from", date(i.from)},     {"until", date(i.until)}, {"notes", s(i.notes)}};
}

nlohmann::json disclosureToJson(const Disclosure &d)
{
    return {{"id", d.id},
            {"chamber_id", d.chamberId},
            {"period", s(d.period)},
            {"party_affairs", d.partyAffairs},
            {"chamber_affairs", d.chamberAffairs},
            {"finances", d.finances},
            {"disclosed_on", date(d.disclosedOn)},
            {"notes", s(d.notes)}};
}

nlohmann::json honourToJson(const Honour &h)
{
    return {{"id", h.id},
            {"chamber_id", h.chamberId},
            {"kind", s(Honours::kindKey(h.kind))},
            {"year", h.year},
            {"issuing_body", s(h.issuingBody)},
            {"document_number", s(h.documentNumber)},
            {"awarded_on", date(h.awardedOn)},
            {"notes", s(h.notes)}};
}

nlohmann::json mediationCommitteeToJson(const MediationCommittee &m)
{
    return {{"id", m.id}, {"chamber_id", m.chamberId}, {"name", s(m.name)}, {"founded", date(m.founded)},
            {"mediators", m.mediators}, {"notes", s(m.notes)}};
}

nlohmann::json mediationTallyToJson(const MediationTally &t)
{
    return {{"id", t.id}, {"chamber_id", t.chamberId}, {"year", t.year}, {"cases", t.cases}, {"settled", optional(t.settled)},
            {"notes", s(t.notes)}};
}

nlohmann::json mediationCaseToJson(const MediationCase &c)
{
    nlohmann::json mediators = nlohmann::json::array();
    for (const auto &m : c.mediators)
        mediators.push_back(s(m));
    return {{"id", c.id},
            {"chamber_id", c.chamberId},
            {"number", s(c.number)},
            {"received_on", date(c.receivedOn)},
            {"source", s(Mediation::sourceKey(c.source))},
            {"applicant", s(c.applicant)},
            {"respondent", s(c.respondent)},
            {"dispute_type", s(Mediation::disputeTypeKey(c.disputeType))},
            {"summary", s(c.summary)},
            {"amount_disputed_fen", optional(c.amountDisputedFen)},
            {"mediators", mediators},
            {"status", s(Mediation::statusKey(c.status))},
            {"closed_on", date(c.closedOn)},
            {"agreed_amount_fen", optional(c.agreedAmountFen)},
            {"agreement_number", s(c.agreementNumber)},
            {"judicial_confirmation", optional(c.judicialConfirmation)},
            {"performance", key(c.performance, &Mediation::performanceKey)},
            {"performance_proof", s(c.performanceProof)},
            {"follow_up_on", date(c.followUpOn)},
            {"follow_up_satisfaction", key(c.followUpSatisfaction, &Mediation::satisfactionKey)},
            {"follow_up_note", s(c.followUpNote)},
            {"notes", s(c.notes)}};
}

nlohmann::json caseStatusChangeToJson(const CaseStatusChange &c)
{
    return {{"id", c.id}, {"status", s(Mediation::statusKey(c.status))}, {"date", date(c.date)}, {"reopen", c.reopen}, {"reason", s(c.reason)}};
}

nlohmann::json serviceRequestToJson(const ServiceRequest &r)
{
    return {{"id", r.id},
            {"chamber_id", r.chamberId},
            {"member_id", optional(r.memberId)},
            {"requester", s(r.requester)},
            {"kind", s(ServiceRequests::kindKey(r.kind))},
            {"description", s(r.description)},
            {"partner", s(r.partner)},
            {"raised_on", date(r.raisedOn)},
            {"status", s(ServiceRequests::statusKey(r.status))},
            {"started_on", date(r.startedOn)},
            {"resolved_on", date(r.resolvedOn)},
            {"resolution", s(r.resolution)},
            {"notes", s(r.notes)}};
}

nlohmann::json memberToJson(const Member &m)
{
    return {{"id", m.id},
            {"chamber_id", m.chamberId},
            {"name", s(m.name)},
            {"kind", s(Members::kindKey(m.kind))},
            {"credit_code", s(m.creditCode)},
            {"representative", s(m.representative)},
            {"phone", s(m.phone)},
            {"industry", s(m.industry)},
            {"role", s(Members::roleKey(m.role))},
            {"joined_on", date(m.joinedOn)},
            {"left_on", date(m.leftOn)},
            {"notes", s(m.notes)}};
}

} // namespace chamber
