// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scorecard.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace chamber {

class Workspace;

// The year's scorecards (积分卡), one row per chamber: a column per scoring category (subtotal
// after caps), the total, the rank in the county, the grade and award eligibility — the table
// the annual report prints, computed from approved entries only. A published year shows the
// published figures instead, read from its publication as the Reports page reads them, so that
// the table is the published report's; an open year's cards are a draft.
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
    // Whether the cards are the published ones (the year is published), and when it was issued.
    bool isPublished() const { return m_published; }
    const QDate &issueDate() const { return m_issueDate; }
    // Why a published year's cards could not be read (the table is then empty); else empty.
    const QString &error() const { return m_error; }
    // "已发布 …" or "草稿 …", for the label above a scorecard.
    QString stateText(int year) const;
    const QList<Scorecard> &scorecards() const { return m_cards; }
    const Scorecard *cardOf(qint64 chamberId) const;
    // Columns after the categories: total, rank, grade, eligibility.
    int totalColumn() const { return FirstCategoryColumn + int(m_categories.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void loadPublished(Workspace &workspace, int year, const QString &divisionPrefix);

    QList<Scorecard> m_cards;
    QList<PointsCategory> m_categories;
    QHash<qint64, QString> m_names;
    QHash<qint64, QString> m_townships;
    bool m_published = false;
    QDate m_issueDate;
    QString m_error;
};

} // namespace chamber
