// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureDialog.h"

#include "DisclosureService.h"
#include "Workspace.h"
#include "ui_DisclosureForm.h"

namespace chamber {

DisclosureDialog::DisclosureDialog(Workspace &workspace, const Disclosure &disclosure, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::DisclosureForm>()), m_original(disclosure)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(disclosure.id ? tr("Three disclosures") : tr("New disclosure period"));
    m_ui->periodEdit->setText(disclosure.period);
    m_ui->partyCheck->setChecked(disclosure.partyAffairs);
    m_ui->chamberCheck->setChecked(disclosure.chamberAffairs);
    m_ui->financesCheck->setChecked(disclosure.finances);
    m_ui->disclosedOnEdit->setOptionalDate(disclosure.disclosedOn);
    m_ui->notesEdit->setPlainText(disclosure.notes);
    m_initial = this->record();
    loadVersion(QStringLiteral("party_disclosure"), disclosure.id);
    setForm(form);
    resize(480, 380);
    check();
}

DisclosureDialog::~DisclosureDialog() = default;

Disclosure DisclosureDialog::record() const
{
    Disclosure d = m_original;
    d.period = m_ui->periodEdit->text().trimmed();
    d.partyAffairs = m_ui->partyCheck->isChecked();
    d.chamberAffairs = m_ui->chamberCheck->isChecked();
    d.finances = m_ui->financesCheck->isChecked();
    d.disclosedOn = m_ui->disclosedOnEdit->optionalDate();
    d.notes = m_ui->notesEdit->toPlainText();
    return d;
}

Problems DisclosureDialog::validate() const
{
    return workspace().session().disclosures().validate(record());
}

Result<qint64> DisclosureDialog::write()
{
    DisclosureService &disclosures = workspace().session().disclosures();
    const Disclosure d = record();
    return addOrUpdate(d.id, [&] { return disclosures.add(d); }, [&] { return disclosures.update(d, loadedVersion()); });
}

QString DisclosureDialog::recordName() const
{
    return m_original.period.isEmpty() ? tr("the new disclosure period") : tr("the disclosures of %1").arg(m_original.period);
}

} // namespace chamber
