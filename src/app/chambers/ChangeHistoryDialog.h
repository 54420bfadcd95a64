// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace chamber {

class ChangeHistoryTab;
class OptionalDateEdit;
class Workspace;

// 编辑 → 修改记录: every change in the open file, whatever the record — chambers and their records,
// points years, rules and entries, imports — newest first, narrowed by a date and a user, with
// 撤销此修改 as in a chamber's own 修改记录 tab.
class ChangeHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangeHistoryDialog(Workspace &workspace, QWidget *parent = nullptr);

    ChangeHistoryTab *history() const { return m_history; }
    OptionalDateEdit *sinceEdit() const { return m_since; }
    QLineEdit *userEdit() const { return m_user; }
    void apply();

private:
    ChangeHistoryTab *m_history;
    OptionalDateEdit *m_since;
    QLineEdit *m_user;
};

} // namespace chamber
