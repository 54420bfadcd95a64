// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberDialog.h"

#include "MemberService.h"
#include "Workspace.h"
#include "ui_MemberForm.h"

#include "CreditCode.h"

namespace chamber {

MemberDialog::MemberDialog(Workspace &workspace, const Member &record, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::MemberForm>()), m_original(record)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(record.id ? tr("Member") : tr("New member"));
    for (auto kind : Members::allKinds())
        m_ui->kindCombo->addItem(Members::kindName(kind), int(kind));
    for (auto role : Members::allRoles())
        m_ui->roleCombo->addItem(Members::roleName(role), int(role));
    m_ui->nameEdit->setText(record.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(record.kind)));
    m_ui->creditCodeEdit->setText(record.creditCode);
    m_ui->representativeEdit->setText(record.representative);
    m_ui->phoneEdit->setText(record.phone);
    m_ui->industryEdit->setText(record.industry);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(record.role)));
    m_ui->joinedEdit->setOptionalDate(record.joinedOn);
    m_ui->leftEdit->setOptionalDate(record.leftOn);
    m_ui->notesEdit->setPlainText(record.notes);
    m_initial = this->record();
    loadVersion(QStringLiteral("member"), record.id);
    setForm(form);
    resize(540, 480);
    check();
}

MemberDialog::~MemberDialog() = default;

Member MemberDialog::record() const
{
    Member r = m_original;
    r.name = m_ui->nameEdit->text().trimmed();
    r.kind = MemberKind(m_ui->kindCombo->currentData().toInt());
    r.creditCode = CreditCode::normalise(m_ui->creditCodeEdit->text());
    r.representative = m_ui->representativeEdit->text().trimmed();
    r.phone = m_ui->phoneEdit->text().trimmed();
    r.industry = m_ui->industryEdit->text().trimmed();
    r.role = MemberRole(m_ui->roleCombo->currentData().toInt());
    r.joinedOn = m_ui->joinedEdit->optionalDate();
    r.leftOn = m_ui->leftEdit->optionalDate();
    r.notes = m_ui->notesEdit->toPlainText();
    return r;
}

Problems MemberDialog::validate() const
{
    return workspace().session().members().validate(record());
}

Result<qint64> MemberDialog::write()
{
    MemberService &service = workspace().session().members();
    const Member r = record();
    return addOrUpdate(r.id, [&] { return service.add(r); }, [&] { return service.update(r, loadedVersion()); });
}

QString MemberDialog::recordName() const
{
    return m_original.name.isEmpty() ? tr("the new member") : m_original.name;
}

} // namespace chamber
