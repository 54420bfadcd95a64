// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"
#include "ReportLanguage.h"
#include "Scorecard.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace chamber {

// A category column of the report, with its cap for the year.
struct ScoringReportCategory
{
    qint64 id = 0;
    QString name;
    std::optional<qint64> capTenths;

    bool operator==(const ScoringReportCategory &) const = default;
};

// A rule as the report lists it under "how points are earned", numbered "category.rule" (2.3).
struct ScoringReportRule
{
    QString number;
    QString categoryName;
    PointsRule rule;

    bool operator==(const ScoringReportRule &) const = default;
};

// One chamber's line: its names as they were when the report was made, and its scorecard.
struct ScoringReportRow
{
    QString chamberName;
    QString townshipCode;
    QString townshipName;
    std::optional<QDate> registeredSince;
    Scorecard card;

    bool operator==(const ScoringReportRow &) const = default;
};

// Totals and averages at the foot; averages in hundredths, rounded half up (over every row).
struct ScoringReportFoot
{
    int chambers = 0;
    QList<qint64> categoryTotalsTenths;        // per column
    QList<qint64> categoryAveragesHundredths;  // per column
    qint64 totalTenths = 0;
    qint64 averageHundredths = 0;
    QMap<Grade, int> grades;                   // chambers per grade (vetoed counted as Vetoed)
    int vetoed = 0;
    int awardEligible = 0;
};

// The annual scoring report of one county for one year: title, a row per chamber with category
// subtotals, total, rank, grade, veto and award eligibility, the foot, the date of issue and the
// rules used. What the JSON, CSV, XLSX and PDF writers print; the JSON form is also what a
// publication keeps, so that a published report is produced again identically.
struct ScoringReport
{
    static constexpr int kSchemaVersion = 1;

    int year = 0;
    Division county;
    QString countyPath;  // 广西壮族自治区南宁市宾阳县
    QString title;
    QDate issueDate;
    bool published = false;
    PointsYear settings;
    QList<ScoringReportCategory> categories;
    QList<ScoringReportRule> rules;
    QList<ScoringReportRow> rows;
    // Not part of the report's text: the SHA-256 of the publication it was read from, if any.
    QString fingerprint;
    // The language its words are in; a published report keeps the one it was published in.
    ReportLanguage language = ReportLanguage::Chinese;

    ScoringReportFoot foot() const;
    bool operator==(const ScoringReport &other) const;
};

// Makes scoring reports from a database, and publishes years with them.
class ScoringReports
{
    Q_DECLARE_TR_FUNCTIONS(ScoringReports)
public:
    explicit ScoringReports(Database &db) : m_db(db) {}

    // The counties of the database's scope (the scope itself when it is a county).
    Result<QList<Division>> counties() const;
    // The county a report is for: the given code or name, or the scope's only county.
    Result<Division> county(const QString &codeOrName = {}) const;
    // The report as the data stand now, dated issueDate.
    Result<ScoringReport> build(int year, const Division &county, const QDate &issueDate,
                                ReportLanguage language = ReportLanguage::Chinese) const;
    // The report of a year: as published when the year is published (the date of issue and the
    // language are the published ones), else as the data stand, dated issueDate (default today),
    // in the language asked for.
    Result<ScoringReport> report(int year, const QString &county = {}, std::optional<QDate> issueDate = std::nullopt,
                                 ReportLanguage language = ReportLanguage::Chinese) const;
    // The reports of every county within a division — a city, the region, or a county (its own) —
    // in county code order, each exactly as report() gives it for that county (published or as the
    // data stand); counties of which this database holds no chamber are left out
    // (ScoringReportScope.cpp). scope is the division's code or name.
    Result<QList<ScoringReport>> reports(int year, const QString &scope, std::optional<QDate> issueDate = std::nullopt,
                                         ReportLanguage language = ReportLanguage::Chinese) const;
    // The division a report for several counties is made for, within the database's scope.
    Result<Division> scopeDivision(const QString &codeOrName) const;
    // Every county's report of a published year, read once from its publication and checked
    // against its fingerprint; with a division code, only the counties within it or containing it.
    Result<QList<ScoringReport>> publishedReports(int year, const QString &divisionCode = {}) const;
    // The language a published year's report was published in (none when it is not published).
    Result<std::optional<ReportLanguage>> publishedLanguage(int year) const;
    // Builds every county's report dated issueDate, in the language given, and publishes the year
    // with them: the publication keeps their words as well as their figures.
    Status publish(int year, const QDate &issueDate, ReportLanguage language = ReportLanguage::Chinese);
    // The category columns (with their caps) and the numbered rules of a year's set.
    static void ruleSet(const ScorecardInput &input, QList<ScoringReportCategory> &categories, QList<ScoringReportRule> &rules);
    // The report title: "宾阳县2025年度乡镇（街道）商会“微积分”考评结果" in Chinese.
    static QString titleFor(const QString &countyName, int year, ReportLanguage language = ReportLanguage::Chinese);

private:
    Database &m_db;
};

} // namespace chamber
