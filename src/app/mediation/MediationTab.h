// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberRecordList.h"
#include "MediationCaseService.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace chamber {

class TallyPanel;
class Workspace;

// The chamber editor's mediation tab (商人纠纷商人解): the chamber's mediation committee and the
// cases it took in.
class MediationTab : public QWidget
{
    Q_OBJECT
public:
    MediationTab(Workspace &workspace, QWidget *parent = nullptr);
    ~MediationTab() override;
    void setChamberId(qint64 id);
    void reload();
    ChamberRecordList<Listed<MediationCase>> *cases() const { return m_cases.get(); }
    TallyPanel *tallies() const { return m_tallies; }

private:
    void editCommittee();

    Workspace &m_workspace;
    qint64 m_chamberId = 0;
    QLabel *m_committee;
    QPushButton *m_editCommittee;
    QPushButton *m_removeCommittee = nullptr;
    TallyPanel *m_tallies = nullptr;
    std::unique_ptr<ChamberRecordList<Listed<MediationCase>>> m_cases;
};

} // namespace chamber
