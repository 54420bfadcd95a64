// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordBindings.h"

namespace chamber {

const FieldBindings<Chamber> &chamberBindings()
{
    using C = Chamber;
    static const FieldBindings<C> b = {
        bind("township", &C::townshipCode),
        bind("name", &C::name),
        bind("founded", &C::founded),
        bindEnum("status", &C::status, &Chambers::statusKey, &Chambers::statusFromText),
        bind("dissolved", &C::dissolved),
        bind("president", &C::president),
        bind("president_phone", &C::presidentPhone),
        bind("secretary_general", &C::secretaryGeneral),
        bind("secretary_phone", &C::secretaryPhone),
        bind("contact_person", &C::contactPerson),
        bind("contact_phone", &C::contactPhone),
        bind("premises", &C::premises),
        bind("full_time_staff", &C::fullTimeStaff),
        bind("activity_funds", &C::activityFundsFen),
        bind("individual_members", &C::individualMembers),
        bind("unit_members", &C::unitMembers),
        bind("independent_liability", &C::independentLiability),
        bind("credit_code", &C::creditCode),
        bind("notes", &C::notes),
        bind("supervising_unit", &C::supervisingUnit),
    };
    return b;
}

const FieldBindings<PartyOrganization> &partyOrganizationBindings()
{
    using O = PartyOrganization;
    static const FieldBindings<O> b = {
        bindEnum("form", &O::form, &Party::formKey, &Party::formFromText),
        bind("name", &O::name),
        bind("joint_with", &O::jointWith),
        bind("party_members", &O::members),
        bind("secretary", &O::secretary),
        bind("secretary_phone", &O::secretaryPhone),
        bind("founded", &O::founded),
        bind("star_rating", &O::starRating),
        bind("star_rated_on", &O::starRatedOn),
        bind("notes", &O::notes),
    };
    return b;
}

const FieldBindings<PartyInstructor> &partyInstructorBindings()
{
    using I = PartyInstructor;
    static const FieldBindings<I> b = {
        bind("name", &I::name), bind("unit", &I::unit),   bind("phone", &I::phone),
        bind("from", &I::from), bind("until", &I::until), bind("notes", &I::notes),
    };
    return b;
}

const FieldBindings<Disclosure> &disclosureBindings()
{
    using D = Disclosure;
    static const FieldBindings<D> b = {
        bind("period", &D::period),     bind("party_affairs", &D::partyAffairs), bind("chamber_affairs", &D::chamberAffairs),
        bind("finances", &D::finances), bind("disclosed_on", &D::disclosedOn),   bind("notes", &D::notes),
    };
    return b;
}

const FieldBindings<Honour> &honourBindings()
{
    using H = Honour;
    static const FieldBindings<H> b = {
        bindEnum("kind", &H::kind, &Honours::kindKey, &Honours::kindFromText),
        bind("year", &H::year),
        bind("issuing_body", &H::issuingBody),
        bind("document_number", &H::documentNumber),
        bind("awarded_on", &H::awardedOn),
        bind("notes", &H::notes),
    };
    return b;
}

const FieldBindings<MediationCommittee> &mediationCommitteeBindings()
{
    using M = MediationCommittee;
    static const FieldBindings<M> b = {
        bind("name", &M::name),
        bind("founded", &M::founded),
        bind("mediators", &M::mediators),
        bind("notes", &M::notes),
    };
    return b;
}

const FieldBindings<MediationTally> &mediationTallyBindings()
{
    using T = MediationTally;
    static const FieldBindings<T> b = {
        bind("year", &T::year),
        bind("cases", &T::cases),
        bind("settled", &T::settled),
        bind("notes", &T::notes),
    };
    return b;
}

const FieldBindings<MediationCase> &mediationCaseBindings()
{
    using C = MediationCase;
    static const FieldBindings<C> b = {
        bind("case_number", &C::number),
        bind("received_on", &C::receivedOn),
        bindEnum("source", &C::source, &Mediation::sourceKey, &Mediation::sourceFromText),
        bind("applicant", &C::applicant),
        bind("respondent", &C::respondent),
        bindEnum("dispute_type", &C::disputeType, &Mediation::disputeTypeKey, &Mediation::disputeTypeFromText),
        bind("summary", &C::summary),
        bind("amount_disputed", &C::amountDisputedFen),
        bind("mediators", &C::mediators),
        bind("follow_up_on", &C::followUpOn),
        bindEnum("follow_up_satisfaction", &C::followUpSatisfaction, &Mediation::satisfactionKey, &Mediation::satisfactionFromText),
        bind("follow_up_note", &C::followUpNote),
        bind("notes", &C::notes),
        bind("agreed_amount", &C::agreedAmountFen),
        bind("agreement_number", &C::agreementNumber),
        bind("judicial_confirmation", &C::judicialConfirmation),
        bindEnum("performance", &C::performance, &Mediation::performanceKey, &Mediation::performanceFromText),
        bind("performance_proof", &C::performanceProof),
        bindEnum("status", &C::status, &Mediation::statusKey, &Mediation::statusFromText),
        bind("closed_on", &C::closedOn),
    };
    return b;
}

const FieldBindings<ServiceRequest> &serviceRequestBindings()
{
    using R = ServiceRequest;
    static const FieldBindings<R> b = {
        bind("member", &R::memberId),
        bind("requester", &R::requester),
        bindEnum("kind", &R::kind, &ServiceRequests::kindKey, &ServiceRequests::kindFromText),
        bind("description", &R::description),
        bind("raised_on", &R::raisedOn),
        bind("partner", &R::partner),
        bind("notes", &R::notes),
        bindEnum("status", &R::status, &ServiceRequests::statusKey, &ServiceRequests::statusFromText),
        bind("started_on", &R::startedOn),
        bind("resolved_on", &R::resolvedOn),
        bind("resolution", &R::resolution),
    };
    return b;
}

const FieldBindings<Member> &memberBindings()
{
    using M = Member;
    static const FieldBindings<M> b = {
        bind("name", &M::name),
        bindEnum("kind", &M::kind, &Members::kindKey, &Members::kindFromText),
        bind("credit_code", &M::creditCode),
        bind("representative", &M::representative),
        bind("phone", &M::phone),
        bind("industry", &M::industry),
        bindEnum("role", &M::role, &Members::roleKey, &Members::roleFromText),
        bind("joined_on", &M::joinedOn),
        bind("left_on", &M::leftOn),
        bind("notes", &M::notes),
    };
    return b;
}

namespace {
template<typename T>
QStringList keysOf(const FieldBindings<T> &bindings)
{
    QStringList keys;
    for (const auto &b : bindings)
        keys.append(QString::fromLatin1(b.key));
    return keys;
}
} // namespace

QStringList boundKeys(RecordKindId kind)
{
    switch (kind) {
    case RecordKindId::Chamber: return keysOf(chamberBindings());
    case RecordKindId::PartyOrganization: return keysOf(partyOrganizationBindings());
    case RecordKindId::PartyInstructor: return keysOf(partyInstructorBindings());
    case RecordKindId::Disclosure: return keysOf(disclosureBindings());
    case RecordKindId::Honour: return keysOf(honourBindings());
    case RecordKindId::MediationCommittee: return keysOf(mediationCommitteeBindings());
    case RecordKindId::MediationTally: return keysOf(mediationTallyBindings());
    case RecordKindId::MediationCase: return keysOf(mediationCaseBindings());
    case RecordKindId::ServiceRequest: return keysOf(serviceRequestBindings());
    case RecordKindId::Member: return keysOf(memberBindings());
    case RecordKindId::None: break;
    }
    return {};
}

} // namespace chamber
