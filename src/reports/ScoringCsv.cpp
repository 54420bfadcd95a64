// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringCsv.h"

#include "CsvWriter.h"
#include "ScoringLabels.h"

namespace chamber {

bool writeScoringCsv(const ScoringReport &report, QIODevice &out)
{
    const ReportLanguage l = report.language;
    CsvWriter csv(out);
    QStringList header = {ScoringLabels::number(l), ScoringLabels::rank(l), ScoringLabels::chamber(l), ScoringLabels::township(l)};
    for (const auto &c : report.categories)
        header.append(c.name);
    header << ScoringLabels::total(l) << ScoringLabels::grade(l) << ScoringLabels::veto(l) << ScoringLabels::awardEligible(l)
           << ScoringLabels::notes(l);
    csv.writeRow(header);
    for (const auto &row : report.rows) {
        const Scorecard &card = row.card;
        QStringList fields = {QString::number(card.chamberId), card.rank ? QString::number(*card.rank) : QString(), row.chamberName,
                              row.townshipName};
        for (const auto &c : report.categories) {
            const CategoryScore *score = card.category(c.id);
            fields.append(Points::formatTenths(score ? score->subtotalTenths : 0));
        }
        fields << Points::formatTenths(card.totalTenths) << ScoringLabels::gradeName(card.grade, l)
               << (card.vetoed ? ScoringLabels::yes(l) : ScoringLabels::no(l))
               << (card.awardEligible ? ScoringLabels::yes(l) : ScoringLabels::no(l)) << ScoringLabels::rowNotes(row, l);
        csv.writeRow(fields);
    }
    const ScoringReportFoot foot = report.foot();
    QStringList sums = {QString(), QString(), ScoringLabels::footTotal(l), QString()};
    QStringList averages = {QString(), QString(), ScoringLabels::footAverage(l), QString()};
    for (int i = 0; i < report.categories.size(); ++i) {
        sums.append(Points::formatTenths(foot.categoryTotalsTenths[i]));
        averages.append(Points::formatHundredths(foot.categoryAveragesHundredths[i]));
    }
    sums << Points::formatTenths(foot.totalTenths) << QString() << QString::number(foot.vetoed) << QString::number(foot.awardEligible)
         << ScoringLabels::gradeCounts(foot, l);
    averages << Points::formatHundredths(foot.averageHundredths) << QString() << QString() << QString() << QString();
    csv.writeRow(sums);
    csv.writeRow(averages);
    return csv.ok();
}

} // namespace chamber
