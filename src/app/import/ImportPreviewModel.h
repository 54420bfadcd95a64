// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"

#include <QAbstractTableModel>

namespace chamber {

// The preview of an import, one row per ledger record: its sheet row, township, chamber, what the
// import will do, the fields that change and the problems found (row, column, value, expected).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, TownshipColumn, ChamberColumn, ActionColumn, ChangesColumn, ProblemsColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1, HasProblemsRole };

    explicit ImportPreviewModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // The plan shown; nullptr shows nothing. The plan must outlive the model's use of it.
    void setPlan(const ImportPlan *plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString changesText(const PlannedRow &row);
    static QString problemsText(const PlannedRow &row);
    // "Error: ", "Held back, to verify: " …: how the problem affects the import.
    static QString kindText(const ImportProblem &problem);
    // The problem shown in the row: why it is refused, else what is held back, else doubted.
    static const ImportProblem *leadProblem(const PlannedRow &row);

private:
    const ImportPlan *m_plan = nullptr;
};

} // namespace chamber
