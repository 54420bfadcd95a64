// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GapLists.h"
#include "ListExport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace chamber {

// One of the dashboard's gap lists as a table. Every row knows the township it belongs to
// (CodeRole), so that a double-click drills down to it; table() gives the rows for export.
class GapListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Townships, ReadyToRegister, WithoutParty, OverdueCases };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit GapListModel(Kind kind, QObject *parent = nullptr);
    Kind kind() const { return m_kind; }
    // countyNames: county code → name, for the county column of region-scale lists.
    void setGaps(const Gaps &gaps, const QHash<QString, QString> &countyNames);
    ListTable table(const QString &title) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList headers() const;
    Kind m_kind;
    QList<QStringList> m_rows;
    QStringList m_codes;
    QStringList m_tips;
};

} // namespace chamber
