// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace chamber {

// A whole list as text, as an export writes it; numeric columns are those shown right-aligned.
struct PagedText
{
    QList<QStringList> rows;
    QList<int> numericColumns;
};

// The paging every record list shares: it knows the count of the whole filtered list but holds
// only the rows fetched so far; views ask for the next page as they scroll (canFetchMore /
// fetchMore), so a region's tens of thousands of records never load at once. Subclasses say how
// to count and read a page; RecordTableModel<T> is the usual one.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64 id of the record in the row
        SortRole,                   // the value to compare when sorting held rows
    };
    static constexpr int kDefaultPageSize = 200;

    explicit PagedTableModel(QObject *parent = nullptr);

    // Counts again and drops the rows held: for a new filter or a new file.
    void reload();
    // Reads the count and as many rows as were held again: after a write, keeping the view's place.
    void refresh();
    int totalCount() const { return m_total; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // Row of a record among the held rows, or -1.
    int rowOfId(qint64 id) const;
    // Every row of the list as filtered — read from the source, not only the rows held — as the
    // text of its cells. Empty without a source.
    virtual PagedText allRowsText() const { return {}; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    void setHeaders(const QStringList &headers) { m_headers = headers; }
    void setHeaderToolTips(const QStringList &tips) { m_tips = tips; }
    virtual bool hasSource() const = 0;
    virtual int countAll() const = 0;
    virtual int heldRows() const = 0;
    virtual void clearHeld() = 0;
    // Reads rows [offset, offset + limit) aside and returns how many came; takePage() then holds
    // them after those held (so that an insertion is announced with the exact count).
    virtual int loadPage(int offset, int limit) = 0;
    virtual void takePage() = 0;
    virtual qint64 idAt(int row) const = 0;

private:
    QStringList m_headers;
    QStringList m_tips;
    int m_total = 0;
    int m_pageSize = kDefaultPageSize;
    bool m_changing = false;  // inside a reset or insertion: views reacting to it must not fetch
};

} // namespace chamber
