// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;

namespace chamber {

class BackupPanel;
class PageHeader;

// 设置: the interface language (saved for the next start), whether development zones and farms
// count in coverage (kept in the database, so every face counts alike), and the database file:
// where it is, its scope and version, backup and integrity check; and on its own tab, 备份与恢复.
class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("settings"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;

    // The 备份与恢复 tab in view.
    void showBackups();
    BackupPanel *backups() const { return m_backups; }

    // The saved language choice: "" (follow the system), "zh_CN" or "en".
    static QString savedLanguage();

private:
    void checkDatabase();

    PageHeader *m_header;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QCheckBox *m_otherUnits;
    QLabel *m_path;
    QLabel *m_scope;
    QLabel *m_version;
    QLabel *m_checkResult;
    QTabWidget *m_tabs;
    BackupPanel *m_backups;
};

} // namespace chamber
