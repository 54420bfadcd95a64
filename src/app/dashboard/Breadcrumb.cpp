// SPDX-License-Identifier: GPL-3.0-or-later
#include "Breadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace chamber {

Breadcrumb::Breadcrumb(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("breadcrumb"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void Breadcrumb::setPath(const QList<Division> &path)
{
    m_path = path;
    while (auto *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < path.size(); ++i) {
        const Division &d = path.at(i);
        if (i > 0)
            m_layout->addWidget(new QLabel(QStringLiteral("›"), this));
        if (i + 1 == path.size()) {
            auto *here = new QLabel(QStringLiteral("<b>%1</b>").arg(d.name.toHtmlEscaped()), this);
            here->setObjectName(QStringLiteral("breadcrumbHere"));
            m_layout->addWidget(here);
        } else {
            auto *up = new QToolButton(this);
            up->setText(d.name);
            up->setAutoRaise(true);
            up->setCursor(Qt::PointingHandCursor);
            up->setToolTip(tr("Back up to %1").arg(d.name));
            up->setStyleSheet(QStringLiteral("QToolButton { color: #1f6fb2; }"));
            connect(up, &QToolButton::clicked, this, [this, code = d.code] { emit divisionClicked(code); });
            m_layout->addWidget(up);
        }
    }
    m_layout->addStretch(1);
}

QString Breadcrumb::text() const
{
    QStringList names;
    for (const auto &d : m_path)
        names.append(d.name);
    return names.join(QStringLiteral(" › "));
}

} // namespace chamber
