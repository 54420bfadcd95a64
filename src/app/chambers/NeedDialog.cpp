// SPDX-License-Identifier: GPL-3.0-or-later
#include "NeedDialog.h"

#include "Dates.h"
#include "RecordBindings.h"
#include "ServiceRequestService.h"
#include "StatusChangeBox.h"
#include "ui_NeedForm.h"
#include "Workspace.h"

#include <QLocale>

namespace chamber {

NeedDialog::NeedDialog(Workspace &workspace, const ServiceRequest &record, QWidget *parent)
    : BoundRecordDialog(workspace, record, parent), m_ui(std::make_unique<Ui::NeedForm>())
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(record.id ? tr("Member need") : tr("New member need"));
    m_ui->partnerCombo->addItems(ServiceRequests::usualPartners());
    if (record.id) {
        // The lifecycle moves by dated steps, each written at once (like the registration history).
        m_status = new StatusChangeBox(tr("Progress"), form);
        m_status->setActions(
            [this](const StatusChangeBox::Change &c) {
                return ServiceRequests::validateChange(m_original, NeedStatus(c.status), c.date, c.reopen, c.reason);
            },
            [this](const StatusChangeBox::Change &c) {
                NeedChange change{m_original.id, NeedStatus(c.status), c.date, c.reopen, c.reason,
                                  m_ui->partnerCombo->currentText().trimmed(), m_ui->resolutionEdit->text().trimmed()};
                return this->workspace().session().needs().changeStatus(change);
            });
        connect(m_status, &StatusChangeBox::recorded, this, [this] {
            if (auto fresh = this->workspace().session().needs().get(m_original.id)) {
                for (ServiceRequest *r : {&m_original, &m_initial}) {
                    r->status = fresh->status;
                    r->startedOn = fresh->startedOn;
                    r->resolvedOn = fresh->resolvedOn;
                }
            }
            showStatus();
            check();
        });
        form->layout()->addWidget(m_status);
        showStatus();
    }
    ServiceRequest shown = record;
    if (!shown.raisedOn.isValid())
        shown.raisedOn = QDate::currentDate();  // a new need is raised today, unless the clerk says otherwise
    bind(form, RecordKindId::ServiceRequest, serviceRequestBindings(), QStringLiteral("service_request"), shown);
    resize(560, record.id ? 640 : 480);
}

NeedDialog::~NeedDialog() = default;

void NeedDialog::showStatus()
{
    const ServiceRequest &r = m_original;
    QString text = tr("Now: %1").arg(ServiceRequests::statusName(r.status));
    if (r.status == NeedStatus::Resolved && r.resolvedOn)
        text = tr("Now: %1 on %2").arg(ServiceRequests::statusName(r.status), dates::toText(*r.resolvedOn));
    else if (r.status == NeedStatus::InProgress && r.startedOn)
        text = tr("Now: %1 since %2").arg(ServiceRequests::statusName(r.status), dates::toText(*r.startedOn));
    QList<StatusChangeBox::Step> next;
    if (r.status == NeedStatus::Open)
        next = {{int(NeedStatus::InProgress), ServiceRequests::statusName(NeedStatus::InProgress), false},
                {int(NeedStatus::Resolved), ServiceRequests::statusName(NeedStatus::Resolved), false}};
    else if (r.status == NeedStatus::InProgress)
        next = {{int(NeedStatus::Resolved), ServiceRequests::statusName(NeedStatus::Resolved), false}};
    else
        next = {{int(NeedStatus::InProgress), tr("Reopen: back to %1").arg(ServiceRequests::statusName(NeedStatus::InProgress)), true}};
    m_status->setCurrent(text, next);
}

Problems NeedDialog::validate() const
{
    return checked(workspace().session().needs().validate(record()));
}

Result<qint64> NeedDialog::write()
{
    ServiceRequestService &needs = workspace().session().needs();
    const ServiceRequest r = record();
    return addOrUpdate(r.id, [&] { return needs.add(r); }, [&] { return needs.update(r, loadedVersion()); });
}

QString NeedDialog::recordName() const
{
    return tr("the need");
}

} // namespace chamber
