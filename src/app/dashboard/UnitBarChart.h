// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

#include <QChartView>

QT_BEGIN_NAMESPACE
class QBarSet;
QT_END_NAMESPACE

namespace chamber {

// Coverage and registration by unit as horizontal bars, best coverage on top; clicking a unit's
// bar asks to drill down into it. Exact figures (numerator/denominator) show on hover. The chart
// is as tall as its units need for every name to be read in full (the page scrolls).
class UnitBarChart : public QChartView
{
    Q_OBJECT
public:
    explicit UnitBarChart(QWidget *parent = nullptr);
    void setUnits(const QList<UnitStats> &units, DivisionLevel level);

    // The units top to bottom, as drawn (for tests).
    QStringList unitNamesTopDown() const;
    QString codeAt(int barIndex) const;
    // The height a unit's row gets, enough for its name in full, and the chart's height for so
    // many units (its minimum height once they are set).
    int rowHeight() const;
    int heightFor(int units) const;

signals:
    void unitClicked(const QString &code);

private:
    void hovered(QBarSet *set, bool status, int index);
    QList<UnitStats> m_units;  // bottom to top, as the series holds them
};

} // namespace chamber
