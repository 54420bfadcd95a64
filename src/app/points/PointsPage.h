// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "Points.h"
#include "RecordTableModel.h"
#include "Result.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace chamber {

class PageHeader;
class PointsEntriesPanel;
class PointsRulesPanel;
class RecordListPanel;
class ScorecardModel;

// 微积分: one year of micro-points at a time — its scorecards (from approved entries), the entries
// and their approval, the year's rules and vetoes; starting a year (as a copy of the last) and
// reopening a published one with a reason.
class PointsPage : public Page
{
    Q_OBJECT
public:
    explicit PointsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("points"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    bool canCreate() const override;
    void createRecord() override;

    int year() const;
    bool selectYear(int year);
    ScorecardModel *scorecards() const { return m_scorecards; }
    PointsEntriesPanel *entries() const { return m_entries; }
    RecordTableModel<PointsRule> *rules() const { return m_rules; }
    RecordTableModel<Veto> *vetoes() const { return m_vetoes; }
    QTabWidget *tabs() const { return m_tabs; }
    PointsRulesPanel *rulesPanel() const { return m_rulesPanel; }
    QLabel *scorecardState() const { return m_scoreState; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *reopenButton() const { return m_reopen; }

    // Publishes the year in view dated issueDate, as `chamberctl points publish` does: every
    // county's report is kept as published and the year's rules and entries freeze. Refusals
    // come back (nothing is shown); the page shows the year as it now stands.
    Status publishYear(const QDate &issueDate);
    // Opens the published year in view for corrections; the reason is kept in its history.
    Status reopenYear(const QString &reason);

private:
    void layOutScorecards();
    void fillYears();
    void showYear();
    void startYear();
    void askPublish();
    void askReopen();
    void editRule(const PointsRule &rule);
    void addVeto();

    PageHeader *m_header;
    QComboBox *m_year;
    QPushButton *m_start;
    QPushButton *m_publish;
    QPushButton *m_reopen;
    QTabWidget *m_tabs;
    ScorecardModel *m_scorecards;
    QTableView *m_scorecardView;
    PointsEntriesPanel *m_entries;
    RecordTableModel<PointsRule> *m_rules;
    RecordListPanel *m_rulePanel;
    RecordTableModel<Veto> *m_vetoes;
    RecordListPanel *m_vetoPanel;
    PointsRulesPanel *m_rulesPanel;
    QLabel *m_scoreState;
    QList<PointsRule> m_ruleRows;
    QList<Veto> m_vetoRows;
    Problems m_readProblems;  // of the year's reads: the lists show the error instead of rows
    QHash<qint64, QString> m_categoryNames;
    QHash<qint64, QString> m_chamberNames;
    bool m_published = false;
    int m_generation = 0;
};

} // namespace chamber
