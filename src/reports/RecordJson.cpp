// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordJson.h"

#include "Dates.h"
#include "Money.h"

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
} // namespace

nlohmann::json chamberToJson(const Chamber &c)
{
    nlohmann::json j;
    j["id"] = c.id;
    j["township_code"] = s(c.townshipCode);
    j["name"] = s(c.name);
    j["founded"] = date(c.founded);
    j["status"] = s(Chambers::statusKey(c.status));
    j["dissolved"] = date(c.dissolved);
    j["president"] = s(c.president);
    j["president_phone"] = s(c.presidentPhone);
    j["secretary_general"] = s(c.secretaryGeneral);
    j["secretary_phone"] = s(c.secretaryPhone);
    j["contact_person"] = s(c.contactPerson);
    j["contact_phone"] = s(c.contactPhone);
    j["premises"] = s(c.premises);
    j["full_time_staff"] = c.fullTimeStaff ? nlohmann::json(*c.fullTimeStaff) : nlohmann::json(nullptr);
    j["activity_funds_fen"] = c.activityFundsFen ? nlohmann::json(*c.activityFundsFen) : nlohmann::json(nullptr);
    j["individual_members"] = c.individualMembers;
    j["unit_members"] = c.unitMembers;
    j["independent_liability"] = c.independentLiability ? nlohmann::json(*c.independentLiability) : nlohmann::json(nullptr);
    j["credit_code"] = s(c.creditCode);
    j["notes"] = s(c.notes);
    j["supervising_unit"] = s(c.supervisingUnit);
    return j;
}

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

} // namespace chamber
