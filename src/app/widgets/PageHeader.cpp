// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace chamber {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_subtitle(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    // A long subtitle wraps: it must never make the page (and the window) wider than the screen.
    m_subtitle->setWordWrap(true);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(text, 1);
    layout->addLayout(m_buttons);
}

void PageHeader::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::addWidget(QWidget *widget)
{
    m_buttons->addWidget(widget);
}

} // namespace chamber
