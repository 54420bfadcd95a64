// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Points.h"
#include "RecordDialog.h"

#include <memory>

namespace Ui {
class VetoForm;
}

namespace chamber {

// Records a veto (一票否决) against a chamber for a year: the date and the reason. A veto is kept
// or removed, never edited.
class VetoDialog : public RecordDialog
{
    Q_OBJECT
public:
    VetoDialog(Workspace &workspace, const Veto &record, QWidget *parent = nullptr);
    ~VetoDialog() override;
    Veto record() const;

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return true; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::VetoForm> m_ui;
    Veto m_original;
    Veto m_initial;
};

} // namespace chamber
