// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoreBands.h"

#include <QChartView>

namespace chamber {

// How the year's scorecard totals spread, in ten-point bands.
class ScoreDistributionChart : public QChartView
{
    Q_OBJECT
public:
    explicit ScoreDistributionChart(QWidget *parent = nullptr);
    void setBands(const QList<ScoreBand> &bands, int year);
};

} // namespace chamber
