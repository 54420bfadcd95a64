// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationChart.h"

#include "DashboardPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace chamber {

MediationChart::MediationChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("mediationChart"));
    setRenderHint(QPainter::Antialiasing);
    setChart(new QChart);
    DashboardPalette::style(chart());
    setMinimumHeight(280);
}

void MediationChart::setMonths(const QList<MonthCases> &months)
{
    m_months = months;
    auto *received = new QBarSet(tr("Cases received"));
    received->setColor(DashboardPalette::cases());
    received->setBorderColor(DashboardPalette::cases());
    auto *share = new QLineSeries;
    share->setName(tr("Settled share of cases closed"));
    QPen pen(DashboardPalette::settled());
    pen.setWidth(2);
    share->setPen(pen);
    share->setPointsVisible(true);
    QStringList labels;
    qint64 most = 0;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const MonthCases &m = months.at(i);
        received->append(double(m.received));
        most = std::max(most, m.received);
        if (const auto v = m.settledShare().value())
            share->append(double(i), *v * 100.0);
        // The month's number: twelve names ("12月", "Dec") do not fit a third of the page's width.
        labels.append(QString::number(m.month.month()));
    }
    auto *bars = new QBarSeries;
    bars->append(received);
    bars->setBarWidth(0.6);
    connect(bars, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (!status || index < 0 || index >= m_months.size()) {
            QToolTip::hideText();
            return;
        }
        const MonthCases &m = m_months.at(index);
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 received, %3 closed, %4 settled (%5)")
                               .arg(m.month.toString(QStringLiteral("yyyy-MM")))
                               .arg(m.received)
                               .arg(m.closed)
                               .arg(m.settled)
                               .arg(m.settledShare().fullText()),
                           this);
    });

    QChart *c = chart();
    c->removeAllSeries();
    for (auto *axis : c->axes())
        c->removeAxis(axis);
    c->addSeries(bars);
    c->addSeries(share);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsColor(DashboardPalette::muted());
    c->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    share->attachAxis(x);
    auto *count = new QValueAxis;
    count->setRange(0, std::max<qint64>(4, most + most / 5 + 1));
    count->setLabelFormat(QStringLiteral("%d"));
    count->setTickCount(5);
    count->setLabelsColor(DashboardPalette::muted());
    c->addAxis(count, Qt::AlignLeft);
    bars->attachAxis(count);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(5);
    percent->setLabelFormat(QStringLiteral("%d%"));
    percent->setLabelsColor(DashboardPalette::settled());
    percent->setGridLineVisible(false);
    c->addAxis(percent, Qt::AlignRight);
    share->attachAxis(percent);
    c->legend()->setAlignment(Qt::AlignTop);
    if (!months.isEmpty())
        c->setTitle(tr("Mediation cases per month, %1 to %2")
                        .arg(months.first().month.toString(QStringLiteral("yyyy-MM")), months.last().month.toString(QStringLiteral("yyyy-MM"))));
    setToolTip(tr("From the case list and its dated status changes. Yearly tallies from ledgers have no months and are "
                  "counted only in the Mediation cases tile."));
}

} // namespace chamber
