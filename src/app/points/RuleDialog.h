// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Points.h"
#include "RecordDialog.h"

#include <memory>

namespace Ui {
class RuleForm;
}

namespace chamber {

// Edits one rule of a year's micro-points set: its category, what earns (or loses) points, the
// points per occurrence, the caps, the exclusive group and whether evidence is required.
class RuleDialog : public RecordDialog
{
    Q_OBJECT
public:
    RuleDialog(Workspace &workspace, const PointsRule &record, QWidget *parent = nullptr);
    ~RuleDialog() override;
    PointsRule record() const;

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    Problems inputProblems() const;

    std::unique_ptr<Ui::RuleForm> m_ui;
    PointsRule m_original;
    PointsRule m_initial;
};

} // namespace chamber
