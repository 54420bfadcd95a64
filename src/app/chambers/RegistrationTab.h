// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "ProblemLabels.h"
#include "Registration.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RegistrationTab;
}

namespace chamber {

class Session;

class RegistrationHistoryEditor;
class RegistrationHistoryModel;

// The chamber editor's registration tab (ui/chambers/RegistrationTab.ui): the dated history, a form to
// record the next change (checked as it is typed, written at once when recorded; an entry made
// wrongly is corrected or deleted, with a reason, through RegistrationHistoryEditor) and the readiness checklist for the chamber as the Basics tab now reads.
class RegistrationTab : public QWidget
{
    Q_OBJECT
public:
    explicit RegistrationTab(Session &session, QWidget *parent = nullptr);
    ~RegistrationTab() override;

    // The saved chamber whose history to show; 0 while the chamber is new (nothing to record yet).
    void setChamberId(qint64 id);
    // The chamber as edited, for the checklist.
    void setDraft(const Chamber &chamber);
    RegistrationStatus currentStatus() const;

signals:
    void recorded();

private:
    RegistrationEvent pendingEvent() const;
    void validateChange();
    void record();
    void loadHistory();

    Session &m_session;
    std::unique_ptr<Ui::RegistrationTab> m_ui;
    RegistrationHistoryModel *m_history;
    RegistrationHistoryEditor *m_corrections;
    ProblemLabels m_problems;
    qint64 m_chamberId = 0;
};

} // namespace chamber
