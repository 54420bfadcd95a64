// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeHistoryDialog.h"

#include "ChangeHistory.h"
#include "ChangeHistoryTab.h"
#include "OptionalDateEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chamber {

ChangeHistoryDialog::ChangeHistoryDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_history(new ChangeHistoryTab(workspace, this)), m_since(new OptionalDateEdit(this)), m_user(new QLineEdit(this))
{
    setWindowTitle(tr("Change history"));
    setObjectName(QStringLiteral("changeHistoryDialog"));
    m_since->setObjectName(QStringLiteral("sinceEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("everyone"));
    m_user->setClearButtonEnabled(true);

    auto *since = new QLabel(tr("&Since"), this);
    since->setBuddy(m_since);
    auto *user = new QLabel(tr("&By"), this);
    user->setBuddy(m_user);
    auto *show = new QPushButton(tr("Sho&w"), this);
    show->setAutoDefault(false);
    auto *filters = new QHBoxLayout;
    filters->addWidget(since);
    filters->addWidget(m_since);
    filters->addSpacing(12);
    filters->addWidget(user);
    filters->addWidget(m_user, 1);
    filters->addWidget(show);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_history, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(show, &QPushButton::clicked, this, &ChangeHistoryDialog::apply);
    connect(m_user, &QLineEdit::returnPressed, this, &ChangeHistoryDialog::apply);
    resize(1000, 600);
    apply();
}

void ChangeHistoryDialog::apply()
{
    ChangeQuery filter;
    if (const auto date = m_since->optionalDate())
        filter.since = *date;
    if (const QString who = m_user->text().trimmed(); !who.isEmpty())
        filter.actor = who;
    m_history->showAll(filter);
}

} // namespace chamber
