// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Division.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace chamber {

// Picks a database's scope from the bundled divisions: province → city → county in a tree,
// narrowed as you type a name or code (a match keeps its parents visible, so "宾阳" shows
// 广西壮族自治区 › 南宁市 › 宾阳县). Townships are not offered: a database covers at least a county.
class DivisionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit DivisionPicker(QWidget *parent = nullptr);

    std::optional<Division> selected() const;
    // Selects a division by code and shows it.
    bool select(const QString &code);
    void setSearchText(const QString &text);
    QTreeView *tree() const { return m_tree; }

signals:
    void selectionChanged();

private:
    void build();
    void describe();

    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
};

} // namespace chamber
