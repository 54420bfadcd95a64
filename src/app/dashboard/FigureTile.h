// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardFigures.h"

#include <QFrame>

class QLabel;

namespace chamber {

// The parts of a parts tile in a compact block, "优秀 1 · 良好 1 · 合格 61 · …", lines breaking
// between parts only (a part too long for a line on its own is elided).
class PartsSummary : public QWidget
{
public:
    PartsSummary(const QStringList &parts, QWidget *parent = nullptr);
    QString text() const;
    QStringList lines(int width) const;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_parts;
};

// 指标卡: one figure as the dashboard shows it — its value, the base it was taken over
// (numerator/denominator), the change against the same date a year earlier, and its definition
// in the tooltip. Parts tiles (honours, grades) list each part with its own count, compactly; the
// tooltip has each part's change too.
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
    // Parts tiles: "优秀 1 · 良好 1 · …" (the counts; their changes are in the tooltip).
    QString partsText() const;

private:
    DashboardTile m_tile;
    QLabel *m_value;
    QLabel *m_base;
    QLabel *m_change;
    PartsSummary *m_parts = nullptr;
};

} // namespace chamber
