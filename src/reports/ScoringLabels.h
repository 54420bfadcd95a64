// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoringReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace chamber {

// The words the printed forms of the scoring report share (CSV, XLSX, PDF), so that a column
// is named the same in every form and in every language.
class ScoringLabels
{
    Q_DECLARE_TR_FUNCTIONS(ScoringLabels)
public:
    static QString rank() { return tr("Rank"); }
    static QString chamber() { return tr("Chamber"); }
    static QString township() { return tr("Township"); }
    static QString total() { return tr("Total"); }
    static QString grade() { return tr("Grade"); }
    static QString veto() { return tr("Veto"); }
    static QString awardEligible() { return tr("Award eligible"); }
    static QString notes() { return tr("Notes"); }
    static QString footTotal() { return tr("Sum"); }
    static QString footAverage() { return tr("Average"); }
    static QString yes() { return tr("yes"); }
    static QString no() { return tr("no"); }
    static QString vetoMark() { return tr("vetoed"); }
    static QString draft() { return tr("Draft: not published; figures may still change."); }
    static QString issued(const QDate &date);         // "Date of issue: 2026-01-20"
    static QString subtitle(const ScoringReport &r);  // county path, year, date of issue, status
    // A chamber's notes: the vetoes with their dates and reasons, and "not registered for a full year"
    // when that keeps it from awards (a grade below the pass mark shows in the grade column).
    static QString rowNotes(const ScoringReportRow &row);
    static QString thresholds(const PointsYear &settings);  // the grade thresholds and the award rule
    static QString gradeCounts(const ScoringReportFoot &foot);
    static QString capText(const std::optional<qint64> &capTenths);  // "≤ 50.0" or ""
    // Rules table headers: number, category, rule, points, cap per year, cap per item, evidence, counted once.
    static QStringList ruleHeaders();
    static QStringList ruleCells(const ScoringReportRule &rule);
    static QString rulesTitle() { return tr("How points are earned"); }
    static QString signatureLine() { return tr("Prepared by: ____________    Checked by: ____________    Approved by: ____________"); }
    static QString sealLine(const ScoringReport &r);  // "(seal) 宾阳县工商业联合会   2026-01-20"
    static QString page(int page, int pages) { return tr("Page %1 of %2").arg(page).arg(pages); }
    static QString fingerprint(const QString &sha256) { return tr("Fingerprint %1").arg(sha256.left(16)); }
};

} // namespace chamber
