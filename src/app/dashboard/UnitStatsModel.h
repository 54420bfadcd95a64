// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

#include <QAbstractTableModel>

namespace chamber {

// The figures of each unit below the scope (townships of a county, counties of a city …), with
// every rate showing its numerator and denominator.
class UnitStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UnitColumn, TownshipsColumn, ChambersColumn, CoverageColumn, RegistrationColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit UnitStatsModel(QObject *parent = nullptr);
    void setUnits(const QList<UnitStats> &units);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UnitStats> m_units;
};

} // namespace chamber
