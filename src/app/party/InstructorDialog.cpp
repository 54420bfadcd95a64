// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstructorDialog.h"

#include "PartyService.h"
#include "RecordBindings.h"
#include "Workspace.h"
#include "ui_InstructorForm.h"

namespace chamber {

InstructorDialog::InstructorDialog(Workspace &workspace, const PartyInstructor &instructor, QWidget *parent)
    : BoundRecordDialog(workspace, instructor, parent), m_ui(std::make_unique<Ui::InstructorForm>())
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(instructor.id ? tr("Party instructor") : tr("New Party instructor"));
    bind(form, RecordKindId::PartyInstructor, partyInstructorBindings(), QStringLiteral("party_instructor"), instructor);
    resize(520, 380);
}

InstructorDialog::~InstructorDialog() = default;

Problems InstructorDialog::validate() const
{
    return checked(workspace().session().party().validate(record()));
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
