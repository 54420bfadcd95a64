// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace chamber {

class PagedTableModel;
struct ListTable;

// A record list as pages show it: a search box (searched as you type), the page's filters, a
// count, buttons, and the table on a paged model. The page turns the search and filters into
// its service's query when filtersChanged() fires, and reloads the model.
// A header click sorts the columns that have a sort key on the model (the service sorts the whole
// list in SQL); a third click goes back to the usual order, and other columns ignore clicks.
class RecordListPanel : public QWidget
{
    Q_OBJECT
public:
    // columnsKey: where the column widths are remembered; widths in CJK characters (0 = stretch).
    RecordListPanel(PagedTableModel *model, const QString &columnsKey, const QList<int> &widths, QWidget *parent = nullptr);

    QString searchText() const;
    void setSearchPlaceholder(const QString &text);
    // Lists of one chamber's few records need no search box.
    void setSearchVisible(bool visible);
    void addFilter(QWidget *filter);
    void addButton(QPushButton *button);
    QPushButton *addButton(const QIcon &icon, const QString &text, const QString &toolTip = {});
    // Adds Export… (CSV or XLSX) and Print… of the list as filtered, as the chambers page has;
    // title gives the title above the table at the time of export.
    void addExportButtons(std::function<QString()> title, const QString &baseName);
    // The whole list as filtered, with the model's column titles: what Export and Print write (or
    // the error of a read that failed, in ListTable::error).
    ListTable exportTable(const QString &title) const;
    QTableView *view() const { return m_view; }
    PagedTableModel *model() const { return m_model; }
    qint64 selectedId() const;
    void selectId(qint64 id);
    void focusSearch();
    // "%n records" style text for the count under the table, given the total.
    void setCountText(std::function<QString(int total)> text) { m_countText = std::move(text); updateCount(); }

signals:
    void filtersChanged();
    void activated(qint64 id);
    void selectionChanged();

private:
    void updateCount();
    void keepSortIndicator();

    PagedTableModel *m_model;
    QLineEdit *m_search;
    QHBoxLayout *m_filters;
    QHBoxLayout *m_buttons;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_readError;  // the model's read error, in place of rows
    QTimer m_typing;
    std::function<QString(int)> m_countText;
};

} // namespace chamber
