// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "ColumnMemory.h"
#include "PageHeader.h"
#include "Theme.h"
#include "UnitStatsModel.h"
#include "Workspace.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace chamber {

DashboardPage::DashboardPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_cards(new QGridLayout), m_units(new UnitStatsModel(this)),
      m_view(new QTableView(this))
{
    m_townships = addCard(0, tr("Townships"), tr("Townships, towns and subdistricts counted in coverage (development zones and farms "
                                                 "only when the setting includes them)."));
    m_chambers = addCard(1, tr("Chambers"), tr("Chambers existing today: founded and not dissolved."));
    m_coverage = addCard(2, tr("Chamber coverage"), tr("Townships with at least one active chamber ÷ townships counted."));
    m_registration = addCard(3, tr("Registration rate"), tr("Chambers registered with civil affairs ÷ chambers."));
    m_view->setModel(m_units);
    Theme::setUpTable(m_view);
    ColumnMemory::attach(m_view, QStringLiteral("dashboard-units"), {10, 6, 6, 14, 0});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addLayout(m_cards);
    layout->addWidget(m_view, 1);
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return Theme::icon(QStringLiteral("x-office-presentation"), QStyle::SP_ComputerIcon);
}

QLabel *DashboardPage::addCard(int column, const QString &caption, const QString &definition)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setToolTip(definition);
    auto *figure = new QLabel(card);
    figure->setObjectName(QStringLiteral("figure"));
    auto *text = new QLabel(caption, card);
    text->setObjectName(QStringLiteral("figureCaption"));
    auto *layout = new QVBoxLayout(card);
    layout->addWidget(figure);
    layout->addWidget(text);
    m_cards->addWidget(card, 0, column);
    return figure;
}

void DashboardPage::reload()
{
    if (!workspace().isOpen())
        return;
    const auto stats = StatsService(workspace().db()).compute();
    if (!stats) {
        m_header->setSubtitle(stats.firstError());
        return;
    }
    const QLocale locale;
    m_header->setSubtitle(tr("%1 · as of %2").arg(workspace().scopePath(), locale.toString(stats->asOf, QLocale::LongFormat)));
    m_townships->setText(locale.toString(stats->total.townships));
    m_chambers->setText(locale.toString(stats->total.chambers));
    m_coverage->setText(stats->total.coverage.percentText());
    m_coverage->parentWidget()->findChild<QLabel *>(QStringLiteral("figureCaption"))
        ->setText(tr("Chamber coverage (%1 of %2 townships)").arg(stats->total.coverage.numerator).arg(stats->total.coverage.denominator));
    m_registration->setText(stats->total.registration.percentText());
    m_registration->parentWidget()->findChild<QLabel *>(QStringLiteral("figureCaption"))
        ->setText(tr("Registration rate (%1 of %2 chambers)").arg(stats->total.registration.numerator).arg(stats->total.registration.denominator));
    m_units->setUnits(stats->units);
}

} // namespace chamber
