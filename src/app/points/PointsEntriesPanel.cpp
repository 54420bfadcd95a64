// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsEntriesPanel.h"

#include "Cells.h"
#include "ChamberPickerDialog.h"
#include "EntryDialog.h"
#include "RecordListPanel.h"
#include "Theme.h"
#include "Workspace.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace chamber {

PointsEntriesPanel::PointsEntriesPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new RecordTableModel<PointsEntryRow>(this)), m_status(new QComboBox(this))
{
    using E = PointsEntryRow;
    m_model->setColumns({tr("Township"), tr("Chamber"), tr("Date"), tr("Category"), tr("Rule"), tr("Quantity"), tr("Points"), tr("Status"),
                         tr("Entered by")},
                        {cells::text<E>([](const E &e) { return e.townshipName; }),
                         cells::text<E>([](const E &e) { return e.chamberName; }), cells::date<E>([](const E &e) { return e.entry.date; }),
                         cells::text<E>([](const E &e) { return e.categoryName; }),
                         cells::textWithTip<E>([](const E &e) { return e.ruleDescription; },
                                               [](const E &e) {
                                                   return e.entry.evidence.isEmpty() ? e.ruleDescription
                                                                                     : tr("%1\nEvidence: %2").arg(e.ruleDescription, e.entry.evidence);
                                               }),
                         cells::number<E>([](const E &e) { return std::optional<qint64>(e.entry.quantity); }),
                         cells::figure<E>([](const E &e) { return Points::formatTenths(e.entry.pointsTenths); }),
                         cells::textWithTip<E>([](const E &e) { return Points::statusName(e.entry.status); },
                                               [](const E &e) { return e.entry.rejectionReason; }),
                         cells::text<E>([](const E &e) { return e.entry.enteredBy; })});
    // The keys PointsService sorts entries by, column by column.
    m_model->setSortKeys({QStringLiteral("township"), QStringLiteral("chamber"), QStringLiteral("date"), QStringLiteral("category"),
                          QStringLiteral("rule"), QStringLiteral("quantity"), QStringLiteral("points"), QStringLiteral("status"),
                          QStringLiteral("entered_by")});
    m_status->addItem(tr("All entries"), -1);
    for (auto s : {EntryStatus::Draft, EntryStatus::Submitted, EntryStatus::Approved, EntryStatus::Rejected})
        m_status->addItem(Points::statusName(s), int(s));
    m_status->setObjectName(QStringLiteral("entryStatusFilter"));

    m_panel = new RecordListPanel(m_model, QStringLiteral("points-entries"), {6, 11, 5, 6, 14, 3, 4, 4, 0}, this);
    m_panel->setSearchVisible(false);
    m_panel->addFilter(m_status);
    m_panel->setCountText([](int n) { return tr("%1 entries").arg(QLocale().toString(n)); });
    m_add = m_panel->addButton(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("New entry…"), tr("Enter points for a chamber (Ctrl+N)"));
    m_edit = m_panel->addButton(QIcon(), tr("Edit…"));
    m_submit = m_panel->addButton(QIcon(), tr("Submit"), tr("Send the draft for approval"));
    m_approve = m_panel->addButton(Theme::icon(QStringLiteral("dialog-ok-apply"), QStyle::SP_DialogApplyButton), tr("Approve"),
                                   tr("Approve the submitted entry: its points count from now on"));
    m_reject = m_panel->addButton(Theme::icon(QStringLiteral("dialog-cancel"), QStyle::SP_DialogCancelButton), tr("Send back…"),
                                  tr("Reject the entry with a reason; it can be corrected and submitted again"));
    m_delete = m_panel->addButton(Theme::icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("Delete"));
    m_submit->setObjectName(QStringLiteral("submitEntry"));
    m_approve->setObjectName(QStringLiteral("approveEntry"));
    m_reject->setObjectName(QStringLiteral("rejectEntry"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);

    connect(m_panel, &RecordListPanel::filtersChanged, this, &PointsEntriesPanel::reload);
    connect(m_panel, &RecordListPanel::selectionChanged, this, &PointsEntriesPanel::updateButtons);
    connect(m_panel, &RecordListPanel::activated, this, [this](qint64 id) {
        const int row = m_model->rowOfId(id);
        const bool editable = row >= 0 && !m_published && Points::isEditable(m_model->at(row).entry.status);
        if (editable && EntryDialog(m_workspace, m_model->at(row).entry, this).exec() == QDialog::Accepted)
            refresh();
    });
    connect(m_add, &QPushButton::clicked, this, &PointsEntriesPanel::createEntry);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit m_panel->activated(selectedId()); });
    connect(m_submit, &QPushButton::clicked, this, &PointsEntriesPanel::submitSelected);
    connect(m_approve, &QPushButton::clicked, this, &PointsEntriesPanel::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectSelected(); });
    connect(m_delete, &QPushButton::clicked, this, &PointsEntriesPanel::deleteSelected);
    updateButtons();
}

void PointsEntriesPanel::setYear(int year, bool published)
{
    m_year = year;
    m_published = published;
    Session *session = &m_workspace.session();
    m_model->setSource([this, session] { return session->points().entryCount(query()); },
                       [this, session](int offset, int limit) {
                           PointsEntryQuery q = query();
                           q.offset = offset;
                           q.limit = limit;
                           return session->points().entryRows(q);
                       },
                       [](const PointsEntryRow &e) { return e.entry.id; });
    reload();
}

void PointsEntriesPanel::setDivision(const QString &prefix)
{
    m_division = prefix;
    reload();
}

PointsEntryQuery PointsEntriesPanel::query() const
{
    PointsEntryQuery q = PointsEntryQuery::ofYear(m_year);
    if (const int status = m_status->currentData().toInt(); status >= 0)
        q.status = EntryStatus(status);
    q.divisionPrefix = m_division;
    m_model->applySort(q);
    return q;
}

void PointsEntriesPanel::reload()
{
    m_model->reload();
    updateButtons();
}

void PointsEntriesPanel::refresh()
{
    const qint64 keep = selectedId();
    m_model->refresh();
    m_panel->selectId(keep);
    updateButtons();
}

void PointsEntriesPanel::focusSearch()
{
    m_status->setFocus();
}

qint64 PointsEntriesPanel::selectedId() const
{
    return m_panel->selectedId();
}

void PointsEntriesPanel::updateButtons()
{
    const int row = m_model->rowOfId(selectedId());
    const auto status = row >= 0 ? std::optional<EntryStatus>(m_model->at(row).entry.status) : std::nullopt;
    const bool open = !m_published && m_year > 0;
    m_add->setEnabled(open);
    // The workflow's rules are core's (Points), the same the service enforces.
    m_edit->setEnabled(open && status && Points::isEditable(*status));
    m_submit->setEnabled(open && status && Points::canMove(*status, EntryStatus::Submitted));
    m_approve->setEnabled(open && status && Points::canMove(*status, EntryStatus::Approved));
    m_reject->setEnabled(open && status && Points::canMove(*status, EntryStatus::Rejected));
    m_delete->setEnabled(open && status && Points::isEditable(*status));
}

void PointsEntriesPanel::createEntry()
{
    if (m_published || !m_year)
        return;
    ChamberPickerDialog picker(m_workspace, tr("Which chamber are the points for?"), this);
    if (picker.exec() != QDialog::Accepted || !picker.chosenId())
        return;
    PointsEntry fresh;
    fresh.chamberId = picker.chosenId();
    fresh.date = m_year == QDate::currentDate().year() ? QDate::currentDate() : QDate(m_year, 12, 31);
    EntryDialog dialog(m_workspace, fresh, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        m_panel->selectId(dialog.savedId());
    }
}

void PointsEntriesPanel::act(const Status &done, qint64 id)
{
    if (!done)
        QMessageBox::warning(this, tr("Points entry"), done.firstError());
    refresh();
    m_panel->selectId(id);
    emit scoresChanged();
}

void PointsEntriesPanel::submitSelected()
{
    if (const qint64 id = selectedId())
        act(m_workspace.session().points().submitEntry(id), id);
}

void PointsEntriesPanel::approveSelected()
{
    if (const qint64 id = selectedId())
        act(m_workspace.session().points().approveEntry(id), id);
}

void PointsEntriesPanel::rejectSelected(const QString &givenReason)
{
    const qint64 id = selectedId();
    if (!id)
        return;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Send the entry back"), tr("Why is it sent back? The reason goes to whoever entered it."),
                                       QLineEdit::Normal, {}, &ok).trimmed();
        if (!ok || reason.isEmpty())
            return;
    }
    act(m_workspace.session().points().rejectEntry(id, reason), id);
}

void PointsEntriesPanel::deleteSelected()
{
    const qint64 id = selectedId();
    if (!id || QMessageBox::question(this, tr("Delete"), tr("Delete the selected entry?"), QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    act(m_workspace.session().points().removeEntry(id), 0);
}

} // namespace chamber
