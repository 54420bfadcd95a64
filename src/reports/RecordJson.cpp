// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordJson.h"

#include "Dates.h"
#include "Mediation.h"

namespace chamber {

namespace {
std::string s(const QString &text)
{
    return text.toStdString();
}
} // namespace

nlohmann::json registrationEventToJson(const RegistrationEvent &e)
{
    return {{"id", e.id},
            {"chamber_id", e.chamberId},
            {"status", s(Registrations::statusKey(e.status))},
            {"date", s(dates::toIso(e.date))},
            {"credit_code", s(e.creditCode)},
            {"note", s(e.note)}};
}

nlohmann::json readinessToJson(const QList<ConditionCheck> &checks)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto &c : checks)
        out.push_back({{"condition", s(Readiness::conditionKey(c.condition))},
                       {"state", s(Readiness::stateKey(c.state))},
                       {"detail", s(c.detail)}});
    return out;
}

nlohmann::json caseStatusChangeToJson(const CaseStatusChange &c)
{
    return {{"id", c.id},
            {"status", s(Mediation::statusKey(c.status))},
            {"date", c.date.isValid() ? nlohmann::json(s(dates::toIso(c.date))) : nlohmann::json(nullptr)},
            {"reopen", c.reopen},
            {"reason", s(c.reason)}};
}

} // namespace chamber
