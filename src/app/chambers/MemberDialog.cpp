// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberDialog.h"

#include "CreditCode.h"
#include "MemberService.h"
#include "RecordBindings.h"
#include "Workspace.h"
#include "ui_MemberForm.h"

namespace chamber {

MemberDialog::MemberDialog(Workspace &workspace, const Member &record, QWidget *parent)
    : BoundRecordDialog(workspace, record, parent), m_ui(std::make_unique<Ui::MemberForm>())
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(record.id ? tr("Member") : tr("New member"));
    bind(form, RecordKindId::Member, memberBindings(), QStringLiteral("member"), record);
    resize(540, 480);
}

MemberDialog::~MemberDialog() = default;

Member MemberDialog::record() const
{
    Member r = BoundRecordDialog::record();
    r.creditCode = CreditCode::normalise(r.creditCode);  // as it is stored: with spaces or in lower case, the same code
    return r;
}

Problems MemberDialog::validate() const
{
    return checked(workspace().session().members().validate(record()));
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
