// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace chamber {

class Workspace;

// The File menu's work: new database (the wizard), open, the recent files, backup. Remembers the
// files opened (most recent first) so that the app starts on the last one.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(Workspace &workspace, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recent; }
    QAction *backupAction() const { return m_backup; }

    // Opens a file (asking for a scope if it has none); shows a refusal. True if opened.
    bool openPath(const QString &path);
    static void backup(QWidget *parent, Workspace &workspace);
    static QStringList recentFiles();
    static void remember(const QString &path);

private:
    void rebuildRecent();

    Workspace &m_workspace;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QMenu *m_recent;
    QAction *m_backup;
};

} // namespace chamber
