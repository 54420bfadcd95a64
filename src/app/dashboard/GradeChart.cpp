// SPDX-License-Identifier: GPL-3.0-or-later
#include "GradeChart.h"

#include "DashboardPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace chamber {

GradeChart::GradeChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("gradeChart"));
    setRenderHint(QPainter::Antialiasing);
    setChart(new QChart);
    DashboardPalette::style(chart());
    setMinimumHeight(280);
}

bool GradeChart::setStats(const UnitStats &unit)
{
    const QString prefix = QStringLiteral("points.grades.");
    const auto grades = Points::allGrades();
    m_counts.clear();
    bool any = false;
    for (auto g : grades) {
        any = any || unit.counts.contains(prefix + Points::gradeKey(g));
        m_counts.append(unit.counts.value(prefix + Points::gradeKey(g)));
    }
    if (!any)
        return false;
    // One set per grade, zero outside its own column: a stacked series then draws each column
    // in its grade's colour.
    auto *series = new QStackedBarSeries;
    QStringList labels;
    qint64 most = 0;
    for (qsizetype i = 0; i < grades.size(); ++i) {
        auto *set = new QBarSet(Points::gradeName(grades.at(i)));
        for (qsizetype j = 0; j < grades.size(); ++j)
            set->append(i == j ? double(m_counts.at(i)) : 0.0);
        set->setColor(DashboardPalette::grade(grades.at(i)));
        set->setBorderColor(DashboardPalette::grade(grades.at(i)));
        set->setLabelColor(QColor(0x1d, 0x2b, 0x3a));
        series->append(set);
        // The names only: "不合格 1,042" does not fit a fifth of a third of the page; the counts
        // are in the Grades tile and this chart's tooltip.
        labels.append(Points::gradeName(grades.at(i)));
        most = std::max(most, m_counts.at(i));
    }
    series->setBarWidth(0.6);
    QChart *c = chart();
    c->removeAllSeries();
    for (auto *axis : c->axes())
        c->removeAxis(axis);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
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
    const qint64 year = unit.counts.value(QStringLiteral("points.year"));
    const qint64 scored = unit.counts.value(QStringLiteral("points.scored"));
    // The average goes to the tooltip (and has its own tile): with it the title is cut off.
    c->setTitle(tr("Scorecards of %1 by grade (%n chamber(s))", nullptr, int(scored)).arg(year));
    QStringList counts;
    for (qsizetype i = 0; i < grades.size(); ++i)
        counts.append(QStringLiteral("%1 %2").arg(Points::gradeName(grades.at(i)), QLocale().toString(m_counts.at(i))));
    QString tip = counts.join(QStringLiteral(" · "));
    if (const auto it = unit.values.constFind(QStringLiteral("points.average")); it != unit.values.cend())
        tip += QStringLiteral(" · ") + tr("average %1").arg(*it, 0, 'f', 2);
    setToolTip(tip + QLatin1Char('\n')
               + tr("Grades by the year's thresholds (default ≥ 90 优秀, ≥ 75 良好, ≥ 60 合格, else 不合格); a veto gives 否决."));
    return true;
}

} // namespace chamber
