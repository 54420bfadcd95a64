// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Problem.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace chamber {

class ChamberBasicsTab;
class ChangeHistoryTab;
class ChamberPointsTab;
class HonoursTab;
class MediationTab;
class MembersTab;
class NeedsTab;
class PartyTab;
class RegistrationTab;
class VerificationBanner;
class Workspace;

// Edits one chamber (or makes a new one) in tabs: the record, its registration, and the records
// kept about it by other areas. The record is checked as it is typed — each message under its
// field, Save disabled while anything is wrong — and closing with unsaved changes asks first. A
// banner above the tabs names the values waiting to be verified (待核实).
class ChamberEditor : public QDialog
{
    Q_OBJECT
public:
    // id 0: a new chamber (in township, if given).
    ChamberEditor(Workspace &workspace, qint64 id, QWidget *parent = nullptr, const QString &township = {});
    ~ChamberEditor() override;

    qint64 chamberId() const { return m_saved.id; }
    bool isDirty() const;
    bool canSave() const;
    ChamberBasicsTab *basicsTab() const { return m_basics; }
    RegistrationTab *registrationTab() const { return m_registration; }
    QTabWidget *tabs() const { return m_tabs; }
    PartyTab *partyTab() const { return m_party; }
    HonoursTab *honoursTab() const { return m_honours; }
    MediationTab *mediationTab() const { return m_mediation; }
    NeedsTab *needsTab() const { return m_needs; }
    MembersTab *membersTab() const { return m_members; }
    ChamberPointsTab *pointsTab() const { return m_points; }
    ChangeHistoryTab *historyTab() const { return m_history; }
    // Shows the chamber as it is saved now (after someone else saved it, or a change was undone).
    void reloadSaved();
    // Shows a tab by its position: 0 basics, 1 registration, 2 Party building, 3 honours,
    // 4 mediation, 5 needs, 6 members, 7 micro-points, 8 change history.
    void showTab(int index);
    QPushButton *saveButton() const { return m_save; }
    VerificationBanner *verificationBanner() const { return m_banner; }
    // Saves; false (with the problems shown) if the record is refused.
    bool save();

    // Every way of closing (Close, Esc, the window's close button) comes here and asks first.
    void done(int result) override;

signals:
    void saved(qint64 id);

private:
    void check();
    void setRecordTabsChamber();
    void updateTitle();
    // A save refused because someone else saved the chamber since: offers to reload it.
    void offerReload(const Problems &problems);
    // After a write this window made itself (a verified value used, a registration recorded, the
    // member counts taken from the list): the version it now holds.
    void refreshVersion();
    static bool hasProblem(const Problems &problems, const QString &field);
    // Asks what to do with unsaved changes; true if the dialog may close.
    bool confirmClose();

    Workspace &m_workspace;
    Chamber m_saved;
    qint64 m_version = 0;  // the row_version m_saved was read at
    QTabWidget *m_tabs;
    ChamberBasicsTab *m_basics;
    RegistrationTab *m_registration;
    PartyTab *m_party = nullptr;
    HonoursTab *m_honours = nullptr;
    MediationTab *m_mediation = nullptr;
    NeedsTab *m_needs = nullptr;
    MembersTab *m_members = nullptr;
    ChamberPointsTab *m_points = nullptr;
    ChangeHistoryTab *m_history = nullptr;
    VerificationBanner *m_banner;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    bool m_hasErrors = false;
};

} // namespace chamber
