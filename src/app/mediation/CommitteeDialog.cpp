// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteeDialog.h"

#include "MediationService.h"
#include "RecordBindings.h"
#include "Workspace.h"
#include "ui_CommitteeForm.h"

namespace chamber {

CommitteeDialog::CommitteeDialog(Workspace &workspace, const MediationCommittee &record, QWidget *parent)
    : BoundRecordDialog(workspace, record, parent), m_ui(std::make_unique<Ui::CommitteeForm>())
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(record.id ? tr("Mediation committee") : tr("New mediation committee"));
    bind(form, RecordKindId::MediationCommittee, mediationCommitteeBindings(), QStringLiteral("mediation_committee"), record);
    resize(520, 300);
}

CommitteeDialog::~CommitteeDialog() = default;

Problems CommitteeDialog::validate() const
{
    return checked(workspace().session().mediation().validate(record()));
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
