// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mediation.h"

#include "EnumText.h"
#include "RecordKind.h"
#include "RecordRules.h"

namespace chamber {

namespace {
const EnumText<DisputeType> kDisputeTypes[] = {
    {DisputeType::Contract, "contract", QT_TRANSLATE_NOOP("Mediation", "contract"), "合同纠纷|合同"},
    {DisputeType::Debt, "debt", QT_TRANSLATE_NOOP("Mediation", "debt"), "债务纠纷|债务|欠款|借贷"},
    {DisputeType::Labour, "labour", QT_TRANSLATE_NOOP("Mediation", "labour"), "劳动争议|劳资纠纷|劳动|劳资|labor"},
    {DisputeType::ProductQuality, "product_quality", QT_TRANSLATE_NOOP("Mediation", "product quality"), "产品质量纠纷|产品质量|质量"},
    {DisputeType::IntellectualProperty, "intellectual_property", QT_TRANSLATE_NOOP("Mediation", "intellectual property"),
     "知识产权纠纷|知识产权|ip"},
    {DisputeType::Partnership, "partnership", QT_TRANSLATE_NOOP("Mediation", "partnership or equity"), "合伙股权纠纷|合伙|股权|合伙/股权"},
    {DisputeType::Other, "other", QT_TRANSLATE_NOOP("Mediation", "other"), "其他纠纷|其他"},
};
const EnumText<CaseSource> kSources[] = {
    {CaseSource::Application, "application", QT_TRANSLATE_NOOP("Mediation", "a party's application"), "当事人申请|申请"},
    {CaseSource::Initiative, "initiative", QT_TRANSLATE_NOOP("Mediation", "the committee's own initiative"), "主动调解|主动"},
    {CaseSource::PoliceReferral, "police_referral", QT_TRANSLATE_NOOP("Mediation", "police referral"), "公安移送|派出所移送|公安"},
    {CaseSource::CourtEntrustment, "court_entrustment", QT_TRANSLATE_NOOP("Mediation", "court entrustment"), "法院委托|委托调解|法院"},
    {CaseSource::GovernmentAssignment, "government_assignment", QT_TRANSLATE_NOOP("Mediation", "government assignment"),
     "政府交办|部门交办|交办"},
};
const EnumText<CaseStatus> kStatuses[] = {
    {CaseStatus::Received, "received", QT_TRANSLATE_NOOP("Mediation", "received"), "受理|已受理"},
    {CaseStatus::Mediating, "mediating", QT_TRANSLATE_NOOP("Mediation", "mediating"), "调解中"},
    {CaseStatus::Settled, "settled", QT_TRANSLATE_NOOP("Mediation", "settled"), "调解成功|成功"},
    {CaseStatus::Failed, "failed", QT_TRANSLATE_NOOP("Mediation", "failed"), "调解不成|调解不成功|调解失败|失败"},
    {CaseStatus::Referred, "referred", QT_TRANSLATE_NOOP("Mediation", "referred to court or arbitration"),
     "转诉讼/仲裁|转诉讼|转仲裁|诉讼|仲裁"},
};
const EnumText<Performance> kPerformances[] = {
    {Performance::Performed, "performed", QT_TRANSLATE_NOOP("Mediation", "performed"), "已履行|履行完毕|已履行完毕"},
    {Performance::PartlyPerformed, "partly_performed", QT_TRANSLATE_NOOP("Mediation", "partly performed"), "部分履行"},
    {Performance::NotPerformed, "not_performed", QT_TRANSLATE_NOOP("Mediation", "not performed"), "未履行"},
};
const EnumText<Satisfaction> kSatisfactions[] = {
    {Satisfaction::Satisfied, "satisfied", QT_TRANSLATE_NOOP("Mediation", "satisfied"), "满意"},
    {Satisfaction::FairlySatisfied, "fairly_satisfied", QT_TRANSLATE_NOOP("Mediation", "fairly satisfied"), "基本满意|较满意"},
    {Satisfaction::Dissatisfied, "dissatisfied", QT_TRANSLATE_NOOP("Mediation", "dissatisfied"), "不满意"},
};
const EnumTexts<DisputeType> kDisputeTypeTexts("Mediation", kDisputeTypes);
const EnumTexts<CaseSource> kSourceTexts("Mediation", kSources);
const EnumTexts<CaseStatus> kStatusTexts("Mediation", kStatuses);
const EnumTexts<Performance> kPerformanceTexts("Mediation", kPerformances);
const EnumTexts<Satisfaction> kSatisfactionTexts("Mediation", kSatisfactions);
} // namespace

QString Mediation::disputeTypeKey(DisputeType type) { return kDisputeTypeTexts.key(type); }
QString Mediation::disputeTypeName(DisputeType type) { return kDisputeTypeTexts.name(type); }
std::optional<DisputeType> Mediation::disputeTypeFromText(const QString &text) { return kDisputeTypeTexts.fromText(text); }
QList<DisputeType> Mediation::allDisputeTypes() { return kDisputeTypeTexts.values(); }
QString Mediation::sourceKey(CaseSource source) { return kSourceTexts.key(source); }
QString Mediation::sourceName(CaseSource source) { return kSourceTexts.name(source); }
std::optional<CaseSource> Mediation::sourceFromText(const QString &text) { return kSourceTexts.fromText(text); }
QList<CaseSource> Mediation::allSources() { return kSourceTexts.values(); }
QString Mediation::statusKey(CaseStatus status) { return kStatusTexts.key(status); }
QString Mediation::statusName(CaseStatus status) { return kStatusTexts.name(status); }
std::optional<CaseStatus> Mediation::statusFromText(const QString &text) { return kStatusTexts.fromText(text); }
QList<CaseStatus> Mediation::allStatuses() { return kStatusTexts.values(); }
QString Mediation::performanceKey(Performance performance) { return kPerformanceTexts.key(performance); }
QString Mediation::performanceName(Performance performance) { return kPerformanceTexts.name(performance); }
std::optional<Performance> Mediation::performanceFromText(const QString &text) { return kPerformanceTexts.fromText(text); }
QString Mediation::satisfactionKey(Satisfaction satisfaction) { return kSatisfactionTexts.key(satisfaction); }
QString Mediation::satisfactionName(Satisfaction satisfaction) { return kSatisfactionTexts.name(satisfaction); }
std::optional<Satisfaction> Mediation::satisfactionFromText(const QString &text) { return kSatisfactionTexts.fromText(text); }

bool Mediation::isClosed(CaseStatus status)
{
    return status == CaseStatus::Settled || status == CaseStatus::Failed || status == CaseStatus::Referred;
}

Problems Mediation::validate(const MediationCommittee &m, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::MediationCommittee, problems);
    if (m.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The mediation committee's chamber is missing.")));
    rules.maxLength(QStringLiteral("name"), m.name, 100);
    rules.notInFuture(QStringLiteral("founded"), m.founded, today);
    if (m.mediators < 0)
        problems.append(Problem::error(QStringLiteral("mediators"), tr("The number of mediators cannot be negative (%1).").arg(m.mediators)));
    else if (m.mediators > 0 && (m.mediators < 3 || m.mediators > 9))
        // 人民调解法 art. 8: a people's mediation committee has three to nine members. A warning,
        // not an error: a ledger may count mediators the committee engaged (art. 13) as well.
        problems.append(Problem::warning(QStringLiteral("mediators"),
                                         tr("A people's mediation committee has 3 to 9 members; %1 recorded.").arg(m.mediators)));
    return withKind(RecordKindId::MediationCommittee, problems);
}

Problems Mediation::validate(const MediationTally &t, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::MediationTally, problems);
    if (t.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The tally's chamber is missing.")));
    if (t.year <= 0)
        problems.append(Problem::error(QStringLiteral("year"), tr("The year of the tally is missing.")));
    else if (t.year > today.year())
        problems.append(Problem::error(QStringLiteral("year"), tr("The tally year %1 is in the future.").arg(t.year)));
    if (t.cases < 0)
        problems.append(Problem::error(QStringLiteral("cases"), tr("The number of cases cannot be negative (%1).").arg(t.cases)));
    if (t.settled && *t.settled < 0)
        problems.append(Problem::error(QStringLiteral("settled"), tr("The number of settled cases cannot be negative (%1).").arg(*t.settled)));
    else if (t.settled && *t.settled > t.cases)
        problems.append(Problem::error(QStringLiteral("settled"), tr("%1 cases settled is more than the %2 cases of the year.")
                                                                      .arg(*t.settled)
                                                                      .arg(t.cases)));
    return withKind(RecordKindId::MediationTally, problems);
}

Problems Mediation::validate(const MediationCase &c, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::MediationCase, problems);
    if (c.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The case's chamber is missing.")));
    rules.maxLength(QStringLiteral("case_number"), c.number, 50);
    if (!c.receivedOn.isValid())
        problems.append(Problem::error(QStringLiteral("received_on"), tr("The date the case was received is missing.")));
    rules.notInFuture(QStringLiteral("received_on"), c.receivedOn.isValid() ? std::optional(c.receivedOn) : std::nullopt, today);
    rules.required(QStringLiteral("applicant"), c.applicant);
    rules.required(QStringLiteral("respondent"), c.respondent);
    rules.notNegative(QStringLiteral("amount_disputed"), c.amountDisputedFen);
    rules.notNegative(QStringLiteral("agreed_amount"), c.agreedAmountFen);

    const bool closed = isClosed(c.status);
    if (closed && !c.closedOn)
        problems.append(Problem::error(QStringLiteral("closed_on"), tr("A case that is %1 needs its closed date.").arg(statusName(c.status))));
    if (!closed && c.closedOn)
        problems.append(Problem::error(QStringLiteral("closed_on"), tr("Only a closed case has a closed date; this one is %1.").arg(statusName(c.status))));
    rules.notBefore(QStringLiteral("closed_on"), c.closedOn, QStringLiteral("received_on"),
                           c.receivedOn.isValid() ? std::optional(c.receivedOn) : std::nullopt);
    rules.notInFuture(QStringLiteral("closed_on"), c.closedOn, today);

    // What only a settlement has.
    if (c.status != CaseStatus::Settled) {
        const QString notSettled = statusName(c.status);
        if (c.agreedAmountFen)
            problems.append(Problem::error(QStringLiteral("agreed_amount"), tr("Only a settled case has an agreed amount; this one is %1.").arg(notSettled)));
        if (!c.agreementNumber.trimmed().isEmpty())
            problems.append(Problem::error(QStringLiteral("agreement_number"),
                                           tr("Only a settled case has a mediation agreement; this one is %1.").arg(notSettled)));
        if (c.judicialConfirmation.value_or(false))
            problems.append(Problem::error(QStringLiteral("judicial_confirmation"),
                                           tr("Only a settled case's agreement can be judicially confirmed; this one is %1.").arg(notSettled)));
        if (c.performance || !c.performanceProof.trimmed().isEmpty())
            problems.append(Problem::error(QStringLiteral("performance"),
                                           tr("Only a settled case's agreement is performed; this one is %1.").arg(notSettled)));
    } else if (c.agreedAmountFen && c.amountDisputedFen && *c.agreedAmountFen > *c.amountDisputedFen) {
        problems.append(Problem::warning(QStringLiteral("agreed_amount"), tr("The agreed amount is more than the amount in dispute.")));
    }
    if (c.performance == Performance::Performed && c.performanceProof.trimmed().isEmpty())
        problems.append(Problem::warning(QStringLiteral("performance_proof"),
                                         tr("The agreement is marked performed; the case file should say what proves it.")));

    // The follow-up visit comes after the case is closed.
    const bool followedUp = c.followUpOn || c.followUpSatisfaction || !c.followUpNote.trimmed().isEmpty();
    if (followedUp && !closed)
        problems.append(Problem::error(QStringLiteral("follow_up_on"), tr("A follow-up visit comes after the case is closed; this one is %1.")
                                                                           .arg(statusName(c.status))));
    if ((c.followUpSatisfaction || !c.followUpNote.trimmed().isEmpty()) && !c.followUpOn)
        problems.append(Problem::error(QStringLiteral("follow_up_on"), tr("A follow-up visit needs its date.")));
    rules.notBefore(QStringLiteral("follow_up_on"), c.followUpOn, QStringLiteral("closed_on"), c.closedOn);
    rules.notInFuture(QStringLiteral("follow_up_on"), c.followUpOn, today);
    return withKind(RecordKindId::MediationCase, problems);
}

const EnumTextSet &Mediation::disputeTypeTexts()
{
    return kDisputeTypeTexts;
}

const EnumTextSet &Mediation::sourceTexts()
{
    return kSourceTexts;
}

const EnumTextSet &Mediation::statusTexts()
{
    return kStatusTexts;
}

const EnumTextSet &Mediation::performanceTexts()
{
    return kPerformanceTexts;
}

const EnumTextSet &Mediation::satisfactionTexts()
{
    return kSatisfactionTexts;
}

} // namespace chamber
