// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadError.h"

#include <QLabel>
#include <QMessageBox>

namespace chamber {

void ReadError::show(QWidget *parent, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot read the database"), message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("readErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReadError::show(QWidget *parent, const Problems &problems)
{
    for (const auto &p : problems)
        if (p.isError()) {
            show(parent, p.message);
            return;
        }
}

QLabel *ReadError::banner(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("readErrorBanner"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd; padding: 8px; }"));
    label->hide();
    return label;
}

void ReadError::setBanner(QLabel *banner, const QString &message)
{
    banner->setText(message);
    banner->setVisible(!message.isEmpty());
}

} // namespace chamber
