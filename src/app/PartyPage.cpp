// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyPage.h"

#include "EmptyState.h"
#include "PageHeader.h"
#include "Theme.h"

#include <QVBoxLayout>

namespace chamber {

PartyPage::PartyPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_empty(new EmptyState(tr("Keeping Party organisations, instructors and the three disclosures is not yet available in this version."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(new PageHeader(title(), this));
    layout->addWidget(m_empty, 1);
}

QString PartyPage::title() const
{
    return tr("Party building");
}

QIcon PartyPage::icon() const
{
    return Theme::icon(QStringLiteral("mail-send"), QStyle::SP_DirLinkIcon);
}

} // namespace chamber
