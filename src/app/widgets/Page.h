// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

namespace chamber {

class Workspace;

// One page of the main window. The window's Edit menu and shortcuts (Ctrl+N, Ctrl+F, Delete, F5)
// act on the page in view through these hooks; a page that has no such action leaves them off.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(Workspace &workspace, QWidget *parent = nullptr);

    // Machine name for --page and the settings ("chambers", "party" …).
    virtual QString key() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    // Reads the page's data again from the database (after opening a file, F5, or a change).
    virtual void reload() = 0;
    // Whether the page keeps its lists up to date itself from Workspace::recordsChanged (updating
    // the rows a write touched); the window then does not reload it after each change.
    virtual bool followsRecordChanges() const { return false; }
    virtual bool canCreate() const { return false; }
    virtual void createRecord() {}
    virtual bool canDelete() const { return false; }
    virtual void deleteSelected() {}
    virtual bool canSearch() const { return false; }
    virtual void focusSearch() {}

signals:
    // The page's selection changed what canDelete() answers.
    void actionsChanged();

protected:
    Workspace &workspace() { return m_workspace; }
    const Workspace &workspace() const { return m_workspace; }

private:
    Workspace &m_workspace;
};

} // namespace chamber
