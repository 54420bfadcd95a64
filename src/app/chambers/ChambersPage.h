// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QTableView;
class QPushButton;


namespace chamber {

struct ChangeEvent;
class ChamberFilterBar;
class ChamberTableModel;
class PageHeader;
struct ListTable;

// 乡镇商会: the list of chambers — searched as you type, filtered, sorted and paged from SQL —
// with new/edit/delete, export of the list as filtered (CSV, XLSX) and printing.
class ChambersPage : public Page
{
    Q_OBJECT
public:
    explicit ChambersPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("chambers"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    bool followsRecordChanges() const override { return true; }
    bool canCreate() const override { return true; }
    void createRecord() override;
    bool canDelete() const override;
    void deleteSelected() override;
    bool canSearch() const override { return true; }
    void focusSearch() override;

    ChamberFilterBar *filterBar() const { return m_filters; }
    ChamberTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The whole list as filtered, as it would be exported.
    ListTable exportTable() const;
    // Opens the editor on a chamber; 0 for a new one. Returns once the editor is closed.
    void edit(qint64 id);

private:
    void recordsChanged(const QList<ChangeEvent> &changes);
    void applyFilters();
    void updateCount();
    void selectChamber(qint64 id);
    qint64 selectedId() const;

    ChamberFilterBar *m_filters;
    ChamberTableModel *m_model;
    QTableView *m_view;
    PageHeader *m_header;
    QPushButton *m_edit;
    QPushButton *m_delete;
    int m_generation = 0;  // the workspace's file the list was last set up for
};

} // namespace chamber
