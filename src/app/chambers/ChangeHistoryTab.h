// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace chamber {

class ChangeHistory;
struct Change;
struct ChangeQuery;
class Workspace;

// 修改记录: the changes made to one chamber and its records, newest first — when, who, which
// record, and each field's value before and after — with 撤销此修改 for the selected change
// (refused, with the reason, when the record changed since or a rule would break).
class ChangeHistoryTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeHistoryTab(Workspace &workspace, QWidget *parent = nullptr);

    void setChamberId(qint64 id);
    // Every change of the database, whatever its record (points rules, imports, …), narrowed by
    // the filter's date and user: the 修改记录 window of the Edit menu.
    void showAll(const ChangeQuery &filter);
    void reload();
    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    // Undoes the change in the selected row after asking (ask false: without asking, for tests);
    // false with the reason shown if it is refused.
    bool undoSelected(bool ask = true);
    // One line per field, "field: before → after" (an insert: the values it was created with; a
    // removal: what was removed), and the reason where the log keeps one.
    static QString describe(ChangeHistory &history, const Change &change);

signals:
    // A change was undone: the chamber and its records may differ now.
    void undone();

private:
    Workspace &m_workspace;
    qint64 m_chamberId = 0;
    bool m_all = false;
    std::optional<QDate> m_since;
    std::optional<QString> m_actor;
    QTableWidget *m_table;
    QPushButton *m_undo;
    QLabel *m_message;
};

} // namespace chamber
