// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyOrganizationDialog.h"

#include "PartyService.h"
#include "RecordBindings.h"
#include "Workspace.h"
#include "ui_PartyOrganizationForm.h"

namespace chamber {

PartyOrganizationDialog::PartyOrganizationDialog(Workspace &workspace, const PartyOrganization &organization, QWidget *parent)
    : BoundRecordDialog(workspace, organization, parent), m_ui(std::make_unique<Ui::PartyOrganizationForm>())
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(organization.id ? tr("Party organisation") : tr("New Party organisation"));
    m_ui->starCombo->addItem(tr("not rated"));  // no data: no rating
    for (int stars = 1; stars <= 5; ++stars)
        m_ui->starCombo->addItem(tr("%n star(s)", nullptr, stars), stars);
    bind(form, RecordKindId::PartyOrganization, partyOrganizationBindings(), QStringLiteral("party_organization"), organization);
    resize(560, 520);
}

PartyOrganizationDialog::~PartyOrganizationDialog() = default;

Problems PartyOrganizationDialog::validate() const
{
    const PartyOrganization o = record();
    m_ui->jointWithEdit->setEnabled(o.form == PartyForm::Joint);
    return checked(workspace().session().party().validate(o));
}

Result<qint64> PartyOrganizationDialog::write()
{
    PartyService &party = workspace().session().party();
    const PartyOrganization o = record();
    return addOrUpdate(o.id, [&] { return party.addOrganization(o); }, [&] { return party.updateOrganization(o, loadedVersion()); });
}

QString PartyOrganizationDialog::recordName() const
{
    return tr("the Party organisation");
}

} // namespace chamber
