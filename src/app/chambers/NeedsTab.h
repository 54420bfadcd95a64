// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberRecordList.h"
#include "ServiceRequestService.h"

#include <QWidget>

#include <memory>

namespace chamber {

class Workspace;

// The chamber editor's needs tab (会员需求清单): what members asked for, who it went to, how far
// it has got.
class NeedsTab : public QWidget
{
    Q_OBJECT
public:
    NeedsTab(Workspace &workspace, QWidget *parent = nullptr);
    ~NeedsTab() override;
    void setChamberId(qint64 id);
    ChamberRecordList<Listed<ServiceRequest>> *list() const { return m_list.get(); }

private:
    Workspace &m_workspace;
    qint64 m_chamberId = 0;
    std::unique_ptr<ChamberRecordList<Listed<ServiceRequest>>> m_list;
};

} // namespace chamber
