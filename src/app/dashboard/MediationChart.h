// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MediationSeries.h"

#include <QChartView>

namespace chamber {

// Mediation month by month: cases received (bars) and the share of the month's closed cases
// that were settled (line, right axis). Exact counts show on hover.
class MediationChart : public QChartView
{
    Q_OBJECT
public:
    explicit MediationChart(QWidget *parent = nullptr);
    void setMonths(const QList<MonthCases> &months);
    const QList<MonthCases> &months() const { return m_months; }

private:
    QList<MonthCases> m_months;
};

} // namespace chamber
