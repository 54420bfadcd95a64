// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberFilterBar.h"

#include "DivisionCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace chamber {

ChamberFilterBar::ChamberFilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_division(new DivisionCombo(this)), m_status(new QComboBox(this)),
      m_registration(new QComboBox(this)), m_party(new QComboBox(this)), m_ready(new QCheckBox(tr("Ready to register"), this)),
      m_toVerify(new QCheckBox(tr("To verify"), this))
{
    m_search->setPlaceholderText(tr("Search name, township, president, credit code (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);  // stretches; the bar must fit 1366 px with every filter
    m_search->setObjectName(QStringLiteral("chamberSearch"));
    m_division->setObjectName(QStringLiteral("divisionFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_registration->setObjectName(QStringLiteral("registrationFilter"));
    m_party->setObjectName(QStringLiteral("partyFilter"));
    m_party->addItem(tr("Party organisation: all"));
    m_party->addItem(tr("With a Party organisation"), true);
    m_party->addItem(tr("Without a Party organisation"), false);
    m_ready->setObjectName(QStringLiteral("readyFilter"));
    m_ready->setToolTip(tr("Chambers not yet registered that meet every condition for registering as a social organisation "
                           "(Regulations on the Registration of Social Organisations, art. 10)."));

    m_status->addItem(tr("All statuses"));
    for (auto s : {ChamberStatus::Active, ChamberStatus::Dormant, ChamberStatus::Dissolved})
        m_status->addItem(Chambers::statusName(s), int(s));
    m_registration->addItem(tr("All registration states"));
    for (auto s : Registrations::allStatuses())
        m_registration->addItem(Registrations::statusName(s), int(s));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_division, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_registration);
    layout->addWidget(m_party);
    layout->addWidget(m_ready);
    layout->addWidget(m_toVerify);

    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(&m_typing, &QTimer::timeout, this, &ChamberFilterBar::queryChanged);
    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *box : {static_cast<QComboBox *>(m_division), m_status, m_registration, m_party})
        connect(box, &QComboBox::currentIndexChanged, this, &ChamberFilterBar::queryChanged);
    connect(m_ready, &QCheckBox::toggled, this, &ChamberFilterBar::queryChanged);
    m_toVerify->setObjectName(QStringLiteral("toVerifyFilter"));
    m_toVerify->setToolTip(tr("Chambers with values a ledger import held back or doubted, waiting to be verified."));
    connect(m_toVerify, &QCheckBox::toggled, this, &ChamberFilterBar::queryChanged);
}

void ChamberFilterBar::setToVerifyOnly(bool only)
{
    m_toVerify->setChecked(only);
}

void ChamberFilterBar::setToVerifyCount(int count)
{
    m_toVerify->setText(count < 0 ? tr("To verify (count not read)") : tr("To verify (%1)").arg(count));
}

void ChamberFilterBar::setWorkspace(Workspace &workspace)
{
    m_division->setWorkspace(workspace);
}

ChamberQuery ChamberFilterBar::query() const
{
    ChamberQuery q;
    q.text = m_search->text().trimmed();
    q.divisionPrefix = m_division->prefix();
    if (m_status->currentIndex() > 0)
        q.status = ChamberStatus(m_status->currentData().toInt());
    if (m_registration->currentIndex() > 0)
        q.registration = RegistrationStatus(m_registration->currentData().toInt());
    if (m_party->currentIndex() > 0)
        q.hasPartyOrganization = m_party->currentData().toBool();
    q.readyOnly = m_ready->isChecked();
    q.toVerifyOnly = m_toVerify->isChecked();
    return q;
}

void ChamberFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ChamberFilterBar::clear()
{
    m_search->clear();
    m_division->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_registration->setCurrentIndex(0);
    m_party->setCurrentIndex(0);
    m_ready->setChecked(false);
    m_toVerify->setChecked(false);
}

void ChamberFilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_typing.stop();
    emit queryChanged();
}

void ChamberFilterBar::setDivision(const QString &codePrefix)
{
    m_division->setPrefix(codePrefix);
}

void ChamberFilterBar::setStatus(std::optional<ChamberStatus> status)
{
    m_status->setCurrentIndex(status ? std::max(0, m_status->findData(int(*status))) : 0);
}

void ChamberFilterBar::setRegistration(std::optional<RegistrationStatus> registration)
{
    m_registration->setCurrentIndex(registration ? std::max(0, m_registration->findData(int(*registration))) : 0);
}

void ChamberFilterBar::setPartyOrganization(std::optional<bool> has)
{
    m_party->setCurrentIndex(has ? (*has ? 1 : 2) : 0);
}

void ChamberFilterBar::setReadyOnly(bool ready)
{
    m_ready->setChecked(ready);
}

} // namespace chamber
