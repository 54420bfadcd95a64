// SPDX-License-Identifier: GPL-3.0-or-later
#include "VetoDialog.h"

#include "ChamberService.h"
#include "PointsService.h"
#include "Workspace.h"
#include "ui_VetoForm.h"

namespace chamber {

VetoDialog::VetoDialog(Workspace &workspace, const Veto &record, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::VetoForm>()), m_original(record)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(tr("Veto for %1").arg(record.year));
    if (const auto chamber = workspace.session().chambers().get(record.chamberId))
        m_ui->chamberLabel->setText(chamber->name);
    m_ui->dateEdit->setOptionalDate(record.date.isValid() ? std::optional<QDate>(record.date) : QDate::currentDate());
    m_ui->reasonEdit->setPlainText(record.reason);
    m_initial = this->record();
    setForm(form);
    resize(540, 320);
    check();
}

VetoDialog::~VetoDialog() = default;

Veto VetoDialog::record() const
{
    Veto v = m_original;
    v.date = m_ui->dateEdit->optionalDate().value_or(QDate());
    v.reason = m_ui->reasonEdit->toPlainText().trimmed();
    return v;
}

Problems VetoDialog::validate() const
{
    return Points::validateVeto(record());
}

Result<qint64> VetoDialog::write()
{
    return workspace().session().points().addVeto(record());
}

QString VetoDialog::recordName() const
{
    return tr("the veto");
}

} // namespace chamber
