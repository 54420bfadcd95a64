// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Division.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace chamber {

struct ScoringReport;

// Writes a scoring report to a file in one of its formats, whole or not at all: written beside
// the target and renamed into place, so a failure never leaves half a file. What the CLI's
// `report scoring` and the app's Reports page both call.
class ScoringFile
{
    Q_DECLARE_TR_FUNCTIONS(ScoringFile)
public:
    static QStringList formats();  // json, csv, xlsx, pdf
    static Status write(const ScoringReport &report, const QString &format, const QString &path);
    // Several counties' reports in one file (a city's or the region's, docs/scoring-report.md):
    // JSON, one object holding each county's report as write() gives it; CSV, each county's table
    // after a line with its title; PDF, each county's report from a new page. XLSX is one county's.
    static Status write(const QList<ScoringReport> &reports, const Division &scope, int year, const QString &format, const QString &path);
};

} // namespace chamber
