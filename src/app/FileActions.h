// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace chamber {

class Workspace;

// The File menu's work: new database (the wizard), open (a file or a server: OpenDatabaseDialog),
// the recent databases, backup. Remembers the databases opened — files and servers, most recent
// first, a server without its password — so that the app starts on the last one.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(Workspace &workspace, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recent; }
    QAction *backupAction() const { return m_backup; }

    // Opens a file (asking for a scope if it has none) or a server address; shows a refusal — a
    // server's in the open dialog, where a password can be typed. True if opened.
    bool openPath(const QString &path);
    // The open dialog, filled with a database and the reason it was not opened (if given).
    bool openWithDialog(const QString &preset = {}, const QString &refusal = {});
    static void backup(QWidget *parent, Workspace &workspace);
    static QStringList recentDatabases();
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
