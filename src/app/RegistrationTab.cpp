// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationTab.h"

#include "ChamberService.h"
#include "CreditCode.h"
#include "Readiness.h"
#include "RegistrationHistoryEditor.h"
#include "RegistrationHistoryModel.h"
#include "Theme.h"
#include "ui_RegistrationTab.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>

namespace chamber {

RegistrationTab::RegistrationTab(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_ui(std::make_unique<Ui::RegistrationTab>()), m_history(new RegistrationHistoryModel(this))
{
    m_ui->setupUi(this);
    m_corrections = new RegistrationHistoryEditor(m_db, m_ui->historyView, this);
    m_ui->historyLayout->addWidget(m_corrections);
    connect(m_corrections, &RegistrationHistoryEditor::corrected, this, [this] {
        loadHistory();
        emit recorded();
    });
    m_ui->historyView->setModel(m_history);
    Theme::setUpTable(m_ui->historyView);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->setColumnWidth(RegistrationHistoryModel::DateColumn, 110);
    m_ui->historyView->setColumnWidth(RegistrationHistoryModel::CreditCodeColumn, 190);
    for (auto s : Registrations::allStatuses())
        if (s != RegistrationStatus::NotRegistered)
            m_ui->changeStatusCombo->addItem(Registrations::statusName(s), int(s));
    m_ui->changeDateEdit->setDate(QDate::currentDate());
    m_ui->changeDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->readinessTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->readinessTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->readinessTree->header()->setStretchLastSection(true);

    m_problems.add(QStringLiteral("date"), m_ui->changeDateProblem);
    m_problems.add(QStringLiteral("credit_code"), m_ui->changeCodeProblem);
    m_problems.setGeneral(m_ui->changeProblem);

    connect(m_ui->changeStatusCombo, &QComboBox::currentIndexChanged, this, &RegistrationTab::validateChange);
    connect(m_ui->changeDateEdit, &QDateEdit::dateChanged, this, &RegistrationTab::validateChange);
    connect(m_ui->changeCodeEdit, &QLineEdit::textChanged, this, &RegistrationTab::validateChange);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &RegistrationTab::record);
    setChamberId(0);
}

RegistrationTab::~RegistrationTab() = default;

void RegistrationTab::setChamberId(qint64 id)
{
    m_chamberId = id;
    m_ui->changeGroup->setEnabled(id != 0);
    m_ui->changeGroup->setToolTip(id ? QString() : tr("Save the chamber first; then its registration changes can be recorded."));
    loadHistory();
}

RegistrationStatus RegistrationTab::currentStatus() const
{
    return Registrations::currentStatus(m_history->history());
}

void RegistrationTab::loadHistory()
{
    m_history->setHistory(m_chamberId ? RegistrationService(m_db).history(m_chamberId) : QList<RegistrationEvent>{});
    m_corrections->updateButtons();
    const auto &history = m_history->history();
    if (!m_chamberId) {
        m_ui->currentStatusLabel->setText(tr("A new chamber: save it, then record its registration changes here."));
    } else if (history.isEmpty()) {
        m_ui->currentStatusLabel->setText(tr("Current status: %1 (no change recorded yet).")
                                              .arg(Registrations::statusName(RegistrationStatus::NotRegistered)));
    } else {
        const auto &last = history.last();
        m_ui->currentStatusLabel->setText(tr("Current status: %1 since %2.")
                                              .arg(Registrations::statusName(last.status), QLocale().toString(last.date, QLocale::LongFormat)));
    }
    // Offer the natural next step first.
    const RegistrationStatus current = currentStatus();
    RegistrationStatus next = RegistrationStatus::Preparing;
    if (current == RegistrationStatus::Preparing)
        next = RegistrationStatus::Applied;
    else if (current == RegistrationStatus::Applied)
        next = RegistrationStatus::Registered;
    else if (current == RegistrationStatus::Registered)
        next = RegistrationStatus::Deregistered;
    m_ui->changeStatusCombo->setCurrentIndex(m_ui->changeStatusCombo->findData(int(next)));
    validateChange();
}

void RegistrationTab::setDraft(const Chamber &chamber)
{
    m_ui->readinessTree->clear();
    const QList<ConditionCheck> checks = Readiness::check(chamber);
    int met = 0;
    for (const auto &check : checks) {
        auto *item = new QTreeWidgetItem(m_ui->readinessTree);
        item->setText(0, Readiness::conditionName(check.condition));
        item->setText(1, Readiness::stateName(check.state));
        item->setText(2, check.detail);
        item->setData(0, Qt::UserRole, Readiness::conditionKey(check.condition));
        item->setData(1, Qt::UserRole, Readiness::stateKey(check.state));
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxQuestion;
        QColor colour(0x8a, 0x5a, 0x00);
        if (check.state == ConditionState::Met) {
            icon = QStyle::SP_DialogApplyButton;
            colour = QColor(0x1b, 0x7f, 0x3b);
            ++met;
        } else if (check.state == ConditionState::NotMet) {
            icon = QStyle::SP_DialogCancelButton;
            colour = QColor(0xb3, 0x26, 0x1e);
        }
        item->setIcon(1, style()->standardIcon(icon));
        item->setForeground(1, colour);
    }
    const bool ready = met == checks.size();
    m_ui->readinessSummary->setText(ready ? tr("All %1 conditions are met: the chamber can apply to register.").arg(checks.size())
                                          : tr("%1 of %2 conditions met.").arg(met).arg(checks.size()));
}

RegistrationEvent RegistrationTab::pendingEvent() const
{
    RegistrationEvent e;
    e.chamberId = m_chamberId;
    e.status = RegistrationStatus(m_ui->changeStatusCombo->currentData().toInt());
    e.date = m_ui->changeDateEdit->date();
    e.creditCode = e.status == RegistrationStatus::Registered ? CreditCode::normalise(m_ui->changeCodeEdit->text()) : QString();
    e.note = m_ui->changeNoteEdit->text().trimmed();
    return e;
}

void RegistrationTab::validateChange()
{
    const bool registered = RegistrationStatus(m_ui->changeStatusCombo->currentData().toInt()) == RegistrationStatus::Registered;
    m_ui->changeCodeEdit->setEnabled(registered);
    if (!m_chamberId) {
        m_problems.clear();
        m_ui->recordButton->setEnabled(false);
        return;
    }
    const Problems problems = RegistrationService(m_db).validate(pendingEvent());
    m_problems.show(problems);
    m_ui->recordButton->setEnabled(!hasErrors(problems));
}

void RegistrationTab::record()
{
    const RegistrationEvent e = pendingEvent();
    const auto answer = QMessageBox::question(
        this, tr("Record the change"),
        tr("Record \"%1\" on %2? The history keeps every change; one entered wrongly can be corrected later, with the reason.")
            .arg(Registrations::statusName(e.status), QLocale().toString(e.date, QLocale::LongFormat)));
    if (answer != QMessageBox::Yes)
        return;
    const auto result = RegistrationService(m_db).record(e);
    if (!result) {
        m_problems.show(result.problems());
        return;
    }
    m_ui->changeCodeEdit->clear();
    m_ui->changeNoteEdit->clear();
    loadHistory();
    emit recorded();
}

} // namespace chamber
