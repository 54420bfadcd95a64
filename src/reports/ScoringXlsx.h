// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoringReport.h"

class QIODevice;

namespace chamber {

// The scoring report as an Excel workbook (libxlsxwriter): a sheet of scores with the title row
// (county and year), the date of issue, a frozen header, column widths fitted to Chinese text,
// every figure a number, the sum and average rows and the grade thresholds; and a sheet of the
// rules used. Written to a temporary file (libxlsxwriter writes only to paths), then copied into
// out. The same report gives the same bytes: the workbook's creation time is its date of issue.
// On failure returns false with the reason in error.
bool writeScoringXlsx(const ScoringReport &report, QIODevice &out, QString *error = nullptr);

} // namespace chamber
