// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteeDialog.h"

#include "MediationService.h"
#include "Workspace.h"
#include "ui_CommitteeForm.h"

namespace chamber {

CommitteeDialog::CommitteeDialog(Workspace &workspace, const MediationCommittee &record, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::CommitteeForm>()), m_original(record)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(record.id ? tr("Mediation committee") : tr("New mediation committee"));
    m_ui->nameEdit->setText(record.name);
    m_ui->foundedEdit->setOptionalDate(record.founded);
    m_ui->mediatorsSpin->setValue(record.mediators);
    m_ui->notesEdit->setPlainText(record.notes);
    m_initial = this->record();
    loadVersion(QStringLiteral("mediation_committee"), record.id);
    setForm(form);
    resize(520, 300);
    check();
}

CommitteeDialog::~CommitteeDialog() = default;

MediationCommittee CommitteeDialog::record() const
{
    MediationCommittee r = m_original;
    r.name = m_ui->nameEdit->text().trimmed();
    r.founded = m_ui->foundedEdit->optionalDate();
    r.mediators = m_ui->mediatorsSpin->value();
    r.notes = m_ui->notesEdit->toPlainText();
    return r;
}

Problems CommitteeDialog::validate() const
{
    return workspace().session().mediation().validate(record());
}

Result<qint64> CommitteeDialog::write()
{
    MediationService &service = workspace().session().mediation();
    const MediationCommittee r = record();
    return addOrUpdate(r.id, [&] { return service.addCommittee(r); }, [&] { return service.updateCommittee(r, loadedVersion()); });
}

QString CommitteeDialog::recordName() const
{
    return tr("the mediation committee");
}

} // namespace chamber
