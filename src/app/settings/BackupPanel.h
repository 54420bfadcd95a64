// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace chamber {

class BackupTable;
class Workspace;

// 设置 → 备份与恢复: the backups kept beside the open file (when, why, how large), a backup made
// now, a restore of the one selected (asked first, the answer defaulting to No; the current
// content is backed up before it is replaced), and the rotation policy. The same Backups as
// `chamberctl backup list|now|restore|policy`.
class BackupPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BackupPanel(Workspace &workspace, QWidget *parent = nullptr);
    void reload();

    BackupTable *table() const { return m_table; }
    QLabel *result() const { return m_result; }
    // The actions behind the buttons: whether something was done (a refusal or "No" is not).
    bool backUpNow();
    bool restoreSelected();
    bool applyPolicy();

private:
    void showResult(const QString &text, bool error);
    void updatePolicyButton();

    Workspace &m_workspace;
    QLabel *m_folder;
    BackupTable *m_table;
    QPushButton *m_now;
    QPushButton *m_restore;
    QSpinBox *m_recent;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
    QPushButton *m_applyPolicy;
    QLabel *m_result;
};

} // namespace chamber
