// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoringReport.h"

#include <nlohmann/json.hpp>

class QIODevice;

namespace chamber {

// The scoring report as JSON (docs/scoring-report.md). Points are JSON numbers exact to one
// decimal place (they are kept in tenths); averages have two decimals, rounded half up.
constexpr const char *kScoringReportSchema = "chamberdesk.scoring-report/1";
// Several counties' reports in one file (ScoringFile::write of a list).
constexpr const char *kScoringReportsSchema = "chamberdesk.scoring-reports/1";

nlohmann::json scoringReportToJson(const ScoringReport &report);
// Reads what scoringReportToJson wrote (a published snapshot); the foot is recomputed.
Result<ScoringReport> scoringReportFromJson(const nlohmann::json &json);
// Indented two spaces, keys in a fixed order, ending with a newline: the same report gives the same bytes.
bool writeScoringJson(const ScoringReport &report, QIODevice &out);

} // namespace chamber
