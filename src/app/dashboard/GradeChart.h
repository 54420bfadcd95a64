// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

#include <QChartView>

namespace chamber {

// The year's scorecards by grade (优秀, 良好, 合格, 不合格, 否决), each grade in its colour, from the
// stats' points.grades.* counts — the same numbers as the Grades tile.
class GradeChart : public QChartView
{
    Q_OBJECT
public:
    explicit GradeChart(QWidget *parent = nullptr);
    // False when the stats carry no points figures (the chart is then hidden).
    bool setStats(const UnitStats &unit);
    QList<qint64> counts() const { return m_counts; }

private:
    QList<qint64> m_counts;  // in Points::allGrades() order
};

} // namespace chamber
