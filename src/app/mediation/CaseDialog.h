// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseLifecycle.h"
#include "Mediation.h"
#include "BoundRecordDialog.h"

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
// Its form is bound to the case's description; the status is the entry box's (a new case) or moves
// only by the steps of its box.
class CaseDialog : public BoundRecordDialog<MediationCase>
{
    Q_OBJECT
public:
    CaseDialog(Workspace &workspace, const MediationCase &record, QWidget *parent = nullptr);
    ~CaseDialog() override;
    MediationCase record() const override;
    StatusChangeBox *statusBox() const { return m_status; }

protected:
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    void showStatus();
    void updateSections();

    std::unique_ptr<Ui::CaseForm> m_ui;
    StatusChangeBox *m_status = nullptr;
    QComboBox *m_entryStatus = nullptr;      // new cases: the status the file shows
    OptionalDateEdit *m_entryClosed = nullptr;
    QLabel *m_history = nullptr;
};

} // namespace chamber
