// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Problem.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace chamber {

// A whole list as text, as an export writes it; numeric columns are those shown right-aligned.
struct PagedText
{
    QList<QStringList> rows;
    QList<int> numericColumns;
    QString error;  // the read failed: no rows, and this says why
};

// The paging every record list shares: it knows the count of the whole filtered list but holds
// only the rows fetched so far; views ask for the next page as they scroll (canFetchMore /
// fetchMore), so a region's tens of thousands of records never load at once. Subclasses say how
// to count and read a page; RecordTableModel<T> is the usual one.
// Sorting is a new query, not work on held rows (sorting only those would put the first page in
// order, not the list): columns with a sort key sort, and the source reads sortKey() and
// sortDescending() into its service's query, which orders the whole list in SQL.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64 id of the record in the row
    };
    static constexpr int kDefaultPageSize = 200;

    explicit PagedTableModel(QObject *parent = nullptr);

    // Counts again and drops the rows held: for a new filter or a new file.
    void reload();
    // Reads the count and as many rows as were held again: after a write, keeping the view's place.
    void refresh();
    // After a write that changed these records (Session::changed): a held row still in the list
    // is read again and shows its new values (dataChanged), one that left it — removed, or no
    // longer matching the filters — is removed from the view; records not held are read when
    // scrolled to. The rows stay where they are (F5 orders them again). Records added, whose place
    // depends on the order, make the list refresh(); so does a source without a row reader, or a
    // change of very many records (an import).
    void updateRecords(const QList<qint64> &ids, bool added = false);
    int totalCount() const { return m_total; }
    // The service's sort key of each column, in column order; an empty key (or none) leaves the
    // column unsorted.
    void setSortKeys(const QStringList &keys) { m_sortKeys = keys; }
    bool isSortable(int column) const { return column >= 0 && column < m_sortKeys.size() && !m_sortKeys.at(column).isEmpty(); }
    // The sort asked for: a column's key, or empty for the service's usual order.
    QString sortKey() const { return m_sortColumn >= 0 ? m_sortKeys.at(m_sortColumn) : QString(); }
    bool sortDescending() const { return m_sortOrder == Qt::DescendingOrder; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Copies the sort into a service query (RecordQuery, PointsEntryQuery …).
    template<typename Query>
    void applySort(Query &query) const
    {
        query.sortKey = sortKey();
        query.descending = sortDescending();
    }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // The message of a read that failed (the database's error, saying the file may be damaged and
    // how to recover): the list then holds no rows, and its page shows the message instead of an
    // empty list. Empty when the last read succeeded.
    const QString &readError() const { return m_readError; }
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
    // Reads every row not held yet, in one query: Ctrl+End goes to the real end of the list.
    void fetchAll();
    // Sorts the whole list by a column with a sort key, reading it again from the first page;
    // column -1 goes back to the usual order; a column without a key is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After a read, when readError() changed: a message to show, or empty when reading works again.
    void readErrorChanged(const QString &message);

protected:
    // A source's count or page read failed: the list holds nothing and says why.
    void failRead(const Problems &problems);
    void setHeaders(const QStringList &headers) { m_headers = headers; }
    void setHeaderToolTips(const QStringList &tips) { m_tips = tips; }
    virtual bool hasSource() const = 0;
    // May call failRead() and return 0 when the count cannot be read.
    virtual int countAll() = 0;
    virtual int heldRows() const = 0;
    virtual void clearHeld() = 0;
    // Reads rows [offset, offset + limit) aside and returns how many came; takePage() then holds
    // them after those held (so that an insertion is announced with the exact count).
    virtual int loadPage(int offset, int limit) = 0;
    virtual void takePage() = 0;
    virtual qint64 idAt(int row) const = 0;
    // Reading one held row again (updateRecords): whether the source can, and the reading of row
    // `row` — false when its record is no longer in the list.
    virtual bool canReadRow() const { return false; }
    virtual bool rereadRow(int row)
    {
        Q_UNUSED(row);
        return false;
    }
    virtual void removeHeld(int row) { Q_UNUSED(row); }

private:
    QStringList m_headers;
    QStringList m_tips;
    int m_total = 0;
    int m_pageSize = kDefaultPageSize;
    QStringList m_sortKeys;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_changing = false;  // inside a reset or insertion: views reacting to it must not fetch
    QString m_readError;
    void beginRead(QString &before);
    void endRead(const QString &before);
};

} // namespace chamber
