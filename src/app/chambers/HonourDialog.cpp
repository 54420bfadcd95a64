// SPDX-License-Identifier: GPL-3.0-or-later
#include "HonourDialog.h"

#include "HonourService.h"
#include "Workspace.h"
#include "ui_HonourForm.h"

namespace chamber {

HonourDialog::HonourDialog(Workspace &workspace, const Honour &record, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::HonourForm>()), m_original(record)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(record.id ? tr("Honour") : tr("New honour"));
    for (auto kind : Honours::allKinds())
        m_ui->kindCombo->addItem(Honours::kindName(kind), int(kind));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(record.kind)));
    m_ui->yearSpin->setMaximum(QDate::currentDate().year());
    m_ui->yearSpin->setValue(record.year ? record.year : QDate::currentDate().year());
    m_ui->issuingBodyEdit->setText(record.id ? record.issuingBody : Honours::usualIssuingBody(record.kind));
    m_ui->documentEdit->setText(record.documentNumber);
    m_ui->awardedOnEdit->setOptionalDate(record.awardedOn);
    m_ui->notesEdit->setPlainText(record.notes);
    // A new honour offers the body that usually gives the kind chosen.
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_original.id == 0)
            m_ui->issuingBodyEdit->setText(Honours::usualIssuingBody(HonourKind(m_ui->kindCombo->currentData().toInt())));
    });
    m_initial = this->record();
    loadVersion(QStringLiteral("honour"), record.id);
    setForm(form);
    resize(520, 380);
    check();
}

HonourDialog::~HonourDialog() = default;

Honour HonourDialog::record() const
{
    Honour r = m_original;
    r.kind = HonourKind(m_ui->kindCombo->currentData().toInt());
    r.year = m_ui->yearSpin->value();
    r.issuingBody = m_ui->issuingBodyEdit->text().trimmed();
    r.documentNumber = m_ui->documentEdit->text().trimmed();
    r.awardedOn = m_ui->awardedOnEdit->optionalDate();
    r.notes = m_ui->notesEdit->toPlainText();
    return r;
}

Problems HonourDialog::validate() const
{
    return workspace().session().honours().validate(record());
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
