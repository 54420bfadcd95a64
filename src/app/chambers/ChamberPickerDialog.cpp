// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberPickerDialog.h"

#include "ChamberTableModel.h"
#include "Theme.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace chamber {

ChamberPickerDialog::ChamberPickerDialog(Workspace &workspace, const QString &title, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_model(new ChamberTableModel(this)), m_view(new QTableView(this))
{
    setWindowTitle(title);
    m_search->setPlaceholderText(tr("Type part of the chamber's name, township or president"));
    m_search->setClearButtonEnabled(true);
    m_model->setDatabase(&workspace.db(), workspace.regionScale());
    m_model->setQuery({});
    m_view->setModel(m_model);
    Theme::setUpTable(m_view);
    for (int c : {ChamberTableModel::FoundedColumn, ChamberTableModel::MembersColumn, ChamberTableModel::PhoneColumn})
        m_view->hideColumn(c);
    m_view->horizontalHeader()->setSectionResizeMode(ChamberTableModel::NameColumn, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ChamberPickerDialog::search);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { choose(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_view->selectionModel()->hasSelection());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            choose(rows.first().row());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 520);
}

void ChamberPickerDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void ChamberPickerDialog::search()
{
    ChamberQuery q;
    q.text = m_search->text().trimmed();
    m_model->setQuery(q);
}

void ChamberPickerDialog::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_chosen = m_model->rowAt(row).chamber.id;
    accept();
}

} // namespace chamber
