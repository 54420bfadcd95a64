// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Mediation.h"
#include "RecordDialog.h"

#include <memory>

namespace Ui {
class CommitteeForm;
}

namespace chamber {

// Edits a chamber's mediation committee (调解组织): name, founded date, mediators in post.
class CommitteeDialog : public RecordDialog
{
    Q_OBJECT
public:
    CommitteeDialog(Workspace &workspace, const MediationCommittee &record, QWidget *parent = nullptr);
    ~CommitteeDialog() override;
    MediationCommittee record() const;

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::CommitteeForm> m_ui;
    MediationCommittee m_original;
    MediationCommittee m_initial;  // as the form first showed it
};

} // namespace chamber
