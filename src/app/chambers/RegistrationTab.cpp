// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationTab.h"

#include "ChamberService.h"
#include "CreditCode.h"
#include "Dates.h"
#include "OptionalDateEdit.h"
#include "Readiness.h"
#include "RegistrationHistoryEditor.h"
#include "RegistrationHistoryModel.h"
#include "Session.h"
#include "Theme.h"
#include "ui_RegistrationTab.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace chamber {

namespace {
// Rows as tall as their wrapped text at the column's width (QTreeView alone measures them on one
// line, and a long note would be cut).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const auto *view = qobject_cast<const QTreeView *>(option.widget);
        // Only the notes (the last, stretched column) wrap; the others size to their contents.
        if (!view || index.column() != view->model()->columnCount() - 1)
            return size;
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const int width = view->columnWidth(index.column()) - 12 - (o.icon.isNull() ? 0 : o.decorationSize.width() + 4);
        const QRect text = QFontMetrics(o.font).boundingRect(QRect(0, 0, std::max(width, 20), 100000), Qt::TextWordWrap, o.text);
        size.setHeight(std::max(size.height(), text.height() + 6));
        return size;
    }
};
} // namespace

RegistrationTab::RegistrationTab(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::RegistrationTab>()), m_history(new RegistrationHistoryModel(this))
{
    m_ui->setupUi(this);
    m_corrections = new RegistrationHistoryEditor(m_session, m_ui->historyView, this);
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
    m_ui->changeStatusCombo->setPlaceholderText(tr("Choose the new status"));
    for (auto s : Registrations::allStatuses())
        if (s != RegistrationStatus::NotRegistered)
            m_ui->changeStatusCombo->addItem(Registrations::statusName(s), int(s));
    OptionalDateEdit::setUpRequired(m_ui->changeDateEdit);
    m_ui->changeDateEdit->setDate(QDate::currentDate());
    m_ui->changeDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->readinessTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->readinessTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->readinessTree->header()->setStretchLastSection(true);
    // A condition's note wraps onto more lines rather than ending in "…".
    m_ui->readinessTree->setWordWrap(true);
    m_ui->readinessTree->setUniformRowHeights(false);
    m_ui->readinessTree->setTextElideMode(Qt::ElideNone);
    m_ui->readinessTree->setItemDelegate(new WrappingDelegate(m_ui->readinessTree));
    connect(m_ui->readinessTree->header(), &QHeaderView::sectionResized, m_ui->readinessTree, [this] {
        m_ui->readinessTree->doItemsLayout();
    });

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
    const auto read = m_chamberId ? m_session.registrations().history(m_chamberId) : Result<QList<RegistrationEvent>>(QList<RegistrationEvent>{});
    m_history->setHistory(read ? *read : QList<RegistrationEvent>{});
    m_corrections->updateButtons();
    const auto &history = m_history->history();
    if (!read) {
        m_ui->currentStatusLabel->setText(read.firstError());  // never "not registered" for a history that cannot be read
    } else if (!m_chamberId) {
        m_ui->currentStatusLabel->setText(tr("A new chamber: save it, then record its registration changes here."));
    } else if (history.isEmpty()) {
        m_ui->currentStatusLabel->setText(tr("Current status: %1 (no change recorded yet).")
                                              .arg(Registrations::statusName(RegistrationStatus::NotRegistered)));
    } else {
        const auto &last = history.last();
        m_ui->currentStatusLabel->setText(tr("Current status: %1 since %2.")
                                              .arg(Registrations::statusName(last.status), dates::toText(last.date)));
    }
    // Offer the natural next step first. A registered chamber has none: deregistering is never
    // offered by default (it would be one click and one Enter from an irreversible record), the
    // clerk picks a status deliberately.
    const RegistrationStatus current = currentStatus();
    std::optional<RegistrationStatus> next = RegistrationStatus::Preparing;
    if (current == RegistrationStatus::Preparing)
        next = RegistrationStatus::Applied;
    else if (current == RegistrationStatus::Applied)
        next = RegistrationStatus::Registered;
    else if (current == RegistrationStatus::Registered || current == RegistrationStatus::Deregistered)
        next.reset();
    m_ui->changeStatusCombo->setCurrentIndex(next ? m_ui->changeStatusCombo->findData(int(*next)) : -1);
    m_ui->changeDateEdit->setDate(QDate::currentDate());
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
        item->setToolTip(2, check.detail);
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
    const RegistrationStatus status = currentStatus();
    QString summary;
    if (status == RegistrationStatus::Registered)
        summary = tr("The chamber is registered; the conditions are shown for its records (%1 of %2 met).").arg(met).arg(checks.size());
    else if (status == RegistrationStatus::Applied)
        summary = ready ? tr("All %1 conditions are met; the application is with the civil affairs bureau.").arg(checks.size())
                        : tr("%1 of %2 conditions met; the application is with the civil affairs bureau.").arg(met).arg(checks.size());
    else
        summary = ready ? tr("All %1 conditions are met: the chamber can apply to register.").arg(checks.size())
                        : tr("%1 of %2 conditions met.").arg(met).arg(checks.size());
    m_ui->readinessSummary->setText(summary);
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
    if (!m_chamberId || m_ui->changeStatusCombo->currentIndex() < 0) {
        m_problems.clear();
        m_ui->recordButton->setEnabled(false);
        return;
    }
    const Problems problems = m_session.registrations().validate(pendingEvent());
    m_problems.show(problems);
    m_ui->recordButton->setEnabled(!hasErrors(problems));
}

void RegistrationTab::record()
{
    const RegistrationEvent e = pendingEvent();
    const auto answer = QMessageBox::question(
        this, tr("Record the change"),
        tr("Record \"%1\" on %2? The history keeps every change; one entered wrongly can be corrected later, with the reason.")
            .arg(Registrations::statusName(e.status), dates::toText(e.date)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const auto result = m_session.registrations().record(e);
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
