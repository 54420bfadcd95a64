// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace chamber {

class FileActions;
class Page;
class Workspace;

// The main window only assembles: the navigation, the pages (each its own class), the menus
// whose actions act on the page in view, and the status bar. It remembers its geometry and page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Pages by key: chambers, party, mediation, points, dashboard, reports, settings.
    QStringList pageKeys() const;
    Page *page(const QString &key) const;
    Page *currentPage() const;
    bool showPage(const QString &key);
    FileActions *fileActions() const { return m_files; }
    // The size on first start: within the screen's available area, with room for the window frame.
    static QSize initialSize(const QRect &available);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void buildMenus();
    void databaseOpened();
    void dataChanged();
    void pageShown(int index);
    void updateActions();
    void showAbout();

    Workspace &m_workspace;
    FileActions *m_files;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    QList<Page *> m_stale;  // pages to reload when next shown
    QLabel *m_pathLabel;
    QLabel *m_scopeLabel;
    QAction *m_newRecord = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QAction *m_history = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_exportLedger = nullptr;
    QAction *m_importLedger = nullptr;
};

} // namespace chamber
