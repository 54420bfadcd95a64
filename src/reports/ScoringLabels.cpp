// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringLabels.h"

#include "Dates.h"

namespace chamber {

namespace {

// Each word is marked for lupdate where it is written and translated into the language asked for.
QString t(ReportLanguage l, const char *source, int n = -1)
{
    return reportLanguage::translate(l, "ScoringLabels", source, n);
}

} // namespace

QString ScoringLabels::rank(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Rank"));
}
QString ScoringLabels::number(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Number"));
}
QString ScoringLabels::chamber(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Chamber"));
}
QString ScoringLabels::township(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Township"));
}
QString ScoringLabels::total(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Total"));
}
QString ScoringLabels::grade(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Grade"));
}
QString ScoringLabels::veto(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Veto"));
}
QString ScoringLabels::awardEligible(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Award eligible"));
}
QString ScoringLabels::notes(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Notes"));
}
QString ScoringLabels::footTotal(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Sum"));
}
QString ScoringLabels::footAverage(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Average"));
}
QString ScoringLabels::yes(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "yes"));
}
QString ScoringLabels::no(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "no"));
}
QString ScoringLabels::scoresSheet(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Scores"));
}
QString ScoringLabels::draft(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Draft: not published; figures may still change."));
}
QString ScoringLabels::rulesTitle(L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "How points are earned"));
}

QString ScoringLabels::signatureLine(L l)
{
    return t(l,
             QT_TRANSLATE_NOOP("ScoringLabels",
                               "Prepared by: ____________    Checked by: ____________    Approved by: ____________"));
}

QString ScoringLabels::page(int page, int pages, L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Page %1 of %2")).arg(page).arg(pages);
}

QString ScoringLabels::fingerprint(const QString &sha256, L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Fingerprint %1")).arg(sha256.left(16));
}

QString ScoringLabels::gradeName(Grade grade, L l)
{
    // The same words as Points::gradeName, here so that a report can say them in its own language.
    switch (grade) {
    case Grade::Excellent:
        return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "excellent"));
    case Grade::Good:
        return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "good"));
    case Grade::Pass:
        return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "pass"));
    case Grade::Fail:
        return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "fail"));
    case Grade::Vetoed:
        return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "vetoed"));
    }
    return {};
}

QString ScoringLabels::ineligibilityName(Ineligibility reason, L l)
{
    switch (reason) {
    case Ineligibility::Vetoed:
        return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "disqualified by a veto"));
    case Ineligibility::NotRegisteredAYear:
        return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "not registered for a full year"));
    case Ineligibility::BelowPass:
        return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "below the pass mark"));
    }
    return {};
}

QString ScoringLabels::title(const QString &countyName, int year, L l)
{
    return t(l,
             QT_TRANSLATE_NOOP("ScoringLabels", "Micro-points scores of the township chambers of commerce of %1, %2"))
        .arg(countyName)
        .arg(year);
}

QString ScoringLabels::issued(const QDate &date, L l)
{
    return t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Date of issue: %1")).arg(dates::toIso(date));
}

QString ScoringLabels::subtitle(const ScoringReport &r)
{
    const L l = r.language;
    QStringList parts = {r.countyPath, t(l, QT_TRANSLATE_NOOP("ScoringLabels", "scoring year %1")).arg(r.year),
                         issued(r.issueDate, l)};
    parts.append(r.published ? t(l, QT_TRANSLATE_NOOP("ScoringLabels", "published"))
                             : t(l, QT_TRANSLATE_NOOP("ScoringLabels", "draft")));
    return parts.join(QStringLiteral("  ·  "));
}

QString ScoringLabels::rowNotes(const ScoringReportRow &row, L l)
{
    QStringList notes;
    for (const auto &v : row.card.vetoes)
        notes.append(t(l, QT_TRANSLATE_NOOP("ScoringLabels", "vetoed %1: %2")).arg(dates::toIso(v.date), v.reason));
    // A veto and a grade below 合格 show in their own columns; only what they do not say is noted.
    for (auto reason : row.card.ineligible)
        if (reason == Ineligibility::NotRegisteredAYear)
            notes.append(
                t(l, QT_TRANSLATE_NOOP("ScoringLabels", "not eligible: %1")).arg(ineligibilityName(reason, l)));
    return notes.join(t(l, QT_TRANSLATE_NOOP("ScoringLabels", "; ")));
}

QString ScoringLabels::thresholds(const PointsYear &s, L l)
{
    const GradeThresholds &g = s.thresholds;
    QString text =
        t(l, QT_TRANSLATE_NOOP(
                 "ScoringLabels",
                 "Grades: %1 from %2, %3 from %4, %5 from %6, else %7; a veto makes the grade %8 whatever the points."))
            .arg(gradeName(Grade::Excellent, l), Points::formatTenths(g.excellentTenths), gradeName(Grade::Good, l),
                 Points::formatTenths(g.goodTenths), gradeName(Grade::Pass, l), Points::formatTenths(g.passTenths),
                 gradeName(Grade::Fail, l), gradeName(Grade::Vetoed, l));
    text += QLatin1Char(' ');
    text += s.awardRequiresRegisteredYear
                ? t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Award eligibility: not vetoed, graded pass or better, and "
                                                          "registered for a full year at the year's end."))
                : t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Award eligibility: not vetoed and graded pass or better."));
    text += QLatin1Char(' ');
    text += t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Deductions take a category's points down to zero at most."));
    return text;
}

QString ScoringLabels::gradeCounts(const ScoringReportFoot &f, L l)
{
    QStringList parts;
    for (auto g : Points::allGrades())
        parts.append(t(l, QT_TRANSLATE_NOOP("ScoringLabels", "%1 %2")).arg(gradeName(g, l)).arg(f.grades.value(g)));
    return t(l, QT_TRANSLATE_N_NOOP("ScoringLabels", "%n chamber(s): %1; eligible for awards: %2."), f.chambers)
        .arg(parts.join(t(l, QT_TRANSLATE_NOOP("ScoringLabels", ", "))))
        .arg(f.awardEligible);
}

QString ScoringLabels::capText(const std::optional<qint64> &capTenths, L l)
{
    return capTenths ? t(l, QT_TRANSLATE_NOOP("ScoringLabels", "≤ %1")).arg(Points::formatTenths(*capTenths))
                     : QString();
}

QStringList ScoringLabels::ruleHeaders(L l)
{
    return {t(l, QT_TRANSLATE_NOOP("ScoringLabels", "No.")),
            t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Category")),
            t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Rule")),
            t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Points")),
            t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Cap per year")),
            t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Cap per item")),
            t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Evidence")),
            t(l, QT_TRANSLATE_NOOP("ScoringLabels", "Counted once in"))};
}

QStringList ScoringLabels::ruleCells(const ScoringReportRule &r, L l)
{
    QString description = r.rule.description;
    if (r.rule.retired)
        description += t(l, QT_TRANSLATE_NOOP("ScoringLabels", " (retired)"));
    return {r.number,
            r.categoryName,
            description,
            Points::formatTenths(r.rule.pointsTenths),
            r.rule.yearCapTenths ? Points::formatTenths(*r.rule.yearCapTenths) : QString(),
            r.rule.itemCapTenths ? Points::formatTenths(*r.rule.itemCapTenths) : QString(),
            r.rule.evidenceRequired ? yes(l) : QString(),
            r.rule.exclusiveGroup};
}

QString ScoringLabels::sealLine(const ScoringReport &r)
{
    return t(r.language, QT_TRANSLATE_NOOP("ScoringLabels", "(seal)  Federation of Industry and Commerce of %1    %2"))
        .arg(r.county.name, dates::toIso(r.issueDate));
}

} // namespace chamber
