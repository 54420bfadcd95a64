// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupTable.h"

#include "Dates.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>

namespace chamber {

BackupTable::BackupTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("backupTable"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Made"), tr("Kind"), tr("Size"), tr("File")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(Made, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Kind, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Size, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

QString BackupTable::madeText(const QDateTime &made)
{
    return dates::toText(made.date()) + QLatin1Char(' ') + made.time().toString(QStringLiteral("HH:mm:ss"));
}

void BackupTable::setEntries(const QList<Backups::Entry> &entries)
{
    m_entries = entries;
    clearContents();
    setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const auto &e = entries.at(row);
        auto *size = new QTableWidgetItem(QLocale().formattedDataSize(e.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, Made, new QTableWidgetItem(madeText(e.made)));
        setItem(row, Kind, new QTableWidgetItem(Backups::reasonName(e.reason)));
        setItem(row, Size, size);
        auto *file = new QTableWidgetItem(QFileInfo(e.path).fileName());
        file->setToolTip(e.path);
        setItem(row, File, file);
    }
    if (!entries.isEmpty())
        selectRow(0);
}

std::optional<Backups::Entry> BackupTable::selectedEntry() const
{
    const auto rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_entries.size())
        return std::nullopt;
    return m_entries.at(rows.first().row());
}

} // namespace chamber
