// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberRecordList.h"
#include "Member.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;

namespace chamber {

class Workspace;

// The chamber editor's members tab (会员): the member list and whether the chamber's member
// counts follow from it (then the counts on the Basics tab are the list's).
class MembersTab : public QWidget
{
    Q_OBJECT
public:
    MembersTab(Workspace &workspace, QWidget *parent = nullptr);
    ~MembersTab() override;
    void setChamberId(qint64 id);
    ChamberRecordList<Member> *list() const { return m_list.get(); }

signals:
    // The counts of the chamber changed (a member added or removed while the list is kept).
    void countsChanged();

private:
    void showCounts();

    Workspace &m_workspace;
    qint64 m_chamberId = 0;
    QCheckBox *m_kept;
    QLabel *m_counts;
    std::unique_ptr<ChamberRecordList<Member>> m_list;
};

} // namespace chamber
