// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreDistributionChart.h"

#include "DashboardPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace chamber {

ScoreDistributionChart::ScoreDistributionChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("scoreDistributionChart"));
    setRenderHint(QPainter::Antialiasing);
    setChart(new QChart);
    DashboardPalette::style(chart());
    setMinimumHeight(280);
}

void ScoreDistributionChart::setBands(const QList<ScoreBand> &bands, int year)
{
    auto *set = new QBarSet(tr("Chambers"));
    set->setColor(DashboardPalette::coverage());
    set->setBorderColor(DashboardPalette::coverage());
    QStringList labels;
    qint64 most = 0;
    qint64 total = 0;
    for (const auto &b : bands) {
        set->append(double(b.chambers));
        most = std::max(most, b.chambers);
        total += b.chambers;
        // Lower bounds only ("0", "10" … "90+"): full ranges would crowd the axis at this width.
        labels.append(b.to ? QString::number(b.from) : QStringLiteral("%1+").arg(b.from));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.85);
    QChart *c = chart();
    c->removeAllSeries();
    for (auto *axis : c->axes())
        c->removeAxis(axis);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsColor(DashboardPalette::muted());
    // Ten bands in a third of the page: a size smaller, or "90+" is cut to "9…".
    QFont small = x->labelsFont();
    small.setPointSizeF(std::max(7.0, chart()->font().pointSizeF() - 2));
    x->setLabelsFont(small);
    x->setTitleText(tr("points"));
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::max<qint64>(4, most + most / 5 + 1));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(5);
    y->setLabelsColor(DashboardPalette::muted());
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    c->legend()->hide();
    c->setTitle(tr("Score distribution %1 (%n chamber(s))", nullptr, int(total)).arg(year));
    setToolTip(tr("Chambers by their total points for the year, in ten-point bands; a band includes its lower bound."));
}

} // namespace chamber
