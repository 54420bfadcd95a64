// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedTableModel.h"

namespace chamber {

PagedTableModel::PagedTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PagedTableModel::failRead(const Problems &problems)
{
    for (const auto &p : problems)
        if (p.isError()) {
            m_readError = p.message;
            return;
        }
}

void PagedTableModel::beginRead(QString &before)
{
    before = m_readError;
    m_readError.clear();
}

void PagedTableModel::endRead(const QString &before)
{
    if (m_readError != before)
        emit readErrorChanged(m_readError);
}

void PagedTableModel::reload()
{
    QString before;
    beginRead(before);
    m_changing = true;
    beginResetModel();
    clearHeld();
    m_total = hasSource() ? countAll() : 0;
    if (!m_readError.isEmpty())
        m_total = 0;
    endResetModel();
    m_changing = false;
    endRead(before);
}

void PagedTableModel::refresh()
{
    QString before;
    beginRead(before);
    const int keep = std::max(heldRows(), m_pageSize);
    m_changing = true;
    beginResetModel();
    clearHeld();
    m_total = hasSource() ? countAll() : 0;
    if (m_readError.isEmpty() && m_total > 0) {
        loadPage(0, std::min(keep, m_total));
        takePage();
    }
    if (!m_readError.isEmpty()) {
        clearHeld();
        m_total = 0;
    }
    endResetModel();
    m_changing = false;
    endRead(before);
}

void PagedTableModel::updateRecords(const QList<qint64> &ids, bool added)
{
    constexpr int kManyRecords = 200;  // more than a page: reading them one by one costs more
    if (!hasSource() || ids.isEmpty())
        return;
    if (added || !canReadRow() || ids.size() > kManyRecords) {
        refresh();
        return;
    }
    m_readError.clear();
    for (const qint64 id : ids) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        if (rereadRow(row)) {
            if (!m_readError.isEmpty()) {
                refresh();  // the list as it can be read now, or its error instead of rows
                return;
            }
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            continue;
        }
        m_changing = true;
        beginRemoveRows({}, row, row);
        removeHeld(row);
        m_total = std::max(0, m_total - 1);
        endRemoveRows();
        m_changing = false;
    }
}

int PagedTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < heldRows(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : heldRows();
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_headers.size()) {
        if (role == Qt::DisplayRole)
            return m_headers.at(section);
        if (role == Qt::ToolTipRole && section < m_tips.size() && !m_tips.at(section).isEmpty())
            return m_tips.at(section);
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasSource() && heldRows() < m_total;
}

void PagedTableModel::fetchAll()
{
    const int page = m_pageSize;
    m_pageSize = std::max(1, m_total);
    fetchMore({});
    m_pageSize = page;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (m_changing || !canFetchMore(parent))
        return;
    const int first = heldRows();
    QString before;
    beginRead(before);
    const int came = loadPage(first, std::min(m_pageSize, m_total - first));
    if (!m_readError.isEmpty()) {
        // The rows held stay; the rest could not be read, and the page says so.
        m_total = first;
        endRead(before);
        return;
    }
    endRead(before);
    if (came == 0) {
        m_total = first;  // the table shrank under us (another window deleted records)
        return;
    }
    m_changing = true;
    beginInsertRows({}, first, first + came - 1);
    takePage();
    endInsertRows();
    m_changing = false;
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && !isSortable(column))
        return;
    if (column < 0)
        order = Qt::AscendingOrder;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

} // namespace chamber
