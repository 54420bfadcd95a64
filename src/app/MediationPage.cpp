// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationPage.h"

#include "EmptyState.h"
#include "PageHeader.h"
#include "Theme.h"

#include <QVBoxLayout>

namespace chamber {

MediationPage::MediationPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_empty(new EmptyState(tr("Keeping mediation committees and cases is not yet available in this version."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(new PageHeader(title(), this));
    layout->addWidget(m_empty, 1);
}

QString MediationPage::title() const
{
    return tr("Mediation");
}

QIcon MediationPage::icon() const
{
    return Theme::icon(QStringLiteral("help-about"), QStyle::SP_MessageBoxQuestion);
}

} // namespace chamber
