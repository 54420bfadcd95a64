// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChambersPage.h"

#include "ChamberEditor.h"
#include "ChamberFilterBar.h"
#include "ChamberService.h"
#include "VerificationService.h"
#include "ChamberTableModel.h"
#include "ColumnMemory.h"
#include "ImportWizard.h"
#include "ListExport.h"
#include "PageHeader.h"
#include "ReadError.h"
#include "Theme.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace chamber {

ChambersPage::ChambersPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_filters(new ChamberFilterBar(this)), m_model(new ChamberTableModel(this)),
      m_view(new QTableView(this)), m_header(new PageHeader(title(), this)),
      m_edit(new QPushButton(Theme::icon(QStringLiteral("document-edit"), QStyle::SP_FileDialogContentsView), tr("Edit"), this)),
      m_delete(new QPushButton(Theme::icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("Delete"), this))
{
    auto *add = new QPushButton(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("New chamber"), this);
    add->setToolTip(tr("Add a chamber (Ctrl+N)"));
    auto *exportButton = new QPushButton(Theme::icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), tr("Export…"), this);
    exportButton->setToolTip(tr("Export the list as filtered to Excel (XLSX) or CSV"));
    auto *print = new QPushButton(Theme::icon(QStringLiteral("document-print"), QStyle::SP_FileDialogDetailedView), tr("Print…"), this);
    auto *import = new QPushButton(Theme::icon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), tr("Import…"), this);
    import->setObjectName(QStringLiteral("importLedger"));
    import->setToolTip(tr("Take in a ledger (台账) from Excel, WPS or CSV: the import wizard, as in File → Import a ledger"));
    m_delete->setToolTip(tr("Delete the selected chamber and its records (Delete)"));
    for (QPushButton *b : {add, m_edit, m_delete, import, exportButton, print})
        m_header->addWidget(b);

    m_view->setObjectName(QStringLiteral("chamberTable"));
    m_view->setModel(m_model);
    Theme::setUpTable(m_view);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(ChamberTableModel::TownshipColumn, Qt::AscendingOrder);
    // Widths in CJK characters; together they fit 1366 pixels beside the navigation.
    ColumnMemory::attach(m_view, QStringLiteral("chambers"), {9, 13, 6, 4, 4, 5, 5, 0});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addWidget(m_filters);
    auto *readError = ReadError::banner(this);  // a list that cannot be read says so, instead of showing none
    layout->addWidget(readError);
    layout->addWidget(m_view, 1);
    connect(m_model, &ChamberTableModel::readErrorChanged, readError, [readError](const QString &message) { ReadError::setBanner(readError, message); });

    connect(m_filters, &ChamberFilterBar::queryChanged, this, &ChambersPage::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChambersPage::updateCount);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        edit(index.data(ChamberTableModel::IdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_edit->setEnabled(selectedId() != 0);
        m_delete->setEnabled(selectedId() != 0);
        emit actionsChanged();
    });
    connect(add, &QPushButton::clicked, this, &ChambersPage::createRecord);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            edit(id);
    });
    connect(m_delete, &QPushButton::clicked, this, &ChambersPage::deleteSelected);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        ListExport::exportWithDialog(this, exportTable(), tr("chamber roster"));
    });
    connect(print, &QPushButton::clicked, this, [this] { ListExport::printWithPreview(this, exportTable()); });
    connect(import, &QPushButton::clicked, this, [this] {
        if (this->workspace().isOpen())
            ImportWizard(this->workspace(), this).exec();
    });
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
    connect(&workspace, &Workspace::recordsChanged, this, &ChambersPage::recordsChanged);
}

QString ChambersPage::title() const
{
    return tr("Chambers");
}

QIcon ChambersPage::icon() const
{
    return Theme::icon(QStringLiteral("system-users"), QStyle::SP_DirHomeIcon);
}

void ChambersPage::reload()
{
    if (!workspace().isOpen())
        return;
    const qint64 keep = selectedId();
    if (m_generation != workspace().generation()) {
        // A newly opened file: new division choices, filters back to all.
        m_generation = workspace().generation();
        m_model->setDatabase(&workspace().db(), workspace().regionScale());
        {
            const QSignalBlocker blocker(m_filters);
            m_filters->clear();
            m_filters->setWorkspace(workspace());
        }
        applyFilters();
    } else {
        m_model->refresh();
    }
    selectChamber(keep);
}

void ChambersPage::recordsChanged(const QList<ChangeEvent> &changes)
{
    if (!workspace().isOpen() || m_generation != workspace().generation())
        return;  // not listed yet: reload() reads it
    const qint64 keep = selectedId();
    // A chamber's record and its registration are columns of its row (a registration step is
    // logged by its event: the row is its chamber's). Its Party organisation, members and values
    // to verify decide filters and counts, and a report package received replaces a county's
    // chambers: those changes read the list again.
    const QStringList rowKinds{QStringLiteral("chamber"), QStringLiteral("registration")};
    const QStringList eventKinds{QStringLiteral("registration_event")};
    const QStringList listKinds{QStringLiteral("party_organization"), QStringLiteral("member"), QStringLiteral("verification_item"),
                                QStringLiteral("exchange_origin")};
    bool refresh = Session::touches(changes, listKinds);
    if (!refresh && !Session::touches(changes, rowKinds + eventKinds))
        return;
    auto touched = Session::touched(changes, rowKinds);
    if (!refresh && Session::touches(changes, eventKinds)) {
        const auto events = Session::touched(changes, eventKinds);
        const auto chambers = workspace().session().registrations().chambersOf(events.ids);
        refresh = !chambers || chambers->size() != events.ids.size();  // an event removed: whose was it?
        if (chambers)
            for (qint64 chamber : chambers->values())
                if (!touched.ids.contains(chamber))
                    touched.ids.append(chamber);
    }
    if (refresh)
        m_model->refresh();
    else
        m_model->updateChambers(touched.ids, touched.added);
    selectChamber(keep);
    updateCount();
}

void ChambersPage::applyFilters()
{
    ChamberQuery q = m_filters->query();
    q.sort = m_model->query().sort;
    q.descending = m_model->query().descending;
    m_model->setQuery(q);
}

void ChambersPage::updateCount()
{
    const ChamberQuery &q = m_model->query();
    const bool filtered = !q.text.isEmpty() || !q.divisionPrefix.isEmpty() || q.status || q.registration || q.readyOnly
                          || q.hasPartyOrganization || q.toVerifyOnly;
    // How many chambers have values waiting to be verified; a failed read says so, not 0.
    if (const auto waiting = workspace().session().verification().openCountsByChamber())
        m_filters->setToVerifyCount(int(waiting->size()));
    else
        m_filters->setToVerifyCount(-1);
    const QString count = QLocale().toString(m_model->totalCount());
    QString text = filtered ? tr("%1 chambers match the filters · %2").arg(count, workspace().scopePath())
                            : tr("%1 chambers in all · %2").arg(count, workspace().scopePath());
    // The list keeps dissolved chambers; the dashboard counts those existing on its date.
    if (!filtered && workspace().isOpen()) {
        ChamberQuery dissolved;
        dissolved.status = ChamberStatus::Dissolved;
        if (const auto n = workspace().session().chambers().count(dissolved); n && *n > 0)  // a failed read shows in the list
            text += QStringLiteral(" · ")
                    + tr("%1 of them dissolved, which the dashboard does not count among its %2 chambers")
                          .arg(QLocale().toString(*n), QLocale().toString(m_model->totalCount() - *n));
    }
    m_header->setSubtitle(text);
    m_edit->setEnabled(selectedId() != 0);
    m_delete->setEnabled(selectedId() != 0);
}

qint64 ChambersPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ChamberTableModel::IdRole).toLongLong();
}

void ChambersPage::selectChamber(qint64 id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void ChambersPage::createRecord()
{
    // A new chamber starts in the township the list is narrowed to, if it is one.
    edit(0);
}

void ChambersPage::edit(qint64 id)
{
    const QString prefix = m_filters->query().divisionPrefix;
    ChamberEditor editor(workspace(), id, this, prefix.size() == 9 ? prefix : QString());
    qint64 savedId = 0;
    connect(&editor, &ChamberEditor::saved, this, [&savedId](qint64 saved) { savedId = saved; });
    editor.exec();
    if (savedId)
        selectChamber(savedId);  // its row was updated (or the list read again) as it was saved
}

bool ChambersPage::canDelete() const
{
    return selectedId() != 0;
}

void ChambersPage::deleteSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const int row = m_model->rowOf(id);
    const QString name = m_model->rowAt(row).chamber.name;
    QMessageBox box(QMessageBox::Warning, tr("Delete chamber"),
                    tr("Delete %1 with its registration history and every record kept about it?").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(tr("This cannot be undone. Make a backup first (File → Back up) if unsure."));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const Status removed = workspace().session().chambers().remove(id);
    if (!removed) {
        QMessageBox::warning(this, tr("Delete chamber"), removed.firstError());
        return;
    }
    workspace().notifyChanged(QStringLiteral("chamber"));  // its row has gone (recordsChanged)
    if (m_model->rowCount() > 0)
        m_view->selectRow(std::min(row, m_model->rowCount() - 1));
}

void ChambersPage::focusSearch()
{
    m_filters->focusSearch();
}

ListTable ChambersPage::exportTable() const
{
    ListTable table;
    table.title = tr("Chambers of %1").arg(workspace().scopePath());
    for (int c = 0; c < ChamberTableModel::ColumnCount; ++c)
        table.headers.append(ChamberTableModel::columnTitle(ChamberTableModel::Column(c)));
    table.headers.append(tr("Credit code"));
    table.numericColumns = {ChamberTableModel::MembersColumn};
    ChamberQuery q = m_model->query();
    q.limit = -1;
    q.offset = 0;
    const auto rows = workspace().session().chambers().list(q);
    if (!rows) {
        table.error = rows.firstError();
        return table;
    }
    for (const auto &row : *rows) {
        QStringList cells;
        for (int c = 0; c < ChamberTableModel::ColumnCount; ++c)
            cells.append(m_model->cellText(row, ChamberTableModel::Column(c)));
        cells.append(row.chamber.creditCode);
        table.rows.append(cells);
    }
    return table;
}

} // namespace chamber
