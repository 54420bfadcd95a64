// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoundRecordDialog.h"
#include "Member.h"

#include <memory>

namespace Ui {
class MemberForm;
}

namespace chamber {

// Edits one member (会员) on a chamber's member list: firm or person, role, joining and leaving;
// its form is bound to the member's description.
class MemberDialog : public BoundRecordDialog<Member>
{
    Q_OBJECT
public:
    MemberDialog(Workspace &workspace, const Member &record, QWidget *parent = nullptr);
    ~MemberDialog() override;
    Member record() const override;

protected:
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::MemberForm> m_ui;
};

} // namespace chamber
