// SPDX-License-Identifier: GPL-3.0-or-later
#include "HonoursTab.h"

#include "Cells.h"
#include "HonourDialog.h"
#include "HonourService.h"
#include "Workspace.h"

#include <QVBoxLayout>

namespace chamber {

HonoursTab::HonoursTab(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    using H = Honour;
    m_list = std::make_unique<ChamberRecordList<H>>(
        this, QStringLiteral("editor-honours"), QStringList{tr("Year"), tr("Honour"), tr("Issued by"), tr("Document number"), tr("Decided on")},
        QList<cells::Cell<H>>{cells::text<H>([](const H &h) { return QString::number(h.year); }),
                              cells::text<H>([](const H &h) { return Honours::kindName(h.kind); }),
                              cells::text<H>([](const H &h) { return h.issuingBody; }),
                              cells::text<H>([](const H &h) { return h.documentNumber; }),
                              cells::date<H>([](const H &h) { return h.awardedOn; })},
        QList<int>{3, 9, 12, 10, 0});
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
