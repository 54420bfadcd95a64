// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedTableModel.h"
#include "Result.h"

#include <QList>

#include <functional>
#include <optional>

namespace chamber {

// The first record of a list that was read, for a row reader: nullopt when the list is empty, the
// read's error when it failed.
template<typename T>
Result<std::optional<T>> firstRecord(const Result<QList<T>> &rows)
{
    if (!rows)
        return rows.problems();
    return rows->isEmpty() ? std::nullopt : std::optional<T>(rows->first());
}

// The count of a list that was read (lists of a few rows per chamber are counted by reading them).
template<typename T>
Result<int> countOf(const Result<QList<T>> &rows)
{
    if (!rows)
        return rows.problems();
    return int(rows->size());
}

// A paged list of records of type T read through a service: the page gives the column titles
// (in the order of its column enum) and one function per column that turns a record into the
// cell's display text and other roles; the source says how to count and read a page.
template<typename T>
class RecordTableModel : public PagedTableModel
{
public:
    // What a cell shows for a role (Qt::DisplayRole, ToolTipRole, TextAlignmentRole …).
    using Cell = std::function<QVariant(const T &record, int role)>;
    // Reads of the source: a read that fails gives its error, which the list shows (readError()).
    using Counter = std::function<Result<int>()>;
    using Pager = std::function<Result<QList<T>>(int offset, int limit)>;
    using IdOf = std::function<qint64(const T &record)>;
    // One record of the list by id, read with the list's filters; nullopt when it is not in it.
    using RowReader = std::function<Result<std::optional<T>>(qint64 id)>;

    explicit RecordTableModel(QObject *parent = nullptr) : PagedTableModel(parent) {}

    void setColumns(const QStringList &titles, QList<Cell> cells, const QStringList &toolTips = {})
    {
        beginResetModel();
        setHeaders(titles);
        setHeaderToolTips(toolTips);
        m_cells = std::move(cells);
        endResetModel();
    }
    // The source; empty functions mean no list (no database open). Call reload() after.
    void setSource(Counter count, Pager page, IdOf id)
    {
        m_count = std::move(count);
        m_page = std::move(page);
        m_id = std::move(id);
    }
    // How updateRecords() reads one row again; without it a change refreshes the list.
    void setRowReader(RowReader reader) { m_reader = std::move(reader); }
    const T &at(int row) const { return m_rows.at(row); }
    const QList<T> &held() const { return m_rows; }

    PagedText allRowsText() const override
    {
        PagedText out;
        if (!hasSource())
            return out;
        const auto read = m_page(0, -1);
        if (!read) {
            out.error = read.firstError();
            return out;
        }
        const QList<T> &all = *read;
        for (const T &record : all) {
            QStringList cells;
            for (const Cell &cell : m_cells)
                cells.append(cell(record, Qt::DisplayRole).toString());
            out.rows.append(cells);
        }
        if (!all.isEmpty())
            for (int c = 0; c < m_cells.size(); ++c)
                if (m_cells.at(c)(all.first(), Qt::TextAlignmentRole).template value<Qt::Alignment>() & Qt::AlignRight)
                    out.numericColumns.append(c);
        return out;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &record = m_rows.at(index.row());
        if (role == IdRole)
            return m_id ? QVariant(m_id(record)) : QVariant();
        if (index.column() >= m_cells.size())
            return {};
        return m_cells.at(index.column())(record, role);
    }

protected:
    bool hasSource() const override { return bool(m_count) && bool(m_page); }
    int countAll() override
    {
        const auto count = m_count();
        if (!count) {
            failRead(count.problems());
            return 0;
        }
        return *count;
    }
    int heldRows() const override { return int(m_rows.size()); }
    void clearHeld() override { m_rows.clear(); }
    int loadPage(int offset, int limit) override
    {
        auto read = m_page(offset, limit);
        if (!read) {
            failRead(read.problems());
            m_pending.clear();
            return 0;
        }
        m_pending = std::move(read.value());
        return int(m_pending.size());
    }
    void takePage() override
    {
        m_rows.append(m_pending);
        m_pending.clear();
    }
    qint64 idAt(int row) const override { return m_id ? m_id(m_rows.at(row)) : 0; }
    bool canReadRow() const override { return bool(m_reader) && bool(m_id); }
    bool rereadRow(int row) override
    {
        auto fresh = m_reader(idAt(row));
        if (!fresh) {
            failRead(fresh.problems());  // updateRecords() then reads the list again, and shows the error
            return true;
        }
        if (!*fresh)
            return false;
        m_rows[row] = std::move(**fresh);
        return true;
    }
    void removeHeld(int row) override { m_rows.removeAt(row); }

private:
    QList<Cell> m_cells;
    Counter m_count;
    Pager m_page;
    IdOf m_id;
    RowReader m_reader;
    QList<T> m_rows;
    QList<T> m_pending;
};

} // namespace chamber
