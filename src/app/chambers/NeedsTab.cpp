// SPDX-License-Identifier: GPL-3.0-or-later
#include "NeedsTab.h"

#include "RecordBindings.h"
#include "NeedDialog.h"
#include "Workspace.h"

#include <QVBoxLayout>

namespace chamber {

NeedsTab::NeedsTab(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    using N = Listed<ServiceRequest>;
    m_list = std::make_unique<ChamberRecordList<N>>(
        this, QStringLiteral("editor-needs"),
        kindColumns<N, ServiceRequest>(RecordKindId::ServiceRequest, serviceRequestBindings(), [](const N &n) -> const ServiceRequest & { return n.record; }));
    m_list->setActions(
        [this] {
            NeedQuery q;
            q.chamberId = m_chamberId;
            return m_chamberId ? m_workspace.session().needs().list(q) : Result<QList<N>>(QList<N>{});
        },
        [this] {
            ServiceRequest fresh;
            fresh.chamberId = m_chamberId;
            return NeedDialog(m_workspace, fresh, this).exec() == QDialog::Accepted;
        },
        [this](const N &n) {
            NeedDialog dialog(m_workspace, n.record, this);
            dialog.exec();
            return true;  // a status step may have been recorded even when the dialog was cancelled
        },
        [this](const N &n) { return m_workspace.session().needs().remove(n.record.id); }, [](const N &n) { return n.record.id; },
        [](const N &n) { return tr("the need of %1").arg(n.record.requester); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list->panel());
}

NeedsTab::~NeedsTab() = default;

void NeedsTab::setChamberId(qint64 id)
{
    m_chamberId = id;
    setEnabled(id != 0);
    m_list->reload();
}

} // namespace chamber
