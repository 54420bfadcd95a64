// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardFigures.h"

#include <QFrame>

class QLabel;

namespace chamber {

// 指标卡: one figure as the dashboard shows it — its value, the base it was taken over
// (numerator/denominator), the change against the same date a year earlier, and its definition
// in the tooltip. Parts tiles (honours, grades) list each part with its own count.
class FigureTile : public QFrame
{
    Q_OBJECT
public:
    FigureTile(const DashboardTile &tile, const QDate &yearEarlier, QWidget *parent = nullptr);

    const DashboardTile &tile() const { return m_tile; }
    // What the tile reads, for tests: "18.75%", "3/16", "±0.00 pp".
    QString valueText() const;
    QString baseText() const;
    QString changeText() const;

private:
    DashboardTile m_tile;
    QLabel *m_value;
    QLabel *m_base;
    QLabel *m_change;
};

} // namespace chamber
