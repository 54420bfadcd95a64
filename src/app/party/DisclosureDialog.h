// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Party.h"
#include "RecordDialog.h"

#include <memory>

namespace Ui {
class DisclosureForm;
}

namespace chamber {

// Edits one period's three disclosures (三公开).
class DisclosureDialog : public RecordDialog
{
    Q_OBJECT
public:
    DisclosureDialog(Workspace &workspace, const Disclosure &disclosure, QWidget *parent = nullptr);
    ~DisclosureDialog() override;
    Disclosure record() const;

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::DisclosureForm> m_ui;
    Disclosure m_original;
    Disclosure m_initial;  // as the form first showed it
};

} // namespace chamber
