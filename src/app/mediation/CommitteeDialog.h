// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoundRecordDialog.h"
#include "Mediation.h"

#include <memory>

namespace Ui {
class CommitteeForm;
}

namespace chamber {

// Edits a chamber's mediation committee (调解组织): name, founded date, mediators in post; its
// form is bound to the committee's description.
class CommitteeDialog : public BoundRecordDialog<MediationCommittee>
{
    Q_OBJECT
public:
    CommitteeDialog(Workspace &workspace, const MediationCommittee &record, QWidget *parent = nullptr);
    ~CommitteeDialog() override;

protected:
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::CommitteeForm> m_ui;
};

} // namespace chamber
