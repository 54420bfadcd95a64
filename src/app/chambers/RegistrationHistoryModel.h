// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Registration.h"

#include <QAbstractTableModel>

namespace chamber {

// One chamber's registration history, oldest first: date, status, credit code, note.
class RegistrationHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, StatusColumn, CreditCodeColumn, NoteColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, StatusRole };

    explicit RegistrationHistoryModel(QObject *parent = nullptr);
    void setHistory(const QList<RegistrationEvent> &history);
    const QList<RegistrationEvent> &history() const { return m_history; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RegistrationEvent> m_history;
};

} // namespace chamber
