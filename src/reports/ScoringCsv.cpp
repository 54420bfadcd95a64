// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoringCsv.h"

#include "CsvWriter.h"
#include "ScoringLabels.h"

namespace chamber {

bool writeScoringCsv(const ScoringReport &report, QIODevice &out)
{
    CsvWriter csv(out);
    QStringList header = {ScoringLabels::tr("Number"), ScoringLabels::rank(), ScoringLabels::chamber(), ScoringLabels::township()};
    for (const auto &c : report.categories)
        header.append(c.name);
    header << ScoringLabels::total() << ScoringLabels::grade() << ScoringLabels::veto() << ScoringLabels::awardEligible()
           << ScoringLabels::notes();
    csv.writeRow(header);
    for (const auto &row : report.rows) {
        const Scorecard &card = row.card;
        QStringList fields = {QString::number(card.chamberId), card.rank ? QString::number(*card.rank) : QString(), row.chamberName,
                              row.townshipName};
        for (const auto &c : report.categories) {
            const CategoryScore *score = card.category(c.id);
            fields.append(Points::formatTenths(score ? score->subtotalTenths : 0));
        }
        fields << Points::formatTenths(card.totalTenths) << Points::gradeName(card.grade)
               << (card.vetoed ? ScoringLabels::yes() : ScoringLabels::no())
               << (card.awardEligible ? ScoringLabels::yes() : ScoringLabels::no()) << ScoringLabels::rowNotes(row);
        csv.writeRow(fields);
    }
    const ScoringReportFoot foot = report.foot();
    QStringList sums = {QString(), QString(), ScoringLabels::footTotal(), QString()};
    QStringList averages = {QString(), QString(), ScoringLabels::footAverage(), QString()};
    for (int i = 0; i < report.categories.size(); ++i) {
        sums.append(Points::formatTenths(foot.categoryTotalsTenths[i]));
        averages.append(Points::formatHundredths(foot.categoryAveragesHundredths[i]));
    }
    sums << Points::formatTenths(foot.totalTenths) << QString() << QString::number(foot.vetoed) << QString::number(foot.awardEligible)
         << ScoringLabels::gradeCounts(foot);
    averages << Points::formatHundredths(foot.averageHundredths) << QString() << QString() << QString() << QString();
    csv.writeRow(sums);
    csv.writeRow(averages);
    return csv.ok();
}

} // namespace chamber
