// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupPanel.h"

#include "BackupTable.h"
#include "Backups.h"
#include "Theme.h"
#include "Workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace chamber {

namespace {
QSpinBox *countBox(QWidget *parent, const QString &name, int minimum)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, 1000);
    return box;
}
} // namespace

BackupPanel::BackupPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_folder(new QLabel(this)), m_table(new BackupTable(this)),
      m_now(new QPushButton(Theme::icon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), tr("Back up now"), this)),
      m_restore(new QPushButton(Theme::icon(QStringLiteral("document-revert"), QStyle::SP_BrowserReload), tr("Restore…"), this)),
      m_recent(countBox(this, QStringLiteral("keepRecent"), 1)), m_daily(countBox(this, QStringLiteral("keepDaily"), 0)),
      m_weekly(countBox(this, QStringLiteral("keepWeekly"), 0)), m_applyPolicy(new QPushButton(tr("Apply"), this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("backupPanel"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_now->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setToolTip(tr("Replace the whole content of the database by the selected backup's; the current content is backed up first."));
    m_applyPolicy->setObjectName(QStringLiteral("applyPolicy"));
    auto *openFolder = new QPushButton(tr("Open folder"), this);

    auto *when = new QLabel(tr("Backups are made by themselves before every import, before an upgrade of the file, once a day when "
                               "the file is opened, and before a restore. Restoring replaces everything in the database by the "
                               "backup's content."),
                            this);
    when->setWordWrap(true);
    when->setObjectName(QStringLiteral("pageSubtitle"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(openFolder);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_now);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);

    auto *policyGroup = new QGroupBox(tr("How many are kept"), this);
    auto *policy = new QHBoxLayout(policyGroup);
    policy->addWidget(new QLabel(tr("The newest"), policyGroup));
    policy->addWidget(m_recent);
    policy->addWidget(new QLabel(tr("backups; the newest of each of the last"), policyGroup));
    policy->addWidget(m_daily);
    policy->addWidget(new QLabel(tr("days and of each of the last"), policyGroup));
    policy->addWidget(m_weekly);
    policy->addWidget(new QLabel(tr("weeks."), policyGroup));
    policy->addWidget(m_applyPolicy);
    policy->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(when);
    layout->addLayout(folderRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(policyGroup);

    connect(m_now, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupPanel::restoreSelected);
    connect(m_applyPolicy, &QPushButton::clicked, this, &BackupPanel::applyPolicy);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(m_workspace.isOpen() && m_table->selectedEntry().has_value()); });
    for (QSpinBox *box : {m_recent, m_daily, m_weekly})
        connect(box, &QSpinBox::valueChanged, this, &BackupPanel::updatePolicyButton);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        if (m_workspace.isOpen())
            QDesktopServices::openUrl(QUrl::fromLocalFile(Backups(m_workspace.path()).folder()));
    });
}

void BackupPanel::reload()
{
    const bool open = m_workspace.isOpen();
    m_now->setEnabled(open);
    if (!open) {
        m_table->setEntries({});
        m_restore->setEnabled(false);
        return;
    }
    const Backups backups(m_workspace.path());
    m_folder->setText(tr("Kept in %1").arg(QDir::toNativeSeparators(backups.folder())));
    m_table->setEntries(backups.list());
    m_restore->setEnabled(m_table->selectedEntry().has_value());
    const Backups::Policy policy = backups.policy();
    for (auto [box, value] : {std::pair{m_recent, policy.recent}, {m_daily, policy.daily}, {m_weekly, policy.weekly}}) {
        const QSignalBlocker blocker(box);
        box->setValue(value);
    }
    updatePolicyButton();
}

void BackupPanel::showResult(const QString &text, bool error)
{
    m_result->setProperty("problem", error ? QStringLiteral("error") : QString());
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
    m_result->setText(text);
}

void BackupPanel::updatePolicyButton()
{
    if (!m_workspace.isOpen()) {
        m_applyPolicy->setEnabled(false);
        return;
    }
    const Backups::Policy asked{m_recent->value(), m_daily->value(), m_weekly->value()};
    m_applyPolicy->setEnabled(!(asked == Backups(m_workspace.path()).policy()));
}

bool BackupPanel::backUpNow()
{
    if (!m_workspace.isOpen())
        return false;
    auto made = Backups(m_workspace.path()).make(m_workspace.db(), Backups::Reason::Manual);
    reload();
    if (!made) {
        showResult(made.firstError(), true);
        return false;
    }
    showResult(tr("Backed up to %1.").arg(QFileInfo(*made).fileName()), false);
    return true;
}

bool BackupPanel::restoreSelected()
{
    const auto entry = m_table->selectedEntry();
    if (!m_workspace.isOpen() || !entry)
        return false;
    const QString made = BackupTable::madeText(entry->made);
    QMessageBox box(QMessageBox::Warning, tr("Restore a backup"),
                    tr("Replace everything in the database by the backup of %1 (%2)?").arg(made, Backups::reasonName(entry->reason)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("Whatever was entered after %1 is replaced. The current content is backed up first, so this restore "
                              "can itself be undone from the list.")
                               .arg(made));
    box.button(QMessageBox::Yes)->setText(tr("Restore"));
    box.button(QMessageBox::No)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::No);  // replacing everything is never the default
    if (box.exec() != QMessageBox::Yes)
        return false;
    const QString path = m_workspace.path();
    auto before = Backups(path).restore(m_workspace.db(), entry->path);
    if (!before) {
        showResult(before.firstError(), true);
        return false;
    }
    // Opened again: an older backup is upgraded to this version's schema, and every page reads
    // the restored content afresh.
    if (const Status reopened = m_workspace.open(path); !reopened) {
        showResult(reopened.firstError(), true);
        return false;
    }
    reload();
    showResult(tr("Restored the backup of %1. The content before the restore was backed up as %2.")
                   .arg(made, QFileInfo(*before).fileName()),
               false);
    return true;
}

bool BackupPanel::applyPolicy()
{
    if (!m_workspace.isOpen())
        return false;
    Backups backups(m_workspace.path());
    const Backups::Policy asked{m_recent->value(), m_daily->value(), m_weekly->value()};
    const auto entries = backups.list();
    const qsizetype dropped = entries.size() - Backups::kept(entries, asked).size();
    if (dropped > 0) {
        QMessageBox box(QMessageBox::Question, tr("How many are kept"),
                        tr("With these numbers, %n older backup(s) will be deleted now.", nullptr, int(dropped)),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.button(QMessageBox::Yes)->setText(tr("Delete them"));
        box.button(QMessageBox::No)->setText(tr("Cancel"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    if (const Status set = backups.setPolicy(asked); !set) {
        showResult(set.firstError(), true);
        return false;
    }
    const QStringList removed = backups.rotate();
    reload();
    showResult(removed.isEmpty() ? tr("Saved.") : tr("Saved; %n older backup(s) deleted.", nullptr, int(removed.size())), false);
    return true;
}

} // namespace chamber
