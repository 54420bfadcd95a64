// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MediationCaseService.h"
#include "MediationService.h"
#include "Page.h"
#include "RecordTableModel.h"

class QComboBox;
class QTabWidget;

namespace chamber {

struct ChangeEvent;
struct ListTable;

class DivisionCombo;
class PageHeader;
class RecordListPanel;

// 调解 (商人纠纷商人解): the mediation cases of the scope — searched, narrowed by status, dispute
// type, year and division, paged from SQL — with new/edit/delete through the case editor, and
// the chambers' mediation committees.
class MediationPage : public Page
{
    Q_OBJECT
public:
    explicit MediationPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("mediation"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    bool followsRecordChanges() const override { return true; }
    bool canCreate() const override;
    void createRecord() override;
    bool canDelete() const override;
    void deleteSelected() override;
    bool canSearch() const override { return true; }
    void focusSearch() override;

    RecordTableModel<Listed<MediationCase>> *cases() const { return m_cases; }
    RecordTableModel<Listed<MediationCommittee>> *committees() const { return m_committees; }
    RecordListPanel *casePanel() const { return m_casePanel; }
    RecordListPanel *committeePanel() const { return m_committeePanel; }
    QTabWidget *tabs() const { return m_tabs; }
    // The list of the tab in view as filtered, as Export and Print write it.
    ListTable exportTable() const;
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *yearFilter() const { return m_year; }
    DivisionCombo *divisionFilter() const { return m_division; }
    CaseQuery caseQuery() const;
    void editCase(qint64 id);

private:
    void recordsChanged(const QList<ChangeEvent> &changes);
    void updateSubtitle();
    // Where the lists are narrowed to: the division chosen, else the whole scope.
    QString place() const;

    PageHeader *m_header;
    DivisionCombo *m_division;
    QComboBox *m_status;
    QComboBox *m_dispute;
    QComboBox *m_year;
    QTabWidget *m_tabs;
    RecordTableModel<Listed<MediationCase>> *m_cases;
    RecordTableModel<Listed<MediationCommittee>> *m_committees;
    RecordListPanel *m_casePanel;
    RecordListPanel *m_committeePanel;
    int m_generation = 0;
};

} // namespace chamber
