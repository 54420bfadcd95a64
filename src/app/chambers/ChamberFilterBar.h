// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberService.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace chamber {

class DivisionCombo;
class Workspace;

// The search box and filters above the chamber list: text (searched as you type), division,
// status, registration status, Party organisation yes/no, "ready to register" and "to verify"
// (待核实, with the number of chambers that have values waiting). Emits
// queryChanged with the query to run.
class ChamberFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ChamberFilterBar(QWidget *parent = nullptr);

    // Fills the division choices from the open database's scope.
    void setWorkspace(Workspace &workspace);
    ChamberQuery query() const;
    void focusSearch();
    void clear();

    // For tests and the dashboard's links: pick filters directly.
    void setSearchText(const QString &text);
    void setDivision(const QString &codePrefix);
    void setStatus(std::optional<ChamberStatus> status);
    void setRegistration(std::optional<RegistrationStatus> registration);
    void setPartyOrganization(std::optional<bool> has);
    void setReadyOnly(bool ready);
    void setToVerifyOnly(bool only);
    // The number of chambers with values to verify, shown beside the filter.
    void setToVerifyCount(int count);
    QCheckBox *toVerifyFilter() const { return m_toVerify; }

signals:
    void queryChanged();

private:
    QLineEdit *m_search;
    DivisionCombo *m_division;
    QComboBox *m_status;
    QComboBox *m_registration;
    QComboBox *m_party;
    QCheckBox *m_ready;
    QCheckBox *m_toVerify;
    QTimer m_typing;  // search once typing pauses, not on every key at region scale
};

} // namespace chamber
