// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardService.h"

#include <QHash>
#include <QTabWidget>

class QTableView;

namespace chamber {

class GapListModel;
class UnitStatsModel;

// The dashboard's tables: the units below the scope (click a row to drill down) and the gap
// lists (double-click a row to go to its township), each exportable as CSV or XLSX.
class GapTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit GapTabs(QWidget *parent = nullptr);
    void setData(const DashboardData &data, const QHash<QString, QString> &countyNames);
    QTableView *unitsView() const { return m_unitsView; }
    GapListModel *townships() const { return m_townships; }
    GapListModel *ready() const { return m_ready; }

signals:
    void divisionClicked(const QString &code);

private:
    QTableView *addTable(QAbstractItemModel *model, const QString &title);
    void exportCurrent();

    UnitStatsModel *m_units;
    GapListModel *m_townships;
    GapListModel *m_ready;
    QTableView *m_unitsView;
    int m_unitsTab = 0;
    int m_townshipsTab = 0;
    int m_readyTab = 0;
};

} // namespace chamber
