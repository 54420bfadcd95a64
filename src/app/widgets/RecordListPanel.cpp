// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordListPanel.h"

#include "ColumnMemory.h"
#include "ListExport.h"
#include "PagedTableModel.h"
#include "ReadError.h"
#include "Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace chamber {

RecordListPanel::RecordListPanel(PagedTableModel *model, const QString &columnsKey, const QList<int> &widths, QWidget *parent)
    : QWidget(parent), m_model(model), m_search(new QLineEdit(this)), m_filters(new QHBoxLayout), m_buttons(new QHBoxLayout),
      m_view(new QTableView(this)), m_count(new QLabel(this)), m_readError(ReadError::banner(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_count->setObjectName(QStringLiteral("pageSubtitle"));
    m_view->setModel(model);
    Theme::setUpTable(m_view);
    // No indicator until a column is clicked: the list starts in its service's usual order, or in
    // the sort remembered with the columns (as the chambers page does). Columns remembered from
    // before the lists sorted carry no shown indicator and are not taken for a sort. Enabling
    // sorting then hands the model the sort.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    ColumnMemory::attach(m_view, columnsKey, widths);
    if (!header->isSortIndicatorShown() || !model->isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordListPanel::keepSortIndicator);
    m_countText = [](int total) { return tr("%1 records").arg(QLocale().toString(total)); };

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addLayout(m_filters);
    top->addStretch(1);
    top->addLayout(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_readError);  // a read that failed says so here, above the list it left empty
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(&m_typing, &QTimer::timeout, this, &RecordListPanel::filtersChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordListPanel::updateCount);
    connect(model, &PagedTableModel::readErrorChanged, this, [this](const QString &message) { ReadError::setBanner(m_readError, message); });
    ReadError::setBanner(m_readError, model->readError());
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(PagedTableModel::IdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordListPanel::selectionChanged);
}

QString RecordListPanel::searchText() const
{
    return m_search->text().trimmed();
}

void RecordListPanel::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
}

void RecordListPanel::setSearchVisible(bool visible)
{
    m_search->setVisible(visible);
}

void RecordListPanel::addFilter(QWidget *filter)
{
    m_filters->addWidget(filter);
    if (auto *box = qobject_cast<QComboBox *>(filter))
        connect(box, &QComboBox::currentIndexChanged, this, &RecordListPanel::filtersChanged);
}

void RecordListPanel::addButton(QPushButton *button)
{
    m_buttons->addWidget(button);
}

QPushButton *RecordListPanel::addButton(const QIcon &icon, const QString &text, const QString &toolTip)
{
    auto *button = new QPushButton(icon, text, this);
    button->setToolTip(toolTip);
    addButton(button);
    return button;
}

void RecordListPanel::addExportButtons(std::function<QString()> title, const QString &baseName)
{
    QPushButton *exportButton = addButton(Theme::icon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), tr("Export…"),
                                          tr("Export the list as filtered to Excel (XLSX) or CSV"));
    QPushButton *print = addButton(Theme::icon(QStringLiteral("document-print"), QStyle::SP_FileDialogDetailedView), tr("Print…"),
                                   tr("Print the list as filtered"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    print->setObjectName(QStringLiteral("printButton"));
    connect(exportButton, &QPushButton::clicked, this,
            [this, title, baseName] { ListExport::exportWithDialog(this, exportTable(title()), baseName); });
    connect(print, &QPushButton::clicked, this, [this, title] { ListExport::printWithPreview(this, exportTable(title())); });
}

ListTable RecordListPanel::exportTable(const QString &title) const
{
    ListTable table;
    table.title = title;
    for (int c = 0; c < m_model->columnCount(); ++c)
        table.headers.append(m_model->headerData(c, Qt::Horizontal).toString());
    PagedText text = m_model->allRowsText();
    table.rows = std::move(text.rows);
    table.numericColumns = std::move(text.numericColumns);
    table.error = std::move(text.error);
    return table;
}

qint64 RecordListPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PagedTableModel::IdRole).toLongLong();
}

void RecordListPanel::selectId(qint64 id)
{
    const int row = id ? m_model->rowOfId(id) : -1;
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void RecordListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

// A click on a column without a sort key leaves the list as it was: the indicator goes back.
void RecordListPanel::keepSortIndicator()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (header->sortIndicatorSection() != m_model->sortColumn())
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void RecordListPanel::updateCount()
{
    m_count->setText(m_countText(m_model->totalCount()));
}

} // namespace chamber
