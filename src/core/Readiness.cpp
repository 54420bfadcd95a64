// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include "Money.h"

namespace chamber {

QList<ConditionCheck> Readiness::check(const Chamber &c)
{
    QList<ConditionCheck> out;

    // Members: the unit rule stands alone; otherwise 50 members in all, individual or mixed.
    const bool membersMet = c.unitMembers >= kMinUnitMembers || c.totalMembers() >= kMinMixedMembers;
    out.append({RegistrationCondition::Members, membersMet ? ConditionState::Met : ConditionState::NotMet,
                tr("%1 individual and %2 unit members (needed: %3 individual, %4 unit, or %5 in all)")
                    .arg(c.individualMembers).arg(c.unitMembers)
                    .arg(kMinIndividualMembers).arg(kMinUnitMembers).arg(kMinMixedMembers)});

    const bool hasName = !c.name.trimmed().isEmpty();
    const bool hasOrgans = !c.president.trimmed().isEmpty() && !c.secretaryGeneral.trimmed().isEmpty();
    out.append({RegistrationCondition::NameAndOrgans, hasName && hasOrgans ? ConditionState::Met : ConditionState::NotMet,
                hasOrgans ? tr("president and secretary-general in post") : tr("president or secretary-general missing")});

    out.append({RegistrationCondition::Premises, c.premises.trimmed().isEmpty() ? ConditionState::NotMet : ConditionState::Met,
                c.premises.trimmed().isEmpty() ? tr("no premises recorded") : c.premises.trimmed()});

    if (!c.fullTimeStaff)
        out.append({RegistrationCondition::Staff, ConditionState::Unknown, tr("number of full-time staff not recorded")});
    else
        out.append({RegistrationCondition::Staff, *c.fullTimeStaff > 0 ? ConditionState::Met : ConditionState::NotMet,
                    tr("%n full-time staff", nullptr, *c.fullTimeStaff)});

    if (!c.activityFundsFen)
        out.append({RegistrationCondition::Funds, ConditionState::Unknown, tr("activity funds not recorded")});
    else
        out.append({RegistrationCondition::Funds,
                    *c.activityFundsFen >= kMinActivityFundsFen ? ConditionState::Met : ConditionState::NotMet,
                    tr("%1 yuan of activity funds (needed: %2)")
                        .arg(money::formatYuan(*c.activityFundsFen), money::formatYuan(kMinActivityFundsFen))});

    if (!c.independentLiability)
        out.append({RegistrationCondition::Liability, ConditionState::Unknown, tr("not assessed")});
    else
        out.append({RegistrationCondition::Liability, *c.independentLiability ? ConditionState::Met : ConditionState::NotMet,
                    *c.independentLiability ? tr("assessed as able") : tr("assessed as not able")});
    return out;
}

bool Readiness::ready(const Chamber &chamber)
{
    for (const auto &check : check(chamber))
        if (check.state != ConditionState::Met)
            return false;
    return true;
}

QString Readiness::conditionKey(RegistrationCondition condition)
{
    switch (condition) {
    case RegistrationCondition::Members: return QStringLiteral("members");
    case RegistrationCondition::NameAndOrgans: return QStringLiteral("name_and_organs");
    case RegistrationCondition::Premises: return QStringLiteral("premises");
    case RegistrationCondition::Staff: return QStringLiteral("staff");
    case RegistrationCondition::Funds: return QStringLiteral("funds");
    case RegistrationCondition::Liability: return QStringLiteral("liability");
    }
    return {};
}

QString Readiness::conditionName(RegistrationCondition condition)
{
    switch (condition) {
    case RegistrationCondition::Members: return tr("members");
    case RegistrationCondition::NameAndOrgans: return tr("name and organs");
    case RegistrationCondition::Premises: return tr("fixed premises");
    case RegistrationCondition::Staff: return tr("full-time staff");
    case RegistrationCondition::Funds: return tr("activity funds of 30,000 yuan");
    case RegistrationCondition::Liability: return tr("independent civil liability");
    }
    return {};
}

QString Readiness::stateName(ConditionState state)
{
    switch (state) {
    case ConditionState::Met: return tr("met");
    case ConditionState::NotMet: return tr("not met");
    case ConditionState::Unknown: return tr("unknown");
    }
    return {};
}

QString Readiness::stateKey(ConditionState state)
{
    switch (state) {
    case ConditionState::Met: return QStringLiteral("met");
    case ConditionState::NotMet: return QStringLiteral("not_met");
    case ConditionState::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

} // namespace chamber
