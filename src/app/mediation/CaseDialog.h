// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseLifecycle.h"
#include "Mediation.h"
#include "RecordDialog.h"

#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class CaseForm;
}

namespace chamber {

class OptionalDateEdit;
class StatusChangeBox;

// Edits one mediation case (调解案件) as its paper file holds it: the dispute, the settlement, the
// follow-up visit. A new case may be entered at the status its file shows; a saved one moves by
// dated steps (received → mediating → settled | failed | referred, or reopened with a reason).
class CaseDialog : public RecordDialog
{
    Q_OBJECT
public:
    CaseDialog(Workspace &workspace, const MediationCase &record, QWidget *parent = nullptr);
    ~CaseDialog() override;
    MediationCase record() const;
    StatusChangeBox *statusBox() const { return m_status; }

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    void showStatus();
    void updateSections();
    Problems inputProblems() const;

    std::unique_ptr<Ui::CaseForm> m_ui;
    StatusChangeBox *m_status = nullptr;
    QComboBox *m_entryStatus = nullptr;      // new cases: the status the file shows
    OptionalDateEdit *m_entryClosed = nullptr;
    QLabel *m_history = nullptr;
    MediationCase m_original;
    MediationCase m_initial;
};

} // namespace chamber
