// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoringReport.h"

class QIODevice;

namespace chamber {

// The scoring report as a printable PDF (Qt's own PDF writer): A4 landscape, Chinese fonts
// embedded, the title with county and year, the scores table with its header row repeated on
// every page, the foot, grade thresholds and notes, the rules used, a signature block, and on
// every page the date of issue and "page X of Y". Needs a QGuiApplication (for fonts); returns
// false with the reason in error otherwise.
bool writeScoringPdf(const ScoringReport &report, QIODevice &out, QString *error = nullptr);
// Several counties' reports one after the other, each starting on a new page and numbering its own.
bool writeScoringPdf(const QList<ScoringReport> &reports, const QString &title, QIODevice &out, QString *error = nullptr);

} // namespace chamber
