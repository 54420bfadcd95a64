// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QTableView;

namespace chamber {

class ChamberTableModel;
class Workspace;

// Picks one chamber by typing part of its name, township or president — for records started
// from a page rather than from a chamber (a new case, a points entry, a veto).
class ChamberPickerDialog : public QDialog
{
    Q_OBJECT
public:
    ChamberPickerDialog(Workspace &workspace, const QString &title, QWidget *parent = nullptr);
    qint64 chosenId() const { return m_chosen; }
    void setSearchText(const QString &text);
    ChamberTableModel *model() const { return m_model; }
    // Picks the chamber in a row of the list (what a double-click does).
    void choose(int row);

private:
    void search();

    QLineEdit *m_search;
    ChamberTableModel *m_model;
    QTableView *m_view;
    qint64 m_chosen = 0;
};

} // namespace chamber
