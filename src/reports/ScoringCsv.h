// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoringReport.h"

class QIODevice;

namespace chamber {

// The scoring report as CSV for Excel and WPS (through CsvWriter: UTF-8 with BOM, CRLF, formula
// cells neutralised): a header, one row per chamber (number, rank, chamber, township, category
// subtotals, total, grade, veto, award eligibility, notes), then the sum and average rows.
bool writeScoringCsv(const ScoringReport &report, QIODevice &out);

} // namespace chamber
