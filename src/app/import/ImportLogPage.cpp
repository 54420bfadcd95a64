// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportLogPage.h"

#include "Backups.h"
#include "Cells.h"
#include "ChangeHistory.h"
#include "ChangeHistoryTab.h"
#include "Fields.h"
#include "PageHeader.h"
#include "RecordListPanel.h"
#include "Theme.h"
#include "Workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace chamber {

namespace {

QString policyName(const QString &key)
{
    if (key == QStringLiteral("overwrite"))
        return ImportLogPage::tr("overwrite");
    if (key == QStringLiteral("fill_empty"))
        return ImportLogPage::tr("fill empty fields");
    if (key == QStringLiteral("skip"))
        return ImportLogPage::tr("skip existing");
    return key;
}

QString entityName(const QString &entity)
{
    return ChangeHistory::entityName(entity);
}

} // namespace

ImportLogPage::ImportLogPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_model(new RecordTableModel<ImportLogEntry>(this)),
      m_error(new QLabel(this))
{
    using E = ImportLogEntry;
    auto count = [](auto member) { return cells::number<E>([member](const E &e) { return std::optional<qint64>(e.*member); }); };
    m_model->setColumns({tr("When"), tr("By"), tr("File"), tr("SHA-256"), tr("Sheet"), tr("Existing chambers"), tr("Records"), tr("Created"),
                         tr("Updated"), tr("Unchanged"), tr("Skipped"), tr("Refused")},
                        {cells::text<E>([](const E &e) { return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")); }),
                         cells::text<E>([](const E &e) { return e.actor; }),
                         cells::text<E>([](const E &e) { return e.fileName; }),
                         cells::textWithTip<E>([](const E &e) -> QString { return e.fileSha256.left(16) + QStringLiteral("…"); },
                                               [](const E &e) { return e.fileSha256; }),
                         cells::text<E>([](const E &e) { return e.sheet; }),
                         cells::text<E>([](const E &e) { return policyName(e.updatePolicy); }),
                         count(&E::records), count(&E::created), count(&E::updated), count(&E::unchanged), count(&E::skipped),
                         count(&E::refused)});
    m_model->setSource([this] { return int(m_rows.size()); }, [this](int offset, int limit) { return m_rows.mid(offset, limit); },
                       [](const E &e) { return e.id; });
    m_panel = new RecordListPanel(m_model, QStringLiteral("import-log"), {7, 4, 10, 6, 6, 4, 3, 2, 2, 2, 2, 0}, this);
    m_panel->setSearchVisible(false);
    m_panel->setCountText([](int n) { return tr("%1 imports").arg(QLocale().toString(n)); });
    m_changes = m_panel->addButton(QIcon(), tr("Changes made…"), tr("The records the selected import created or changed, from the change log"));
    m_changes->setObjectName(QStringLiteral("importChanges"));
    m_undo = m_panel->addButton(QIcon(), tr("Undo this import…"), tr("Take back every change the selected import made, in one step"));
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_error->setObjectName(QStringLiteral("problem"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_panel, 1);
    connect(m_changes, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_panel->selectedId())
            showChanges(id);
    });
    connect(m_panel, &RecordListPanel::activated, this, [this](qint64 id) { showChanges(id); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_panel->selectedId())
            undoImport(id);
    });
    connect(m_panel, &RecordListPanel::selectionChanged, this, [this] {
        m_changes->setEnabled(m_panel->selectedId() != 0);
        m_undo->setEnabled(m_panel->selectedId() != 0);
    });
    m_changes->setEnabled(false);
    m_undo->setEnabled(false);
}

QString ImportLogPage::title() const
{
    return tr("Import log");
}

QIcon ImportLogPage::icon() const
{
    return Theme::icon(QStringLiteral("document-open-recent"), QStyle::SP_FileDialogContentsView);
}

void ImportLogPage::reload()
{
    if (!workspace().isOpen())
        return;
    const auto entries = workspace().session().imports().list();
    // A failed read says so; it never shows as "no imports".
    m_error->setVisible(!entries);
    m_error->setText(entries ? QString() : tr("The import log cannot be read: %1").arg(entries.firstError()));
    m_rows = entries ? entries.value() : QList<ImportLogEntry>{};
    m_model->reload();
    m_header->setSubtitle(m_rows.isEmpty() ? tr("No ledger has been imported into this database yet (File → Import a ledger).")
                                           : tr("Each ledger taken in, newest first, with the file's SHA-256 to tell which file it was."));
    m_changes->setEnabled(m_panel->selectedId() != 0);
}

bool ImportLogPage::undoImport(qint64 importId, bool ask)
{
    if (ask && QMessageBox::question(this, tr("Undo this import"),
                                     tr("Take back every change import %1 made? The records go back to how they were before it, in one "
                                        "step, after a backup of the file. The undo is kept in the change history.")
                                         .arg(importId),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   != QMessageBox::Yes)
        return false;
    Database &db = workspace().db();
    // A copy of the file first, as for an import (a server database is backed up on the server).
    auto reverted = db.isServer() || Backups(db.path()).make(db, Backups::Reason::Import) ? workspace().session().history().undoImport(importId)
                                                                          : Result<int>(Problem::error(QStringLiteral("backup"),
                                                                                                        tr("The backup before undoing failed.")));
    if (!reverted) {
        QStringList messages;
        for (const auto &p : reverted.problems())
            messages.append(p.message);
        if (ask)
            QMessageBox::warning(this, tr("Undo this import"), messages.join(QLatin1Char('\n')));
        m_error->setText(messages.join(QLatin1Char('\n')));
        m_error->setVisible(true);
        return false;
    }
    workspace().notifyChanged(QStringLiteral("import"));  // the pages refresh as after an import
    reload();
    if (ask)
        QMessageBox::information(this, tr("Undo this import"), tr("Import %1 undone: %n change(s) taken back.", nullptr, reverted.value()).arg(importId));
    return true;
}

QDialog *ImportLogPage::showChanges(qint64 importId)
{
    ImportLogService &log = workspace().session().imports();
    ChangeHistory &history = workspace().session().history();
    ChangeQuery query;
    query.importId = importId;
    query.limit = -1;
    const auto entry = log.entry(importId);
    auto changes = entry ? history.list(query) : Result<QList<Change>>(entry.problems());
    if (changes)
        std::reverse(changes.value().begin(), changes.value().end());  // in the order they were made
    if (!changes) {
        QMessageBox::information(this, tr("Changes made"), changes.firstError());
        return nullptr;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Changes made by import %1").arg(importId));
    auto *intro = new QLabel(tr("%1, imported %2 by %3: %4 changes.")
                                 .arg(entry->fileName, QLocale().toString(entry->at.toLocalTime(), QLocale::ShortFormat), entry->actor)
                                 .arg(changes->size()),
                             dialog);
    intro->setWordWrap(true);
    auto *table = new QTableWidget(int(changes->size()), 4, dialog);
    table->setObjectName(QStringLiteral("importChangeList"));
    table->setHorizontalHeaderLabels({tr("Record"), tr("Number"), tr("Action"), tr("Detail")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < changes->size(); ++row) {
        const Change &c = changes->at(row);
        table->setItem(row, 0, new QTableWidgetItem(entityName(c.entity)));
        table->setItem(row, 1, new QTableWidgetItem(QString::number(c.entityId)));
        table->setItem(row, 2, new QTableWidgetItem(ChangeHistory::actionName(c.action)));
        table->setItem(row, 3, new QTableWidgetItem(c.hasValues ? ChangeHistoryTab::describe(history, c) : c.detail));
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 460);
    dialog->open();
    return dialog;
}

} // namespace chamber
