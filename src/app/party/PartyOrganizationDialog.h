// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoundRecordDialog.h"
#include "Party.h"

#include <memory>

namespace Ui {
class PartyOrganizationForm;
}

namespace chamber {

// Edits a chamber's Party organisation (党组织): form, members, secretary, star rating; its form is
// bound to the organisation's description.
class PartyOrganizationDialog : public BoundRecordDialog<PartyOrganization>
{
    Q_OBJECT
public:
    PartyOrganizationDialog(Workspace &workspace, const PartyOrganization &organization, QWidget *parent = nullptr);
    ~PartyOrganizationDialog() override;

protected:
    Problems validate() const override;
    Result<qint64> write() override;
    QString recordName() const override;

private:
    std::unique_ptr<Ui::PartyOrganizationForm> m_ui;
};

} // namespace chamber
