// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once


#include <QWidget>

class QAbstractItemView;
class QPushButton;

namespace chamber {

class Session;

class HistoryEntryDialog;

// The buttons under a chamber's registration history that correct or delete the selected entry
// (HistoryCorrections), each with its reason; the history and every figure follow.
class RegistrationHistoryEditor : public QWidget
{
    Q_OBJECT
public:
    // view shows a RegistrationHistoryModel; its selection is the entry acted on.
    RegistrationHistoryEditor(Session &session, QAbstractItemView *view, QWidget *parent = nullptr);

    QPushButton *correctButton() const { return m_correct; }
    QPushButton *deleteButton() const { return m_delete; }
    // Opens the dialog for the selected entry (window-modal, not blocking); nullptr if none.
    HistoryEntryDialog *correctSelected();
    HistoryEntryDialog *deleteSelected();
    // After the view's model was reset.
    void updateButtons();

signals:
    void corrected();

private:
    qint64 selectedId() const;
    HistoryEntryDialog *openDialog(bool correcting);

    Session &m_session;
    QAbstractItemView *m_view;
    QPushButton *m_correct;
    QPushButton *m_delete;
};

} // namespace chamber
