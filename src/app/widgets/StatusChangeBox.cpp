// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusChangeBox.h"

#include "OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace chamber {

StatusChangeBox::StatusChangeBox(const QString &title, QWidget *parent)
    : QGroupBox(title, parent), m_current(new QLabel(this)), m_step(new QComboBox(this)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_reason(new QLineEdit(this)), m_record(new QPushButton(tr("Record the change"), this)), m_problem(new QLabel(this))
{
    m_step->setObjectName(QStringLiteral("statusStep"));
    m_date->setObjectName(QStringLiteral("statusDate"));
    m_reason->setObjectName(QStringLiteral("statusReason"));
    m_record->setObjectName(QStringLiteral("recordStatus"));
    OptionalDateEdit::setUpRequired(m_date);
    m_date->setMaximumDate(QDate::currentDate());
    m_reason->setPlaceholderText(tr("Why it is reopened"));
    m_current->setWordWrap(true);
    m_problems.setGeneral(m_problem);
    auto *layout = new QFormLayout(this);
    layout->addRow(m_current);
    layout->addRow(tr("Next"), m_step);
    layout->addRow(tr("On"), m_date);
    layout->addRow(tr("Reason"), m_reason);
    layout->addRow(QString(), m_problem);
    layout->addRow(QString(), m_record);
    connect(m_step, &QComboBox::currentIndexChanged, this, &StatusChangeBox::check);
    connect(m_date, &QDateEdit::dateChanged, this, &StatusChangeBox::check);
    connect(m_reason, &QLineEdit::textChanged, this, &StatusChangeBox::check);
    connect(m_record, &QPushButton::clicked, this, &StatusChangeBox::record);
}

void StatusChangeBox::setCurrent(const QString &text, const QList<Step> &next)
{
    m_current->setText(text);
    m_steps = next;
    const QSignalBlocker blocker(m_step);
    m_step->clear();
    for (const auto &step : next)
        m_step->addItem(step.label);
    m_step->setEnabled(!next.isEmpty());
    check();
}

void StatusChangeBox::setActions(Validate validate, Record record)
{
    m_validate = std::move(validate);
    m_write = std::move(record);
    check();
}

StatusChangeBox::Change StatusChangeBox::pending() const
{
    Change c;
    const int i = m_step->currentIndex();
    if (i >= 0 && i < m_steps.size()) {
        c.status = m_steps.at(i).status;
        c.reopen = m_steps.at(i).reopen;
    }
    c.date = m_date->date();
    c.reason = m_reason->text().trimmed();
    return c;
}

void StatusChangeBox::check()
{
    const bool any = m_step->currentIndex() >= 0;
    m_reason->setEnabled(any && pending().reopen);
    const Problems problems = any && m_validate ? m_validate(pending()) : Problems{};
    m_problems.show(problems);
    m_record->setEnabled(any && m_write && !hasErrors(problems));
}

void StatusChangeBox::record()
{
    const Status written = m_write(pending());
    if (!written) {
        m_problems.show(written.problems());
        return;
    }
    m_reason->clear();
    emit recorded();
}

} // namespace chamber
