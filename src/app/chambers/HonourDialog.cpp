// SPDX-License-Identifier: GPL-3.0-or-later
#include "HonourDialog.h"

#include "HonourService.h"
#include "RecordBindings.h"
#include "Workspace.h"
#include "ui_HonourForm.h"

namespace chamber {

HonourDialog::HonourDialog(Workspace &workspace, const Honour &record, QWidget *parent)
    : BoundRecordDialog(workspace, record, parent), m_ui(std::make_unique<Ui::HonourForm>())
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(record.id ? tr("Honour") : tr("New honour"));
    m_ui->yearSpin->setMaximum(QDate::currentDate().year());
    // A new honour starts in this year, from the body that usually gives its kind.
    Honour shown = record;
    if (!shown.year)
        shown.year = QDate::currentDate().year();
    if (!record.id)
        shown.issuingBody = Honours::usualIssuingBody(record.kind);
    bind(form, RecordKindId::Honour, honourBindings(), QStringLiteral("honour"), shown);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_original.id == 0)
            m_ui->issuingBodyEdit->setText(Honours::usualIssuingBody(this->record().kind));
    });
    resize(520, 380);
}

HonourDialog::~HonourDialog() = default;

Problems HonourDialog::validate() const
{
    return checked(workspace().session().honours().validate(record()));
}

Result<qint64> HonourDialog::write()
{
    HonourService &service = workspace().session().honours();
    const Honour r = record();
    return addOrUpdate(r.id, [&] { return service.add(r); }, [&] { return service.update(r, loadedVersion()); });
}

QString HonourDialog::recordName() const
{
    return tr("the honour");
}

} // namespace chamber
