// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Honour.h"
#include "RecordDialog.h"

#include <memory>

namespace Ui {
class HonourForm;
}

namespace chamber {

// Edits one honour (荣誉认定) of a chamber: kind, year, issuing body, document number.
class HonourDialog : public RecordDialog
{
    Q_OBJECT
public:
    HonourDialog(Workspace &workspace, const Honour &record, QWidget *parent = nullptr);
    ~HonourDialog() override;
    Honour record() const;

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::HonourForm> m_ui;
    Honour m_original;
    Honour m_initial;  // as the form first showed it
};

} // namespace chamber
