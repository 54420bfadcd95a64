// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stats.h"

#include "PointsStatsContributor.h"
#include "RecordsStatsContributor.h"
#include "RegistrationStatusContributor.h"
#include "VerificationStatsContributor.h"

namespace chamber {

// Each area that adds figures to the stats contract registers its contributor here.
std::vector<std::unique_ptr<StatsContributor>> defaultStatsContributors()
{
    std::vector<std::unique_ptr<StatsContributor>> contributors;
    contributors.push_back(std::make_unique<RegistrationStatusContributor>());
    contributors.push_back(std::make_unique<RecordsStatsContributor>());
    contributors.push_back(std::make_unique<PointsStatsContributor>());
    contributors.push_back(std::make_unique<VerificationStatsContributor>());
    return contributors;
}

} // namespace chamber
