// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyOrganizationDialog.h"

#include "PartyService.h"
#include "Workspace.h"
#include "ui_PartyOrganizationForm.h"

namespace chamber {

PartyOrganizationDialog::PartyOrganizationDialog(Workspace &workspace, const PartyOrganization &organization, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::PartyOrganizationForm>()), m_original(organization)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(organization.id ? tr("Party organisation") : tr("New Party organisation"));
    for (auto f : Party::allForms())
        m_ui->formCombo->addItem(Party::formName(f), int(f));
    m_ui->starCombo->addItem(tr("not rated"), 0);
    for (int stars = 1; stars <= 5; ++stars)
        m_ui->starCombo->addItem(tr("%n star(s)", nullptr, stars), stars);
    m_ui->nameEdit->setText(organization.name);
    m_ui->formCombo->setCurrentIndex(m_ui->formCombo->findData(int(organization.form)));
    m_ui->jointWithEdit->setText(organization.jointWith);
    m_ui->membersSpin->setValue(organization.members);
    m_ui->secretaryEdit->setText(organization.secretary);
    m_ui->secretaryPhoneEdit->setText(organization.secretaryPhone);
    m_ui->foundedEdit->setOptionalDate(organization.founded);
    m_ui->starCombo->setCurrentIndex(organization.starRating.value_or(0));
    m_ui->ratedOnEdit->setOptionalDate(organization.starRatedOn);
    m_ui->notesEdit->setPlainText(organization.notes);
    m_initial = this->record();
    loadVersion(QStringLiteral("party_organization"), organization.id);
    setForm(form);
    resize(560, 520);
    check();
}

PartyOrganizationDialog::~PartyOrganizationDialog() = default;

PartyOrganization PartyOrganizationDialog::record() const
{
    PartyOrganization o = m_original;
    o.name = m_ui->nameEdit->text().trimmed();
    o.form = PartyForm(m_ui->formCombo->currentData().toInt());
    o.jointWith = m_ui->jointWithEdit->text().trimmed();
    o.members = m_ui->membersSpin->value();
    o.secretary = m_ui->secretaryEdit->text().trimmed();
    o.secretaryPhone = m_ui->secretaryPhoneEdit->text().trimmed();
    o.founded = m_ui->foundedEdit->optionalDate();
    const int stars = m_ui->starCombo->currentData().toInt();
    o.starRating = stars > 0 ? std::optional<int>(stars) : std::nullopt;
    o.starRatedOn = m_ui->ratedOnEdit->optionalDate();
    o.notes = m_ui->notesEdit->toPlainText();
    return o;
}

Problems PartyOrganizationDialog::validate() const
{
    m_ui->jointWithEdit->setEnabled(PartyForm(m_ui->formCombo->currentData().toInt()) == PartyForm::Joint);
    return workspace().session().party().validate(record());
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
