// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapTabs.h"

#include "GapListModel.h"
#include "ListExport.h"
#include "Theme.h"
#include "UnitStatsModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolButton>

namespace chamber {

GapTabs::GapTabs(QWidget *parent)
    : QTabWidget(parent), m_units(new UnitStatsModel(this)), m_townships(new GapListModel(GapListModel::Kind::Townships, this)),
      m_ready(new GapListModel(GapListModel::Kind::ReadyToRegister, this))
{
    setObjectName(QStringLiteral("gapTabs"));
    m_unitsView = addTable(m_units, QString());
    m_unitsView->setToolTip(tr("Click a unit to see its dashboard."));
    connect(m_unitsView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { emit divisionClicked(index.data(UnitStatsModel::CodeRole).toString()); });
    m_unitsTab = 0;
    for (auto *model : {m_townships, m_ready}) {
        QTableView *view = addTable(model, QString());
        connect(view, &QTableView::doubleClicked, this,
                [this](const QModelIndex &index) { emit divisionClicked(index.data(GapListModel::CodeRole).toString()); });
    }
    m_townshipsTab = 1;
    m_readyTab = 2;
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export list…"));
    exportButton->setAutoRaise(true);
    exportButton->setToolTip(tr("Write the list in view as CSV or XLSX."));
    connect(exportButton, &QToolButton::clicked, this, &GapTabs::exportCurrent);
    setCornerWidget(exportButton, Qt::TopRightCorner);
    setMinimumHeight(320);
}

QTableView *GapTabs::addTable(QAbstractItemModel *model, const QString &title)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    Theme::setUpTable(view);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setCursor(Qt::PointingHandCursor);
    addTab(view, title);
    return view;
}

void GapTabs::setData(const DashboardData &data, const QHash<QString, QString> &countyNames)
{
    m_units->setUnits(data.stats.units);
    m_townships->setGaps(data.gaps, countyNames);
    m_ready->setGaps(data.gaps, countyNames);
    const bool hasUnits = !data.stats.units.isEmpty();
    setTabVisible(m_unitsTab, hasUnits);
    const QString units = data.stats.unitLevel == DivisionLevel::City     ? tr("Cities (%1)")
                          : data.stats.unitLevel == DivisionLevel::County ? tr("Counties (%1)")
                                                                          : tr("Townships (%1)");
    setTabText(m_unitsTab, units.arg(data.stats.units.size()));
    setTabText(m_townshipsTab, tr("Townships without a chamber (%1)").arg(m_townships->rowCount()));
    setTabText(m_readyTab, tr("Ready to register (%1)").arg(m_ready->rowCount()));
    setTabToolTip(m_townshipsTab, tr("Townships counted in coverage with no active chamber on the date. Double-click to go to one."));
    setTabToolTip(m_readyTab, tr("Chambers not registered on the date whose record meets every registration condition "
                                 "(members, name and organs, premises, staff, funds, liability)."));
    if (!hasUnits && currentIndex() == m_unitsTab)
        setCurrentIndex(m_townshipsTab);
    for (int i = 0; i < count(); ++i)
        if (auto *view = qobject_cast<QTableView *>(widget(i)))
            view->resizeColumnsToContents();
}

void GapTabs::exportCurrent()
{
    const int index = currentIndex();
    if (index == m_unitsTab) {
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
        ListExport::exportWithDialog(this, table, QStringLiteral("dashboard-units"));
        return;
    }
    GapListModel *model = index == m_townshipsTab ? m_townships : m_ready;
    ListExport::exportWithDialog(this, model->table(tabText(index)),
                                 index == m_townshipsTab ? QStringLiteral("townships-without-chamber") : QStringLiteral("ready-to-register"));
}

} // namespace chamber
