// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardService.h"
#include "GapListModel.h"

#include <QHash>
#include <QTabWidget>

class QTableView;

namespace chamber {

class UnitStatsModel;

// The dashboard's tables: the units below the scope (click a row to drill down) and the gap
// lists — townships without a chamber, chambers ready to register, chambers without a Party
// organisation, cases open past 60 days (double-click a row to go to its township) — each
// exportable as CSV or XLSX.
class GapTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit GapTabs(QWidget *parent = nullptr);
    void setData(const DashboardData &dashboard, const QHash<QString, QString> &countyNames);
    QTableView *unitsView() const { return m_unitsView; }
    GapListModel *list(GapListModel::Kind kind) const;
    int tabOf(GapListModel::Kind kind) const;

signals:
    void divisionClicked(const QString &code);

private:
    QTableView *addTable(QAbstractItemModel *model);
    void exportCurrent();

    UnitStatsModel *m_units;
    QTableView *m_unitsView;
    QList<GapListModel *> m_lists;  // tabs 1…, in Kind order
};

} // namespace chamber
