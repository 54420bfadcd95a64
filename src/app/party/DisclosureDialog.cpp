// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureDialog.h"

#include "DisclosureService.h"
#include "RecordBindings.h"
#include "Workspace.h"
#include "ui_DisclosureForm.h"

namespace chamber {

DisclosureDialog::DisclosureDialog(Workspace &workspace, const Disclosure &disclosure, QWidget *parent)
    : BoundRecordDialog(workspace, disclosure, parent), m_ui(std::make_unique<Ui::DisclosureForm>())
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(disclosure.id ? tr("Three disclosures") : tr("New disclosure period"));
    bind(form, RecordKindId::Disclosure, disclosureBindings(), QStringLiteral("party_disclosure"), disclosure);
    resize(480, 380);
}

DisclosureDialog::~DisclosureDialog() = default;

Problems DisclosureDialog::validate() const
{
    return checked(workspace().session().disclosures().validate(record()));
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
