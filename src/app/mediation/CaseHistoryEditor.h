// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once


#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace chamber {

class Session;

class HistoryEntryDialog;

// A mediation case's dated status changes, with buttons that correct or delete the selected one
// (HistoryCorrections), each with its reason; the case and every figure follow.
class CaseHistoryEditor : public QGroupBox
{
    Q_OBJECT
public:
    CaseHistoryEditor(Session &session, qint64 caseId, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *deleteButton() const { return m_delete; }
    // Selects the change by its entry number.
    bool selectEntry(qint64 id);
    HistoryEntryDialog *correctSelected();
    HistoryEntryDialog *deleteSelected();

signals:
    void corrected();

private:
    qint64 selectedId() const;
    void updateButtons();
    HistoryEntryDialog *openDialog(bool correcting);

    Session &m_session;
    qint64 m_caseId;
    QTableWidget *m_table;
    QPushButton *m_correct;
    QPushButton *m_delete;
};

} // namespace chamber
