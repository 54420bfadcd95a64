// SPDX-License-Identifier: GPL-3.0-or-later
// Demo records: a mediation committee for most chambers (962 of 1,123 in the seed article),
// cases over the last three years in every status — some reopened — with yearly tallies before
// them, as ledgers give; and member needs in every status.
#include "DemoRecords.h"
#include "MediationCaseService.h"
#include "MediationService.h"
#include "ServiceRequestService.h"

namespace chamber {

namespace {

template<typename T>
Status outcome(const Result<T> &result)
{
    return result ? success() : Status(result.problems());
}

DisputeType disputeType(DemoRandom &random)
{
    const int r = int(random.between(0, 99));
    if (r < 30)
        return DisputeType::Debt;
    if (r < 55)
        return DisputeType::Contract;
    if (r < 72)
        return DisputeType::Labour;
    if (r < 82)
        return DisputeType::ProductQuality;
    if (r < 86)
        return DisputeType::IntellectualProperty;
    if (r < 93)
        return DisputeType::Partnership;
    return DisputeType::Other;
}

CaseSource caseSource(DemoRandom &random)
{
    const int r = int(random.between(0, 99));
    if (r < 70)
        return CaseSource::Application;
    if (r < 80)
        return CaseSource::Initiative;
    if (r < 85)
        return CaseSource::PoliceReferral;
    if (r < 95)
        return CaseSource::CourtEntrustment;
    return CaseSource::GovernmentAssignment;
}

// Takes a received case on through its life as far as the last day allows.
Status advanceCase(DemoContext &context, MediationCaseService &cases, MediationCase c, const QDate &last)
{
    DemoRandom &random = context.random;
    const QDate start = c.receivedOn.addDays(random.between(0, 3));
    // Some recent cases are still waiting for their first session.
    if (start > last || (c.receivedOn.daysTo(last) < 60 && random.chance(40)))
        return success();
    if (auto s = cases.changeStatus({0, c.id, CaseStatus::Mediating, start, false, {}}); !s)
        return s;
    QDate closed = start.addDays(random.between(3, 60));
    for (int round = 0; round < 2 && closed <= last; ++round) {
        const int r = int(random.between(0, 99));
        const CaseStatus status = r < 75 ? CaseStatus::Settled : (r < 90 ? CaseStatus::Failed : CaseStatus::Referred);
        MediationCase details = cases.get(c.id).value();
        if (status == CaseStatus::Settled) {
            if (details.amountDisputedFen)
                details.agreedAmountFen = *details.amountDisputedFen * random.between(60, 100) / 100;
            details.agreementNumber = QStringLiteral("调协〔%1〕%2号").arg(closed.year()).arg(random.between(1, 99));
            details.judicialConfirmation = random.chance(20);
            const int p = int(random.between(0, 99));
            details.performance = p < 85 ? Performance::Performed : (p < 95 ? Performance::PartlyPerformed : Performance::NotPerformed);
            if (details.performance != Performance::NotPerformed)
                details.performanceProof = random.chance(60) ? QStringLiteral("银行转账回单") : QStringLiteral("收款收据");
        }
        const QDate visit = closed.addDays(random.between(7, 45));
        if (random.chance(60) && visit <= last) {
            details.followUpOn = visit;
            const int v = int(random.between(0, 99));
            details.followUpSatisfaction = v < 80 ? Satisfaction::Satisfied : (v < 95 ? Satisfaction::FairlySatisfied : Satisfaction::Dissatisfied);
        }
        if (auto s = cases.changeStatus({0, c.id, status, closed, false, {}}, details); !s)
            return s;
        // About one settlement in thirty is not kept and comes back.
        const QDate back = closed.addDays(random.between(10, 30));
        if (round > 0 || status != CaseStatus::Settled || !random.chance(3) || back > last)
            break;
        if (auto s = cases.changeStatus({0, c.id, CaseStatus::Mediating, back, true, QStringLiteral("被申请人未按协议履行")}); !s)
            return s;
        context.counts[QStringLiteral("mediation_reopened")] += 1;
        closed = back.addDays(random.between(5, 40));
    }
    return success();
}

} // namespace

Status demoMediationFor(DemoContext &context, const Chamber &chamber, const QString &townshipName)
{
    DemoRandom &random = context.random;
    const QDate last = demoLastDay(chamber, context.horizon);
    if (!random.chance(86) || chamber.founded->addMonths(3) > last)
        return success();
    MediationService mediation(context.db);
    MediationCommittee committee;
    committee.chamberId = chamber.id;
    committee.name = chamber.name + QStringLiteral("人民调解委员会");
    committee.founded = random.dateBetween(*chamber.founded, std::max(*chamber.founded, last.addYears(-3)));
    committee.mediators = int(random.between(3, 9));
    if (auto s = outcome(mediation.addCommittee(committee)); !s)
        return s;
    context.counts[QStringLiteral("mediation_committees")] += 1;

    // Years before the case list began are known only by the ledger's yearly count.
    const int listedFrom = last.year() - 2;
    if (random.chance(35))
        for (int year = std::max(committee.founded->year(), listedFrom - 3); year < listedFrom; ++year) {
            MediationTally t;
            t.chamberId = chamber.id;
            t.year = year;
            t.cases = int(random.between(0, 40));
            if (random.chance(70))
                t.settled = int(t.cases * random.between(70, 95) / 100);
            if (auto s = outcome(mediation.setTally(t)); !s)
                return s;
            context.counts[QStringLiteral("mediation_tallies")] += 1;
        }

    MediationCaseService cases(context.db);
    for (int year = std::max(committee.founded->year(), listedFrom); year <= last.year(); ++year) {
        const QDate from = std::max(QDate(year, 1, 1), *committee.founded);
        const QDate to = std::min(QDate(year, 12, 31), last);
        if (from > to)
            continue;
        for (int n = int(random.between(0, 5)); n > 0; --n) {
            MediationCase c;
            c.chamberId = chamber.id;
            c.receivedOn = random.dateBetween(from, to);
            c.source = caseSource(random);
            c.disputeType = disputeType(random);
            c.applicant = random.chance(60) ? random.companyName(townshipName) : random.personName();
            c.respondent = random.chance(50) ? random.companyName(townshipName) : random.personName();
            if (c.disputeType != DisputeType::Other || random.chance(50))
                c.amountDisputedFen = random.between(5, 500) * 1000 * 100;
            c.mediators = {random.personName(), random.personName()};
            auto added = cases.add(c);
            if (!added)
                return added.problems();
            c.id = added.value();
            context.counts[QStringLiteral("mediation_cases")] += 1;
            if (auto s = advanceCase(context, cases, c, last); !s)
                return s;
        }
    }
    return success();
}

Status demoNeedsFor(DemoContext &context, const Chamber &chamber)
{
    DemoRandom &random = context.random;
    const QDate last = demoLastDay(chamber, context.horizon);
    const QDate from = std::max(*chamber.founded, last.addYears(-2));
    if (!random.chance(60) || from > last)
        return success();
    static const NeedKind kinds[] = {NeedKind::Funding, NeedKind::Funding, NeedKind::Legal, NeedKind::Power,
                                     NeedKind::Water, NeedKind::Sewage, NeedKind::Other};
    static const QStringList descriptions = {QStringLiteral("流动资金周转困难"), QStringLiteral("申请创业担保贷款"), QStringLiteral("货款被拖欠，需法律援助"),
                                             QStringLiteral("厂区用电增容"), QStringLiteral("生产用水不足"), QStringLiteral("污水排放管网接入"),
                                             QStringLiteral("招工难")};
    ServiceRequestService needs(context.db);
    for (int n = int(random.between(1, 4)); n > 0; --n) {
        const int k = int(random.between(0, 6));
        ServiceRequest r;
        r.chamberId = chamber.id;
        r.kind = kinds[k];
        r.description = descriptions.at(k);
        r.requester = random.chance(70) ? random.companyName(QString()) : random.personName();
        r.raisedOn = random.dateBetween(from, last);
        auto added = needs.add(r);
        if (!added)
            return added.problems();
        context.counts[QStringLiteral("needs")] += 1;
        const QDate started = r.raisedOn.addDays(random.between(1, 10));
        if (!random.chance(75) || started > last)
            continue;
        const QString partner = random.pick(ServiceRequests::usualPartners());
        if (auto s = needs.changeStatus({added.value(), NeedStatus::InProgress, started, false, {}, partner, {}}); !s)
            return s;
        const QDate resolved = started.addDays(random.between(5, 90));
        if (!random.chance(70) || resolved > last)
            continue;
        if (auto s = needs.changeStatus({added.value(), NeedStatus::Resolved, resolved, false, {}, {}, QStringLiteral("已由%1协调解决").arg(partner)}); !s)
            return s;
    }
    return success();
}

} // namespace chamber
