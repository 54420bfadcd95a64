// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsPage.h"

#include "EmptyState.h"
#include "PageHeader.h"
#include "Theme.h"

#include <QVBoxLayout>

namespace chamber {

PointsPage::PointsPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_empty(new EmptyState(tr("Keeping the micro-points rules, entries, vetoes and scorecards is not yet available in this version."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(new PageHeader(title(), this));
    layout->addWidget(m_empty, 1);
}

QString PointsPage::title() const
{
    return tr("Micro-points");
}

QIcon PointsPage::icon() const
{
    return Theme::icon(QStringLiteral("accessories-calculator"), QStyle::SP_DialogYesButton);
}

} // namespace chamber
