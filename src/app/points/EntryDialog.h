// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Points.h"
#include "RecordDialog.h"

#include <memory>

namespace Ui {
class EntryForm;
}

namespace chamber {

// Edits one points entry (积分申报) of a chamber as a draft: the rule, the date and quantity, the
// points (from the rule unless changed with a reason) and the evidence note. Submitting and
// approving happen on the list.
class EntryDialog : public RecordDialog
{
    Q_OBJECT
public:
    EntryDialog(Workspace &workspace, const PointsEntry &record, QWidget *parent = nullptr);
    ~EntryDialog() override;
    PointsEntry record() const;

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    Problems inputProblems() const;
    void showRulePoints();

    std::unique_ptr<Ui::EntryForm> m_ui;
    QList<PointsRule> m_rules;
    PointsEntry m_original;
    PointsEntry m_initial;
};

} // namespace chamber
