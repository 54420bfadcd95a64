// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationHistoryModel.h"

#include "Dates.h"

#include <QLocale>

namespace chamber {

RegistrationHistoryModel::RegistrationHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void RegistrationHistoryModel::setHistory(const QList<RegistrationEvent> &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

int RegistrationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int RegistrationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegistrationEvent &e = m_history.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case DateColumn: return dates::toText(e.date);
        case StatusColumn: return Registrations::statusName(e.status);
        case CreditCodeColumn: return e.creditCode;
        case NoteColumn: return e.note;
        case ColumnCount: break;
        }
    }
    if (role == EventIdRole)
        return e.id;
    if (role == StatusRole)
        return int(e.status);
    return {};
}

QVariant RegistrationHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn: return tr("Date");
    case StatusColumn: return tr("Status");
    case CreditCodeColumn: return tr("Credit code");
    case NoteColumn: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}

} // namespace chamber
