// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoundRecordDialog.h"
#include "Honour.h"

#include <memory>

namespace Ui {
class HonourForm;
}

namespace chamber {

// Edits one honour (荣誉认定) of a chamber: kind, year, issuing body, document number; its form is
// bound to the honour's description.
class HonourDialog : public BoundRecordDialog<Honour>
{
    Q_OBJECT
public:
    HonourDialog(Workspace &workspace, const Honour &record, QWidget *parent = nullptr);
    ~HonourDialog() override;

protected:
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::HonourForm> m_ui;
};

} // namespace chamber
