// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

#include <nlohmann/json.hpp>

class QIODevice;

namespace chamber {

// The stats contract (docs/stats-json.md), shared by chamberctl stats, the dashboard and reports.
constexpr const char *kStatsSchema = "chamberdesk.stats/1";

nlohmann::json rateToJson(const Rate &rate);
nlohmann::json unitToJson(const UnitStats &unit);
nlohmann::json statsToJson(const Stats &stats);

// CSV: UTF-8 with BOM and CRLF; one row for the scope, then one per unit; rates as
// numerator, denominator and percentage.
bool writeStatsCsv(const Stats &stats, QIODevice &out);

} // namespace chamber
