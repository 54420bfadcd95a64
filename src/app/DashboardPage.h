// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QGridLayout;
class QLabel;
class QTableView;

namespace chamber {

class PageHeader;
class UnitStatsModel;

// 统计看板, for now: today's headline figures of the scope (from StatsService, each rate with its
// base) and a table by unit. The dashboard issue replaces this page with charts; it is kept a
// separate, self-contained class for that reason.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;

private:
    QLabel *addCard(int column, const QString &caption, const QString &definition);

    PageHeader *m_header;
    QGridLayout *m_cards;
    QLabel *m_townships;
    QLabel *m_chambers;
    QLabel *m_coverage;
    QLabel *m_registration;
    UnitStatsModel *m_units;
    QTableView *m_view;
};

} // namespace chamber
