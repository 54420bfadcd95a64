// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

namespace chamber {

class EmptyState;

// 微积分: the micro-points rules, entries, vetoes and scorecards. Until the services for them are in place the page says so plainly.
class PointsPage : public Page
{
    Q_OBJECT
public:
    explicit PointsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("points"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override {}

private:
    EmptyState *m_empty;
};

} // namespace chamber
