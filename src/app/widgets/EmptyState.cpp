// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyState.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace chamber {

EmptyState::EmptyState(const QString &text, QWidget *parent) : QWidget(parent), m_label(new QLabel(text, this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_label->setObjectName(QStringLiteral("emptyState"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_label, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void EmptyState::setText(const QString &text)
{
    m_label->setText(text);
}

QString EmptyState::text() const
{
    return m_label->text();
}

} // namespace chamber
