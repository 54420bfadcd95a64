// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitBarChart.h"

#include "DashboardPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace chamber {

namespace {
qint64 sortKey(const Rate &rate)
{
    return rate.basisPoints().value_or(-1);
}

double percent(const Rate &rate)
{
    return rate.value().value_or(0.0) * 100.0;
}
} // namespace

UnitBarChart::UnitBarChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("unitBarChart"));
    setRenderHint(QPainter::Antialiasing);
    setChart(new QChart);
    DashboardPalette::style(chart());
}

void UnitBarChart::setUnits(const QList<UnitStats> &units, DivisionLevel level)
{
    m_units = units;
    // Ascending, because a horizontal bar series draws its first category at the bottom.
    std::stable_sort(m_units.begin(), m_units.end(), [](const UnitStats &a, const UnitStats &b) {
        if (sortKey(a.coverage) != sortKey(b.coverage))
            return sortKey(a.coverage) < sortKey(b.coverage);
        if (sortKey(a.registration) != sortKey(b.registration))
            return sortKey(a.registration) < sortKey(b.registration);
        return a.unit.code > b.unit.code;
    });

    auto *coverage = new QBarSet(tr("Chamber coverage"));
    auto *registration = new QBarSet(tr("Registration rate"));
    coverage->setColor(DashboardPalette::coverage());
    coverage->setBorderColor(DashboardPalette::coverage());
    registration->setColor(DashboardPalette::registration());
    registration->setBorderColor(DashboardPalette::registration());
    QStringList names;
    for (const auto &u : std::as_const(m_units)) {
        coverage->append(percent(u.coverage));
        registration->append(percent(u.registration));
        names.append(u.unit.name);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(registration);
    series->append(coverage);  // the second set is drawn above the first within a category
    series->setBarWidth(0.8);
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) { emit unitClicked(codeAt(index)); });
    connect(series, &QHorizontalBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) { hovered(set, status, index); });

    QChart *c = chart();
    c->removeAllSeries();
    for (auto *axis : c->axes())
        c->removeAxis(axis);
    c->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setLabelsColor(QColor(0x1d, 0x2b, 0x3a));
    c->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%d%"));
    values->setLabelsColor(DashboardPalette::muted());
    c->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    c->legend()->setAlignment(Qt::AlignTop);
    c->legend()->setReverseMarkers(true);
    QString unitWord;
    switch (level) {
    case DivisionLevel::City: unitWord = tr("Coverage and registration by city"); break;
    case DivisionLevel::County: unitWord = tr("Coverage and registration by county"); break;
    default: unitWord = tr("Coverage and registration by township"); break;
    }
    c->setTitle(unitWord);
    // Room for every unit's name in full: the chart grows with the units and the page scrolls.
    setMinimumHeight(heightFor(int(m_units.size())));
    setToolTip(tr("Click a unit's bar to see its dashboard."));
}

int UnitBarChart::rowHeight() const
{
    // Qt Charts elides a category label unless the category is at least the label's height plus
    // twice its padding tall: the CJK font's line plus room around it.
    const QFontMetrics fm(chart()->font());
    return std::max(24, fm.height() + 12);
}

int UnitBarChart::heightFor(int units) const
{
    // Title, legend, the value axis and the margins, measured in lines of the chart's font; then
    // one row a unit, plus one: the axis divides its height by the categories and one more.
    const QFontMetrics fm(chart()->font());
    const int frame = 4 * fm.height() + 64;
    return std::max(300, frame + rowHeight() * (units + 1));
}

QStringList UnitBarChart::unitNamesTopDown() const
{
    QStringList out;
    for (auto it = m_units.crbegin(); it != m_units.crend(); ++it)
        out.append(it->unit.name);
    return out;
}

QString UnitBarChart::codeAt(int barIndex) const
{
    return barIndex >= 0 && barIndex < m_units.size() ? m_units.at(barIndex).unit.code : QString();
}

void UnitBarChart::hovered(QBarSet *set, bool status, int index)
{
    if (!status || index < 0 || index >= m_units.size()) {
        QToolTip::hideText();
        return;
    }
    const UnitStats &u = m_units.at(index);
    const bool isCoverage = set->label() == tr("Chamber coverage");
    QToolTip::showText(QCursor::pos(), QStringLiteral("%1 — %2 %3").arg(u.unit.name, set->label(),
                                                                       (isCoverage ? u.coverage : u.registration).fullText()),
                       this);
}

} // namespace chamber
