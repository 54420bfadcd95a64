// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoundRecordDialog.h"
#include "Party.h"

#include <memory>

namespace Ui {
class DisclosureForm;
}

namespace chamber {

// Edits one period's three disclosures (三公开); its form is bound to the disclosure's description.
class DisclosureDialog : public BoundRecordDialog<Disclosure>
{
    Q_OBJECT
public:
    DisclosureDialog(Workspace &workspace, const Disclosure &disclosure, QWidget *parent = nullptr);
    ~DisclosureDialog() override;

protected:
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::DisclosureForm> m_ui;
};

} // namespace chamber
