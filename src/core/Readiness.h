// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"

#include <QCoreApplication>
#include <QList>

namespace chamber {

// The conditions for registering a local 社会团体 (社会团体登记管理条例, art. 10).
enum class RegistrationCondition {
    Members,        // 50+ individual members, or 30+ unit members; mixed: 50+ in all
    NameAndOrgans,  // a proper name and organs (president and secretary-general in post)
    Premises,       // fixed premises
    Staff,          // full-time staff fit for its work
    Funds,          // lawful assets and at least 30,000 yuan of activity funds
    Liability,      // able to bear civil liability on its own
};

enum class ConditionState { Met, NotMet, Unknown };

struct ConditionCheck
{
    RegistrationCondition condition;
    ConditionState state = ConditionState::Unknown;
    QString detail;  // translated: what the record shows, e.g. "43 individual + 16 unit members"
};

class Readiness
{
    Q_DECLARE_TR_FUNCTIONS(Readiness)
public:
    static constexpr int kMinIndividualMembers = 50;
    static constexpr int kMinUnitMembers = 30;
    static constexpr int kMinMixedMembers = 50;
    static constexpr qint64 kMinActivityFundsFen = 30000 * 100;

    static QList<ConditionCheck> check(const Chamber &chamber);
    // All conditions met.
    static bool ready(const Chamber &chamber);
    static QString conditionKey(RegistrationCondition condition);
    static QString conditionName(RegistrationCondition condition);  // translated
    static QString stateName(ConditionState state);                 // translated
    static QString stateKey(ConditionState state);                  // met, not_met, unknown
};

} // namespace chamber
