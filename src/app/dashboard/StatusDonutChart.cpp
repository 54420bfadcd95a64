// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusDonutChart.h"

#include "DashboardPalette.h"

#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace chamber {

StatusDonutChart::StatusDonutChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("statusDonutChart"));
    setRenderHint(QPainter::Antialiasing);
    setChart(new QChart);
    DashboardPalette::style(chart());
    // Its own height, whatever the height of the bar chart beside it: a taller view would only
    // push the donut down, below the first screen.
    setFixedHeight(320);
}

void StatusDonutChart::setStats(const UnitStats &unit)
{
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.85);
    qint64 total = 0;
    for (auto status : Registrations::allStatuses())
        total += unit.counts.value(QStringLiteral("registration_status.") + Registrations::statusKey(status));
    for (auto status : Registrations::allStatuses()) {
        const qint64 n = unit.counts.value(QStringLiteral("registration_status.") + Registrations::statusKey(status));
        const Rate share{n, total};
        auto *slice = series->append(tr("%1 %2 (%3)").arg(Registrations::statusName(status), QLocale().toString(n), share.percentText()),
                                     double(n));
        slice->setColor(DashboardPalette::status(status));
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(false);
    }
    QChart *c = chart();
    c->removeAllSeries();
    c->addSeries(series);
    c->legend()->setAlignment(Qt::AlignRight);
    c->setTitle(tr("Registration status of %n chamber(s)", nullptr, int(total)));
    setToolTip(tr("Each chamber's registration status on the date, from its registration history."));
}

QStringList StatusDonutChart::legendTexts() const
{
    QStringList out;
    for (auto *series : chart()->series())
        if (auto *pie = qobject_cast<QPieSeries *>(series))
            for (auto *slice : pie->slices())
                out.append(slice->label());
    return out;
}

} // namespace chamber
