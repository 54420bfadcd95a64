// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsOfPicker.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace chamber {

AsOfPicker::AsOfPicker(QWidget *parent)
    : QWidget(parent), m_edit(new QDateEdit(this)), m_years(new QToolButton(this)), m_date(QDate::currentDate())
{
    setObjectName(QStringLiteral("asOfPicker"));
    m_edit->setObjectName(QStringLiteral("asOfDate"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setMinimumDate(QDate(1990, 1, 1));
    m_edit->setMaximumDate(QDate::currentDate());
    m_edit->setDate(m_date);
    m_edit->setToolTip(tr("Figures as they stood on this date, from the dated histories."));
    m_years->setText(tr("Year end"));
    m_years->setPopupMode(QToolButton::InstantPopup);
    m_years->setMenu(new QMenu(m_years));
    rebuildYearMenu();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(new QLabel(tr("As of"), this));
    layout->addWidget(m_edit);
    layout->addWidget(m_years);
    // editingFinished, not dateChanged: typing a date digit by digit must not reload per key.
    connect(m_edit, &QDateEdit::editingFinished, this, [this] { setDate(m_edit->date()); });
}

QDate AsOfPicker::date() const
{
    return m_date;
}

void AsOfPicker::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = std::min(date, QDate::currentDate());
    m_edit->setDate(m_date);
    emit dateChanged(m_date);
}

void AsOfPicker::rebuildYearMenu()
{
    QMenu *menu = m_years->menu();
    menu->clear();
    menu->addAction(tr("Today"), this, [this] { setDate(QDate::currentDate()); });
    menu->addSeparator();
    const int thisYear = QDate::currentDate().year();
    for (int year = thisYear - 1; year >= thisYear - 10; --year)
        menu->addAction(tr("End of %1").arg(year), this, [this, year] { setDate(QDate(year, 12, 31)); });
}

} // namespace chamber
