// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

namespace chamber {

class EmptyState;

// 调解: mediation committees and cases. Until the services for them are in place the page says so plainly.
class MediationPage : public Page
{
    Q_OBJECT
public:
    explicit MediationPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("mediation"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override {}

private:
    EmptyState *m_empty;
};

} // namespace chamber
