// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPalette.h"

#include <QApplication>
#include <QChart>
#include <QLegend>

namespace chamber {

QColor DashboardPalette::coverage()
{
    return QColor(0x1f, 0x6f, 0xb2);  // the app's accent blue
}

QColor DashboardPalette::registration()
{
    return QColor(0x2e, 0x9d, 0x6a);
}

QColor DashboardPalette::cases()
{
    return QColor(0x7a, 0xa6, 0xd6);
}

QColor DashboardPalette::settled()
{
    return QColor(0xd9, 0x7b, 0x1f);
}

QColor DashboardPalette::status(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::NotRegistered: return QColor(0xa7, 0xb1, 0xbc);
    case RegistrationStatus::Preparing: return QColor(0xe8, 0xb9, 0x3c);
    case RegistrationStatus::Applied: return QColor(0x4d, 0xa3, 0xff);
    case RegistrationStatus::Registered: return registration();
    case RegistrationStatus::Deregistered: return QColor(0xb3, 0x26, 0x1e);
    }
    return muted();
}

QColor DashboardPalette::grade(Grade grade)
{
    switch (grade) {
    case Grade::Excellent: return registration();
    case Grade::Good: return coverage();
    case Grade::Pass: return QColor(0xe8, 0xb9, 0x3c);
    case Grade::Fail: return QColor(0xa7, 0xb1, 0xbc);
    case Grade::Vetoed: return QColor(0xb3, 0x26, 0x1e);
    }
    return muted();
}

QColor DashboardPalette::rise()
{
    return QColor(0x1b, 0x7f, 0x4c);
}

QColor DashboardPalette::fall()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor DashboardPalette::muted()
{
    return QColor(0x5b, 0x6b, 0x7c);
}

void DashboardPalette::style(QChart *chart)
{
    QFont font = QApplication::font();
    chart->setFont(font);
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(font.pointSizeF() + 1);
    chart->setTitleFont(title);
    chart->setTitleBrush(QColor(0x1d, 0x2b, 0x3a));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(QColor(0x1d, 0x2b, 0x3a));
}

} // namespace chamber
