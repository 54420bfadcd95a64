// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstructorDialog.h"

#include "PartyService.h"
#include "Workspace.h"
#include "ui_InstructorForm.h"

namespace chamber {

InstructorDialog::InstructorDialog(Workspace &workspace, const PartyInstructor &instructor, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::InstructorForm>()), m_original(instructor)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(instructor.id ? tr("Party instructor") : tr("New Party instructor"));
    m_ui->nameEdit->setText(instructor.name);
    m_ui->unitEdit->setText(instructor.unit);
    m_ui->phoneEdit->setText(instructor.phone);
    m_ui->fromEdit->setOptionalDate(instructor.from);
    m_ui->untilEdit->setOptionalDate(instructor.until);
    m_ui->notesEdit->setPlainText(instructor.notes);
    m_initial = this->record();
    loadVersion(QStringLiteral("party_instructor"), instructor.id);
    setForm(form);
    resize(520, 380);
    check();
}

InstructorDialog::~InstructorDialog() = default;

PartyInstructor InstructorDialog::record() const
{
    PartyInstructor i = m_original;
    i.name = m_ui->nameEdit->text().trimmed();
    i.unit = m_ui->unitEdit->text().trimmed();
    i.phone = m_ui->phoneEdit->text().trimmed();
    i.from = m_ui->fromEdit->optionalDate();
    i.until = m_ui->untilEdit->optionalDate();
    i.notes = m_ui->notesEdit->toPlainText();
    return i;
}

Problems InstructorDialog::validate() const
{
    return workspace().session().party().validate(record());
}

Result<qint64> InstructorDialog::write()
{
    PartyService &party = workspace().session().party();
    const PartyInstructor i = record();
    return addOrUpdate(i.id, [&] { return party.addInstructor(i); }, [&] { return party.updateInstructor(i, loadedVersion()); });
}

QString InstructorDialog::recordName() const
{
    return m_original.name.isEmpty() ? tr("the new instructor") : m_original.name;
}

} // namespace chamber
