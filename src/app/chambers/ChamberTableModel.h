// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberService.h"

#include <QAbstractTableModel>

#include <optional>

namespace chamber {

// The chamber list, paged from SQL: it knows the count of the whole filtered list but holds only
// the rows fetched so far (fetchMore adds a page as the view scrolls), so a region's table is
// never loaded at once. Sorting and filtering are new queries, not work on held rows.
class ChamberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TownshipColumn,
        NameColumn,
        FoundedColumn,
        StatusColumn,
        MembersColumn,
        RegistrationColumn,
        PresidentColumn,
        PhoneColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64 chamber id
        StatusRole,                 // int(ChamberStatus)
        RegistrationRole,           // int(RegistrationStatus)
    };
    static constexpr int kDefaultPageSize = 200;

    explicit ChamberTableModel(QObject *parent = nullptr);

    // The database to list from (null: empty). withCounty: show each township with its county.
    void setDatabase(Database *db, bool withCounty);
    void setQuery(const ChamberQuery &query);
    // Rows read per fetch (tests use small pages to exercise fetchMore).
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    const ChamberQuery &query() const { return m_query; }
    // Reads the count and the first pages again, keeping as many rows fetched as before.
    void refresh();
    // After a write that changed these chambers (Session::changed): a fetched row still in the
    // list is read again (dataChanged), one that left it (removed, or no longer matching the
    // filters) is removed; rows stay where they are. Chambers added, or very many changed (an
    // import), refresh() the list instead.
    void updateChambers(const QList<qint64> &ids, bool added = false);
    // Rows in the whole filtered list, fetched or not.
    int totalCount() const { return m_total; }
    // The message of a read that failed (then the list holds no rows, and the page shows the
    // message instead of an empty list); empty when the last read succeeded.
    const QString &readError() const { return m_readError; }
    const ChamberRow &rowAt(int row) const { return m_rows.at(row); }
    // Row of a chamber among the fetched rows, or -1.
    int rowOf(qint64 id) const;
    QString townshipText(const ChamberRow &row) const;
    QString phoneText(const ChamberRow &row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(Column column);

signals:
    // After a read, when readError() changed.
    void readErrorChanged(const QString &message);

public:
    // The text of a cell for exports and printing (same as shown).
    QString cellText(const ChamberRow &row, Column column) const;

private:
    QList<ChamberRow> page(int offset, int limit);
    int countRows();  // the count of the query, or 0 and readError() set
    void beginReset();
    void endReset();

    Database *m_db = nullptr;
    std::optional<ChamberService> m_chambers;  // over m_db
    bool m_withCounty = false;
    ChamberQuery m_query;
    QList<ChamberRow> m_rows;
    int m_total = 0;
    int m_pageSize = kDefaultPageSize;
    bool m_notifying = false;  // inside a reset or insert notification
    QString m_readError;
    QString m_readErrorBefore;  // as the last reset began: a change is announced when it ends
};

} // namespace chamber
