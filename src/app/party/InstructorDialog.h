// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoundRecordDialog.h"
#include "Party.h"

#include <memory>

namespace Ui {
class InstructorForm;
}

namespace chamber {

// Edits one Party instructor (党建工作指导员) assigned to a chamber; its form is bound to the
// instructor's description.
class InstructorDialog : public BoundRecordDialog<PartyInstructor>
{
    Q_OBJECT
public:
    InstructorDialog(Workspace &workspace, const PartyInstructor &instructor, QWidget *parent = nullptr);
    ~InstructorDialog() override;

protected:
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::InstructorForm> m_ui;
};

} // namespace chamber
