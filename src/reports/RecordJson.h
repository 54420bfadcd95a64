// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Readiness.h"
#include "Registration.h"

#include <nlohmann/json.hpp>

namespace chamber {

// JSON forms of records, as chamberctl prints them (docs/cli.md). Keys are stable English
// names; values are the stored ones (dates ISO, money in fen and as yuan text).
nlohmann::json chamberToJson(const Chamber &chamber);
nlohmann::json registrationEventToJson(const RegistrationEvent &event);
nlohmann::json readinessToJson(const QList<ConditionCheck> &checks);

} // namespace chamber
