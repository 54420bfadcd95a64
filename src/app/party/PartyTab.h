// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberRecordList.h"
#include "Party.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace chamber {

class Workspace;

// The chamber editor's Party building tab (党建): the chamber's Party organisation, the
// instructors assigned to it and its three disclosures per period. Each record is written by
// its own dialog as soon as it is saved there.
class PartyTab : public QWidget
{
    Q_OBJECT
public:
    PartyTab(Workspace &workspace, QWidget *parent = nullptr);
    ~PartyTab() override;

    // The saved chamber (0 while new: nothing can be added yet).
    void setChamberId(qint64 id);
    void reload();
    ChamberRecordList<PartyInstructor> *instructors() const { return m_instructors.get(); }
    ChamberRecordList<Disclosure> *disclosures() const { return m_disclosures.get(); }

private:
    void editOrganization();
    void removeOrganization();

    Workspace &m_workspace;
    qint64 m_chamberId = 0;
    QLabel *m_organization;
    QPushButton *m_editOrganization;
    QPushButton *m_removeOrganization;
    std::unique_ptr<ChamberRecordList<PartyInstructor>> m_instructors;
    std::unique_ptr<ChamberRecordList<Disclosure>> m_disclosures;
};

} // namespace chamber
