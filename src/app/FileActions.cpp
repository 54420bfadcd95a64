// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileActions.h"

#include "AppSettings.h"
#include "DatabaseHealth.h"
#include "FirstRunWizard.h"
#include "OpenDatabaseDialog.h"
#include "RestoreDamaged.h"
#include "ServerAddress.h"
#include "Theme.h"
#include "Workspace.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace chamber {

FileActions::FileActions(Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window),
      m_new(new QAction(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("&New database…"), this)),
      m_open(new QAction(Theme::icon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), tr("&Open database…"), this)),
      m_recent(new QMenu(tr("Open &recent"), window)),
      m_backup(new QAction(Theme::icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), tr("&Back up…"), this))
{
    m_open->setShortcut(QKeySequence::Open);
    m_new->setStatusTip(tr("Create a database for a county, city or region"));
    m_backup->setStatusTip(tr("Copy the open database to another file, consistently"));
    connect(m_new, &QAction::triggered, this, [this] {
        FirstRunWizard wizard(m_workspace, FirstRunWizard::Mode::NewDatabase, {}, m_window);
        wizard.exec();
    });
    m_open->setStatusTip(tr("Open a database file on this computer or a database on a server"));
    connect(m_open, &QAction::triggered, this, [this] { openWithDialog(); });
    connect(m_backup, &QAction::triggered, this, [this] { backup(m_window, m_workspace); });
    connect(&m_workspace, &Workspace::opened, this, [this] {
        remember(m_workspace.path());
        rebuildRecent();
    });
    rebuildRecent();
}

bool FileActions::openWithDialog(const QString &preset, const QString &refusal)
{
    OpenDatabaseDialog dialog(m_workspace, m_window);
    if (!preset.isEmpty())
        dialog.choose(preset);
    dialog.showRefusal(refusal);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.serverChosen())
        return m_workspace.isOpen();  // the dialog opened it, or said why not
    return openPath(dialog.filePath());
}

bool FileActions::openPath(const QString &path)
{
    if (ServerAddress::isServer(path)) {
        // Refused (a password wanted, the server down …): said in the dialog, where it can be mended.
        const Status opened = m_workspace.open(path);
        return opened.ok() || openWithDialog(path, opened.firstError());
    }
    if (Workspace::needsScope(path)) {
        FirstRunWizard wizard(m_workspace, FirstRunWizard::Mode::ChooseScope, path, m_window);
        return wizard.exec() == QDialog::Accepted;
    }
    const Status opened = m_workspace.open(path);
    if (!opened && opened.problems().constFirst().field == DatabaseHealth::damagedField())
        return RestoreDamaged::offer(m_window, m_workspace, path, opened.firstError());
    if (!opened)
        QMessageBox::warning(m_window, tr("Open database"), opened.firstError());
    else if (!opened.problems().isEmpty())  // the day's backup could not be made: said, not hidden
        QMessageBox::warning(m_window, tr("Open database"), opened.problems().constFirst().message);
    return opened.ok();
}

void FileActions::backup(QWidget *parent, Workspace &workspace)
{
    if (!workspace.isOpen())
        return;
    const QFileInfo current(workspace.path());
    const QString suggested = current.absoluteDir().filePath(
        QStringLiteral("%1-%2.sqlite").arg(current.completeBaseName(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString target = QFileDialog::getSaveFileName(parent, tr("Back up the database"), suggested,
                                                        tr("ChamberDesk database (*.sqlite *.db)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == current.absoluteFilePath()) {
        QMessageBox::warning(parent, tr("Back up the database"), tr("The backup cannot overwrite the database itself."));
        return;
    }
    const Status copied = workspace.db().backupTo(target);
    if (copied)
        QMessageBox::information(parent, tr("Back up the database"), tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)));
    else
        QMessageBox::warning(parent, tr("Back up the database"), copied.firstError());
}

QStringList FileActions::recentDatabases()
{
    return AppSettings::instance().recentDatabases();
}

void FileActions::remember(const QString &path)
{
    AppSettings::instance().addRecentDatabase(path);
}

void FileActions::rebuildRecent()
{
    m_recent->clear();
    const QStringList files = recentDatabases();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const bool server = ServerAddress::isServer(path);
        QAction *action = m_recent->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(server ? tr("Server  %1").arg(path)
                                                                                              : QDir::toNativeSeparators(path)));
        action->setEnabled(server || QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (files.isEmpty())
        m_recent->addAction(tr("(none yet)"))->setEnabled(false);
    else {
        m_recent->addSeparator();
        connect(m_recent->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
            AppSettings::instance().reset(AppSettings::Key::RecentDatabases);
            rebuildRecent();
        });
    }
}

} // namespace chamber
