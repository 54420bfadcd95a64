// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportLanguage.h"
#include "ScoringReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace chamber {

// The words the printed forms of the scoring report share (CSV, XLSX, PDF), so that a column
// is named the same in every form. Each takes the language to write in: the report's own
// (report.language) in a report, the application's (Ui, the default) on screen and terminal.
class ScoringLabels
{
    Q_DECLARE_TR_FUNCTIONS(ScoringLabels)
public:
    using L = ReportLanguage;
    static QString rank(L l = L::Ui);
    static QString number(L l = L::Ui);
    static QString chamber(L l = L::Ui);
    static QString township(L l = L::Ui);
    static QString total(L l = L::Ui);
    static QString grade(L l = L::Ui);
    static QString veto(L l = L::Ui);
    static QString awardEligible(L l = L::Ui);
    static QString notes(L l = L::Ui);
    static QString footTotal(L l = L::Ui);
    static QString footAverage(L l = L::Ui);
    static QString yes(L l = L::Ui);
    static QString no(L l = L::Ui);
    static QString scoresSheet(L l = L::Ui);
    static QString draft(L l = L::Ui);
    static QString gradeName(Grade grade, L l = L::Ui);
    static QString ineligibilityName(Ineligibility reason, L l = L::Ui);
    // "宾阳县2025年度乡镇（街道）商会“微积分”考评结果" in Chinese.
    static QString title(const QString &countyName, int year, L l = L::Ui);
    static QString issued(const QDate &date, L l = L::Ui); // "Date of issue: 2026-01-20"
    static QString subtitle(const ScoringReport &r);       // county path, year, date of issue, status
    // A chamber's notes: the vetoes with their dates and reasons, and "not registered for a full year"
    // when that keeps it from awards (a grade below the pass mark shows in the grade column).
    static QString rowNotes(const ScoringReportRow &row, L l = L::Ui);
    static QString thresholds(const PointsYear &settings, L l = L::Ui); // the grade thresholds and the award rule
    static QString gradeCounts(const ScoringReportFoot &foot, L l = L::Ui);
    static QString capText(const std::optional<qint64> &capTenths, L l = L::Ui); // "≤ 50.0" or ""
    // Rules table headers: number, category, rule, points, cap per year, cap per item, evidence, counted once.
    static QStringList ruleHeaders(L l = L::Ui);
    static QStringList ruleCells(const ScoringReportRule &rule, L l = L::Ui);
    static QString rulesTitle(L l = L::Ui);
    static QString signatureLine(L l = L::Ui);
    static QString sealLine(const ScoringReport &r); // "(seal) 宾阳县工商业联合会   2026-01-20"
    static QString page(int page, int pages, L l = L::Ui);
    static QString fingerprint(const QString &sha256, L l = L::Ui);
};

} // namespace chamber
