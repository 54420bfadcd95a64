// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PointsService.h"
#include "RecordTableModel.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace chamber {

class RecordListPanel;
class Workspace;

// The entries of a year (积分申报) and their approval: drafts are entered and edited, submitted,
// then approved or sent back with a reason; only approved entries count in the scorecards.
// Paged from SQL, narrowed by status, division and chamber text.
class PointsEntriesPanel : public QWidget
{
    Q_OBJECT
public:
    PointsEntriesPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setYear(int year, bool published);
    void setDivision(const QString &prefix);
    void reload();
    void refresh();
    RecordTableModel<PointsEntryRow> *model() const { return m_model; }
    RecordListPanel *panel() const { return m_panel; }
    QComboBox *statusFilter() const { return m_status; }
    void focusSearch();
    void createEntry();
    // The selected entry's id (0: none).
    qint64 selectedId() const;
    // The approval steps on the selected entry; each reports a refusal in a message box.
    void submitSelected();
    void approveSelected();
    void rejectSelected(const QString &reason = {});
    void deleteSelected();

signals:
    // Entries changed in a way that changes the scorecards (approved, or taken back).
    void scoresChanged();

private:
    PointsEntryQuery query() const;
    void updateButtons();
    void act(const Status &done, qint64 id);

    Workspace &m_workspace;
    RecordTableModel<PointsEntryRow> *m_model;
    RecordListPanel *m_panel;
    QComboBox *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_delete;
    int m_year = 0;
    bool m_published = false;
    QString m_division;
};

} // namespace chamber
