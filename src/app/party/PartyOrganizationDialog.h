// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Party.h"
#include "RecordDialog.h"

#include <memory>

namespace Ui {
class PartyOrganizationForm;
}

namespace chamber {

// Edits a chamber's Party organisation (党组织): form, members, secretary, star rating.
class PartyOrganizationDialog : public RecordDialog
{
    Q_OBJECT
public:
    PartyOrganizationDialog(Workspace &workspace, const PartyOrganization &organization, QWidget *parent = nullptr);
    ~PartyOrganizationDialog() override;
    PartyOrganization record() const;

protected:
    bool isDirty() const override { return record() != m_initial; }
    bool isNew() const override { return m_original.id == 0; }
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::PartyOrganizationForm> m_ui;
    PartyOrganization m_original;
    PartyOrganization m_initial;  // as the form first showed it
};

} // namespace chamber
