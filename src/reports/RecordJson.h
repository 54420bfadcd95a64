// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseLifecycle.h"
#include "Readiness.h"
#include "Registration.h"

#include <nlohmann/json.hpp>

namespace chamber {

// JSON forms of what chamberctl prints beside a record that is no record kind of its own
// (docs/cli.md): a chamber's registration events and its conditions for registration, a case's
// status changes. The record kinds themselves are written by recordJson (RecordFieldsJson.h).
// Keys are stable English names; values are the stored ones (dates ISO, enumerations by key).
nlohmann::json registrationEventToJson(const RegistrationEvent &event);
nlohmann::json readinessToJson(const QList<ConditionCheck> &checks);
nlohmann::json caseStatusChangeToJson(const CaseStatusChange &change);

} // namespace chamber
