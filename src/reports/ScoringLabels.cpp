// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringLabels.h"

#include "Dates.h"

namespace chamber {

QString ScoringLabels::issued(const QDate &date)
{
    return tr("Date of issue: %1").arg(dates::toIso(date));
}

QString ScoringLabels::subtitle(const ScoringReport &r)
{
    QStringList parts = {r.countyPath, tr("scoring year %1").arg(r.year), issued(r.issueDate)};
    parts.append(r.published ? tr("published") : tr("draft"));
    return parts.join(QStringLiteral("  ·  "));
}

QString ScoringLabels::rowNotes(const ScoringReportRow &row)
{
    QStringList notes;
    for (const auto &v : row.card.vetoes)
        notes.append(tr("vetoed %1: %2").arg(dates::toIso(v.date), v.reason));
    // A veto and a grade below 合格 show in their own columns; only what they do not say is noted.
    for (auto reason : row.card.ineligible)
        if (reason == Ineligibility::NotRegisteredAYear)
            notes.append(tr("not eligible: %1").arg(Scorecards::ineligibilityName(reason)));
    return notes.join(tr("; "));
}

QString ScoringLabels::thresholds(const PointsYear &s)
{
    const GradeThresholds &t = s.thresholds;
    QString text = tr("Grades: %1 from %2, %3 from %4, %5 from %6, else %7; a veto makes the grade %8 whatever the points.")
                       .arg(Points::gradeName(Grade::Excellent), Points::formatTenths(t.excellentTenths), Points::gradeName(Grade::Good),
                            Points::formatTenths(t.goodTenths), Points::gradeName(Grade::Pass), Points::formatTenths(t.passTenths),
                            Points::gradeName(Grade::Fail), Points::gradeName(Grade::Vetoed));
    text += QLatin1Char(' ');
    text += s.awardRequiresRegisteredYear ? tr("Award eligibility: not vetoed, graded pass or better, and registered for a full year at the year's end.")
                                          : tr("Award eligibility: not vetoed and graded pass or better.");
    text += QLatin1Char(' ');
    text += tr("Deductions take a category's points down to zero at most.");
    return text;
}

QString ScoringLabels::gradeCounts(const ScoringReportFoot &f)
{
    QStringList parts;
    for (auto g : Points::allGrades())
        parts.append(tr("%1 %2").arg(Points::gradeName(g)).arg(f.grades.value(g)));
    return tr("%n chamber(s): %1; eligible for awards: %2.", nullptr, f.chambers).arg(parts.join(tr(", "))).arg(f.awardEligible);
}

QString ScoringLabels::capText(const std::optional<qint64> &capTenths)
{
    return capTenths ? tr("≤ %1").arg(Points::formatTenths(*capTenths)) : QString();
}

QStringList ScoringLabels::ruleHeaders()
{
    return {tr("No."), tr("Category"), tr("Rule"), tr("Points"), tr("Cap per year"), tr("Cap per item"), tr("Evidence"), tr("Counted once in")};
}

QStringList ScoringLabels::ruleCells(const ScoringReportRule &r)
{
    QString description = r.rule.description;
    if (r.rule.retired)
        description += tr(" (retired)");
    return {r.number,
            r.categoryName,
            description,
            Points::formatTenths(r.rule.pointsTenths),
            r.rule.yearCapTenths ? Points::formatTenths(*r.rule.yearCapTenths) : QString(),
            r.rule.itemCapTenths ? Points::formatTenths(*r.rule.itemCapTenths) : QString(),
            r.rule.evidenceRequired ? yes() : QString(),
            r.rule.exclusiveGroup};
}

QString ScoringLabels::sealLine(const ScoringReport &r)
{
    return tr("(seal)  Federation of Industry and Commerce of %1    %2").arg(r.county.name, dates::toIso(r.issueDate));
}

} // namespace chamber
