// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapTabs.h"

#include "ListExport.h"
#include "Theme.h"
#include "UnitStatsModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolButton>

namespace chamber {

namespace {
constexpr GapListModel::Kind kKinds[] = {GapListModel::Kind::Townships, GapListModel::Kind::ReadyToRegister,
                                         GapListModel::Kind::WithoutParty, GapListModel::Kind::OverdueCases};

QString fileName(GapListModel::Kind kind)
{
    switch (kind) {
    case GapListModel::Kind::Townships: return GapTabs::tr("townships-without-chamber");
    case GapListModel::Kind::ReadyToRegister: return GapTabs::tr("ready-to-register");
    case GapListModel::Kind::WithoutParty: return GapTabs::tr("without-party-organisation");
    case GapListModel::Kind::OverdueCases: return GapTabs::tr("cases-open-past-60-days");
    }
    return {};
}
} // namespace

GapTabs::GapTabs(QWidget *parent) : QTabWidget(parent), m_units(new UnitStatsModel(this))
{
    setObjectName(QStringLiteral("gapTabs"));
    m_unitsView = addTable(m_units);
    // Its figures are right-aligned: a stretched last column would put the registration rate at
    // the far right, away from its heading.
    m_unitsView->horizontalHeader()->setStretchLastSection(false);
    m_unitsView->setToolTip(tr("Click a unit to see its dashboard."));
    connect(m_unitsView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { emit divisionClicked(index.data(UnitStatsModel::CodeRole).toString()); });
    for (auto kind : kKinds) {
        auto *model = new GapListModel(kind, this);
        m_lists.append(model);
        QTableView *view = addTable(model);
        connect(view, &QTableView::doubleClicked, this,
                [this](const QModelIndex &index) { emit divisionClicked(index.data(GapListModel::CodeRole).toString()); });
    }
    setTabToolTip(tabOf(GapListModel::Kind::Townships),
                  tr("Townships counted in coverage with no active chamber on the date. Double-click to go to one."));
    setTabToolTip(tabOf(GapListModel::Kind::ReadyToRegister),
                  tr("Chambers not registered on the date whose record meets every registration condition "
                     "(members, name and organs, premises, staff, funds, liability)."));
    setTabToolTip(tabOf(GapListModel::Kind::WithoutParty), tr("Chambers existing on the date with no Party organisation founded by it."));
    setTabToolTip(tabOf(GapListModel::Kind::OverdueCases),
                  tr("Mediation cases received more than 60 days before the date and still received or mediating on it."));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export list…"));
    exportButton->setAutoRaise(true);
    exportButton->setToolTip(tr("Write the list in view as CSV or XLSX."));
    connect(exportButton, &QToolButton::clicked, this, &GapTabs::exportCurrent);
    setCornerWidget(exportButton, Qt::TopRightCorner);
    setMinimumHeight(320);
}

GapListModel *GapTabs::list(GapListModel::Kind kind) const
{
    for (auto *model : m_lists)
        if (model->kind() == kind)
            return model;
    return nullptr;
}

int GapTabs::tabOf(GapListModel::Kind kind) const
{
    return int(m_lists.indexOf(list(kind))) + 1;
}

QTableView *GapTabs::addTable(QAbstractItemModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    Theme::setUpTable(view);
    view->horizontalHeader()->setStretchLastSection(true);
    addTab(view, QString());
    return view;
}

void GapTabs::setData(const DashboardData &dashboard, const QHash<QString, QString> &countyNames)
{
    m_units->setUnits(dashboard.stats.units);
    for (auto *model : std::as_const(m_lists))
        model->setGaps(dashboard.gaps, countyNames);
    const bool hasUnits = !dashboard.stats.units.isEmpty();
    setTabVisible(0, hasUnits);
    const QString units = dashboard.stats.unitLevel == DivisionLevel::City     ? tr("Cities (%1)")
                          : dashboard.stats.unitLevel == DivisionLevel::County ? tr("Counties (%1)")
                                                                          : tr("Townships (%1)");
    setTabText(0, units.arg(dashboard.stats.units.size()));
    auto rows = [this](GapListModel::Kind kind) { return list(kind)->rowCount(); };
    setTabText(tabOf(GapListModel::Kind::Townships), tr("Townships without a chamber (%1)").arg(rows(GapListModel::Kind::Townships)));
    setTabText(tabOf(GapListModel::Kind::ReadyToRegister), tr("Ready to register (%1)").arg(rows(GapListModel::Kind::ReadyToRegister)));
    setTabText(tabOf(GapListModel::Kind::WithoutParty), tr("Without a Party organisation (%1)").arg(rows(GapListModel::Kind::WithoutParty)));
    setTabText(tabOf(GapListModel::Kind::OverdueCases), tr("Cases open past 60 days (%1)").arg(rows(GapListModel::Kind::OverdueCases)));
    if (!hasUnits && currentIndex() == 0)
        setCurrentIndex(1);
    for (int i = 0; i < count(); ++i)
        if (auto *view = qobject_cast<QTableView *>(widget(i)))
            view->resizeColumnsToContents();
}

void GapTabs::exportCurrent()
{
    const int index = currentIndex();
    if (index == 0) {
        ListTable table;
        table.title = tabText(index);
        for (int c = 0; c < m_units->columnCount(); ++c)
            table.headers.append(m_units->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < m_units->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < m_units->columnCount(); ++c)
                row.append(m_units->index(r, c).data().toString());
            table.rows.append(row);
        }
        ListExport::exportWithDialog(this, table, tr("dashboard-units"));
        return;
    }
    GapListModel *model = m_lists.value(index - 1);
    if (model)
        ListExport::exportWithDialog(this, model->table(tabText(index)), fileName(model->kind()));
}

} // namespace chamber
