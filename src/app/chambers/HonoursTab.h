// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberRecordList.h"
#include "Honour.h"

#include <QWidget>

#include <memory>

namespace chamber {

class Workspace;

// The chamber editor's honours tab (荣誉认定): four-good chambers, integrity pioneer, star-rated
// Party organisation, each with its year and document.
class HonoursTab : public QWidget
{
    Q_OBJECT
public:
    HonoursTab(Workspace &workspace, QWidget *parent = nullptr);
    ~HonoursTab() override;
    void setChamberId(qint64 id);
    ChamberRecordList<Honour> *list() const { return m_list.get(); }

private:
    Workspace &m_workspace;
    qint64 m_chamberId = 0;
    std::unique_ptr<ChamberRecordList<Honour>> m_list;
};

} // namespace chamber
