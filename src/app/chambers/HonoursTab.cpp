// SPDX-License-Identifier: GPL-3.0-or-later
#include "HonoursTab.h"

#include "HonourDialog.h"
#include "HonourService.h"
#include "RecordBindings.h"
#include "Workspace.h"

#include <QVBoxLayout>

namespace chamber {

HonoursTab::HonoursTab(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    using H = Honour;
    m_list = std::make_unique<ChamberRecordList<H>>(this, QStringLiteral("editor-honours"),
                                                    kindColumns<H>(RecordKindId::Honour, honourBindings()));
    m_list->setActions(
        [this] { return m_workspace.session().honours().of(m_chamberId); },
        [this] {
            Honour fresh;
            fresh.chamberId = m_chamberId;
            return HonourDialog(m_workspace, fresh, this).exec() == QDialog::Accepted;
        },
        [this](const H &h) { return HonourDialog(m_workspace, h, this).exec() == QDialog::Accepted; },
        [this](const H &h) { return m_workspace.session().honours().remove(h.id); }, [](const H &h) { return h.id; },
        [](const H &h) { return tr("the honour %1 (%2)").arg(Honours::kindName(h.kind)).arg(h.year); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list->panel());
}

HonoursTab::~HonoursTab() = default;

void HonoursTab::setChamberId(qint64 id)
{
    m_chamberId = id;
    setEnabled(id != 0);
    m_list->reload();
}

} // namespace chamber
