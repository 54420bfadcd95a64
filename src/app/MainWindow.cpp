// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppSettings.h"
#include "ChamberFilterBar.h"
#include "ChangeHistoryDialog.h"
#include "ChambersPage.h"
#include "exchange/ExchangeActions.h"
#include "exchange/ExchangePage.h"
#include "DashboardPage.h"
#include "FileActions.h"
#include "ImportLogPage.h"
#include "ImportWizard.h"
#include "LedgerExportAction.h"
#include "MediationPage.h"
#include "PartyPage.h"
#include "PointsPage.h"
#include "ReportsPage.h"
#include "SettingsPage.h"
#include "Theme.h"
#include "UserGuide.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace chamber {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_files(new FileActions(workspace, this)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_pathLabel(new QLabel(this)), m_scopeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(168);
    m_navigation->setFocusPolicy(Qt::NoFocus);

    addPage(new ChambersPage(workspace, this));
    addPage(new PartyPage(workspace, this));
    addPage(new MediationPage(workspace, this));
    addPage(new PointsPage(workspace, this));
    addPage(new DashboardPage(workspace, this));
    addPage(new ReportsPage(workspace, this));
    addPage(new SettingsPage(workspace, this));
    addPage(new ImportLogPage(workspace, this));
    addPage(new ExchangePage(workspace, this));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_scopeLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
    buildMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageShown);
    connect(&workspace, &Workspace::opened, this, &MainWindow::databaseOpened);
    connect(&workspace, &Workspace::changed, this, &MainWindow::dataChanged);

    AppSettings &settings = AppSettings::instance();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(initialSize(screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728)));
    restoreState(settings.windowState());
    if (!showPage(settings.windowPage()))
        showPage(AppSettings::defaultValue(AppSettings::Key::WindowPage).toString());
    if (workspace.isOpen())
        databaseOpened();
    else
        setWindowTitle(tr("ChamberDesk"));
}

MainWindow::~MainWindow() = default;

QSize MainWindow::initialSize(const QRect &available)
{
    // The size asked for is the inside of the window; the window manager adds a title bar and
    // borders. Leave room for them, so that on a 1366×768 screen (with its panel) the status bar
    // stays above the edge.
    const QSize frame(16, 48);
    return QSize(std::min(1366, available.width()) - frame.width(), std::min(768, available.height()) - frame.height());
}

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(0, Theme::rowHeight() + 14));
    connect(page, &Page::actionsChanged, this, &MainWindow::updateActions);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addSeparator();
    file->addAction(m_files->backupAction());
    m_importLedger = file->addAction(tr("&Import a ledger…"), this, [this] {
        ImportWizard wizard(m_workspace, this);
        connect(&wizard, &ImportWizard::openToVerify, this, [this] {
            showPage(QStringLiteral("chambers"));
            if (auto *chambers = qobject_cast<ChambersPage *>(page(QStringLiteral("chambers"))))
                chambers->filterBar()->setToVerifyOnly(true);
        });
        wizard.exec();
    });
    // The other way: what `chamberctl export ledger` writes.
    m_exportLedger = file->addAction(tr("&Export a ledger…"), this, [this] { LedgerExportAction::run(m_workspace, this); });
    file->addSeparator();
    file->addAction(tr("Export &report data…"), this, [this] { ExchangeActions::exportPackage(m_workspace, this); });
    file->addAction(tr("Import re&port data…"), this, [this] { ExchangeActions::importPackages(m_workspace, this); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_newRecord = edit->addAction(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("&New record"), this,
                                  [this] { currentPage()->createRecord(); });
    m_newRecord->setShortcut(QKeySequence::New);
    m_delete = edit->addAction(Theme::icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("&Delete…"), this,
                               [this] { currentPage()->deleteSelected(); });
    m_delete->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    m_find = edit->addAction(Theme::icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView), tr("&Find"), this,
                             [this] { currentPage()->focusSearch(); });
    m_find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    // Every change in the file, whatever the record, with undo (issue 15): the chamber editor's
    // 修改记录 tab shows one chamber's.
    m_history = edit->addAction(tr("Change &history…"), this, [this] {
        ChangeHistoryDialog dialog(m_workspace, this);
        dialog.exec();
    });
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        QAction *go = view->addAction(page->icon(), page->title(), this, [this, i] { m_navigation->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    m_refresh = view->addAction(Theme::icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload), tr("&Refresh"), this,
                                [this] { currentPage()->reload(); });
    m_refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] { UserGuide::show(this); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About ChamberDesk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (const Page *p : m_pages)
        keys.append(p->key());
    return keys;
}

Page *MainWindow::page(const QString &key) const
{
    for (Page *p : m_pages)
        if (p->key() == key)
            return p;
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return static_cast<Page *>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString &key)
{
    Page *p = page(key);
    if (!p)
        return false;
    m_navigation->setCurrentRow(int(m_pages.indexOf(p)));
    return true;
}

void MainWindow::pageShown(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    Page *p = m_pages.at(index);
    m_stack->setCurrentWidget(p);
    if (m_stale.removeAll(p) > 0 && m_workspace.isOpen())
        p->reload();
    updateActions();
}

void MainWindow::databaseOpened()
{
    // Every page at once: a page's models must never outlive the file they read.
    m_stale.clear();
    for (Page *p : std::as_const(m_pages))
        p->reload();
    const QString file = QFileInfo(m_workspace.path()).fileName();
    setWindowTitle(tr("%1 — %2 — ChamberDesk").arg(m_workspace.scope().name, file));
    m_scopeLabel->setText(tr("Scope: %1 (%2)").arg(m_workspace.scopePath(), m_workspace.scope().code));
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_workspace.path())));
    updateActions();
}

void MainWindow::dataChanged()
{
    // The page in view refreshes now; the others when they are next shown. Pages that follow
    // the records' changes have updated their rows already.
    for (Page *p : std::as_const(m_pages)) {
        if (p->followsRecordChanges())
            continue;
        if (p == currentPage())
            p->reload();
        else if (!m_stale.contains(p))
            m_stale.append(p);
    }
}

void MainWindow::updateActions()
{
    Page *p = currentPage();
    const bool open = m_workspace.isOpen();
    m_newRecord->setEnabled(open && p && p->canCreate());
    m_delete->setEnabled(open && p && p->canDelete());
    m_find->setEnabled(open && p && p->canSearch());
    m_history->setEnabled(open);
    m_refresh->setEnabled(open);
    m_files->backupAction()->setEnabled(open);
    m_importLedger->setEnabled(open);
    m_exportLedger->setEnabled(open);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ChamberDesk"),
                       tr("<h3>ChamberDesk %1</h3><p>Records of township and street chambers of commerce for county federations "
                          "of industry and commerce.</p><p>Keys: Ctrl+N new · Ctrl+F find · Ctrl+S save · Delete delete · "
                          "F5 refresh · Ctrl+1…8 pages.</p><p>Licence: GPL-3.0-or-later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings &settings = AppSettings::instance();
    settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    settings.setValue(AppSettings::Key::WindowState, saveState());
    if (currentPage())
        settings.setValue(AppSettings::Key::WindowPage, currentPage()->key());
    event->accept();
}

} // namespace chamber
