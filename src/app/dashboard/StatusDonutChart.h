// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

#include <QChartView>

namespace chamber {

// The chambers of the scope by registration status on the date, as a donut; the legend carries
// each status's count and share so that no slice label can collide with another.
class StatusDonutChart : public QChartView
{
    Q_OBJECT
public:
    explicit StatusDonutChart(QWidget *parent = nullptr);
    // From the stats' registration_status.* counts (RegistrationStatusContributor).
    void setStats(const UnitStats &unit);
    // The legend lines as drawn ("已登记 2 (33.3%)"), for tests.
    QStringList legendTexts() const;
};

} // namespace chamber
