// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PointsService.h"
#include "RecordTableModel.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;

namespace chamber {

class RecordListPanel;
class ScorecardModel;
class Workspace;

// The chamber editor's 微积分 tab: for one chamber and a chosen year, its scorecard as the
// micro-points page computes it (category subtotals, total, rank in the county, grade, veto,
// award eligibility) and its entries of the year with their status — read only: entries are
// made and approved on the micro-points page.
class ChamberPointsTab : public QWidget
{
    Q_OBJECT
public:
    ChamberPointsTab(Workspace &workspace, QWidget *parent = nullptr);

    // 0: a new chamber, not saved yet; the tab is disabled.
    void setChamberId(qint64 id);
    int year() const;
    bool selectYear(int year);
    QComboBox *yearCombo() const { return m_year; }
    // The chamber's card for the year in view; null when it is not scored that year.
    const Scorecard *card() const;
    QLabel *totalLabel() const { return m_total; }
    RecordTableModel<PointsEntryRow> *entries() const { return m_entries; }

private:
    void fillYears();
    void showYear();
    void showCard();
    // The text of the card's row in the scorecard model at a column: formatted as the page shows it.
    QString cell(int row, int column, int role = Qt::DisplayRole) const;

    Workspace &m_workspace;
    qint64 m_chamberId = 0;
    QString m_county;  // the chamber's county code: its rank is among the county's chambers
    QComboBox *m_year;
    QLabel *m_state;
    QGroupBox *m_cardBox;
    QFormLayout *m_categoryForm;
    QLabel *m_total;
    QLabel *m_rank;
    QLabel *m_grade;
    QLabel *m_eligible;
    QLabel *m_veto;
    ScorecardModel *m_scorecards;
    RecordTableModel<PointsEntryRow> *m_entries;
    RecordListPanel *m_entryPanel;
};

} // namespace chamber
