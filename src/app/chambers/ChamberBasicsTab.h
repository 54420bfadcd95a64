// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "DivisionService.h"
#include "ProblemLabels.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ChamberBasicsTab;
}

namespace chamber {

template<typename T>
class FormBinding;

// The chamber editor's first tab: the chamber record itself (ui/chambers/ChamberBasicsTab.ui), its
// widgets bound to the chamber's description (FormBinding). Reads and writes a Chamber; shows each
// problem under its field. Emits edited() on every change.
class ChamberBasicsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChamberBasicsTab(QWidget *parent = nullptr);
    ~ChamberBasicsTab() override;

    // The townships a chamber may belong to; withCounty prefixes each with its county.
    void setTownships(const QList<TownshipInfo> &townships, bool withCounty);
    void setChamber(const Chamber &chamber);
    // The record as the fields now read (id kept from setChamber).
    Chamber chamber() const;
    // Problems of the input itself that a Chamber cannot carry (funds that are not an amount).
    Problems inputProblems() const;
    void showProblems(const Problems &problems);
    void focusName();
    // Member counts that follow from a kept member list are not typed here.
    void setMemberCountsLocked(bool locked);

signals:
    void edited();

private:
    std::unique_ptr<Ui::ChamberBasicsTab> m_ui;
    std::unique_ptr<FormBinding<Chamber>> m_fields;
    ProblemLabels m_problems;
    qint64 m_id = 0;
};

} // namespace chamber
