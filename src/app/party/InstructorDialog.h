// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Party.h"
#include "RecordDialog.h"

#include <memory>

namespace Ui {
class InstructorForm;
}

namespace chamber {

// Edits one Party instructor (党建工作指导员) assigned to a chamber.
class InstructorDialog : public RecordDialog
{
    Q_OBJECT
public:
    InstructorDialog(Workspace &workspace, const PartyInstructor &instructor, QWidget *parent = nullptr);
    ~InstructorDialog() override;
    PartyInstructor record() const;

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::InstructorForm> m_ui;
    PartyInstructor m_original;
    PartyInstructor m_initial;  // as the form first showed it
};

} // namespace chamber
