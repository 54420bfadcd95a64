// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Member.h"
#include "RecordDialog.h"

#include <memory>

namespace Ui {
class MemberForm;
}

namespace chamber {

// Edits one member (会员) on a chamber's member list: firm or person, role, joining and leaving.
class MemberDialog : public RecordDialog
{
    Q_OBJECT
public:
    MemberDialog(Workspace &workspace, const Member &record, QWidget *parent = nullptr);
    ~MemberDialog() override;
    Member record() const;

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::MemberForm> m_ui;
    Member m_original;
    Member m_initial;  // as the form first showed it
};

} // namespace chamber
