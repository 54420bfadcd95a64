// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

namespace chamber {

class EmptyState;

// 党建: Party organisations, instructors and the three disclosures. Until the services for them are in place the page says so plainly.
class PartyPage : public Page
{
    Q_OBJECT
public:
    explicit PartyPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("party"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override {}

private:
    EmptyState *m_empty;
};

} // namespace chamber
