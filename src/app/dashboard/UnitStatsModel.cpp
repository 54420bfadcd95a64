// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitStatsModel.h"

#include <QLocale>

namespace chamber {

UnitStatsModel::UnitStatsModel(QObject *parent) : QAbstractTableModel(parent) {}

void UnitStatsModel::setUnits(const QList<UnitStats> &units)
{
    beginResetModel();
    m_units = units;
    endResetModel();
}

int UnitStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitStats &u = m_units.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case UnitColumn: return u.unit.name;
        case TownshipsColumn: return QLocale().toString(u.townships);
        case ChambersColumn: return QLocale().toString(u.chambers);
        case CoverageColumn: return u.coverage.fullText();
        case RegistrationColumn: return u.registration.fullText();
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == CoverageColumn)
            return tr("Chamber coverage = townships with at least one active chamber ÷ townships counted.");
        if (column == RegistrationColumn)
            return tr("Registration rate = registered chambers ÷ chambers.");
    }
    if (role == Qt::TextAlignmentRole && column != UnitColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == CodeRole)
        return u.unit.code;
    return {};
}

QVariant UnitStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UnitColumn: return tr("Unit");
    case TownshipsColumn: return tr("Townships");
    case ChambersColumn: return tr("Chambers");
    case CoverageColumn: return tr("Chamber coverage");
    case RegistrationColumn: return tr("Registration rate");
    case ColumnCount: break;
    }
    return {};
}

} // namespace chamber
