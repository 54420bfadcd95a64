// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scorecard.h"

#include <QAbstractTableModel>
#include <QHash>

namespace chamber {

class Workspace;

// The year's scorecards (积分卡), one row per chamber: a column per scoring category (subtotal
// after caps), the total, the rank in the county, the grade and award eligibility — the table
// the annual report prints, computed from approved entries only.
class ScorecardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum FixedColumn { TownshipColumn, ChamberColumn, FirstCategoryColumn };
    enum Role { ChamberIdRole = Qt::UserRole + 1, TotalTenthsRole };

    explicit ScorecardModel(QObject *parent = nullptr);
    // Computes the year's cards from the database (empty when the year is not started), of the
    // chambers under divisionPrefix (empty: all). Ranks are within a county, so a county's cards
    // rank as they do among all.
    void load(Workspace &workspace, int year, const QString &divisionPrefix = {});
    const QList<Scorecard> &scorecards() const { return m_cards; }
    const Scorecard *cardOf(qint64 chamberId) const;
    // Columns after the categories: total, rank, grade, eligibility.
    int totalColumn() const { return FirstCategoryColumn + int(m_categories.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Scorecard> m_cards;
    QList<PointsCategory> m_categories;
    QHash<qint64, ScoredChamber> m_chambers;
    QHash<qint64, QString> m_townships;
};

} // namespace chamber
