// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDialog.h"

#include "Dates.h"
#include "CaseHistoryEditor.h"
#include "MediationCaseService.h"
#include "RecordBindings.h"
#include "Money.h"
#include "OptionalDateEdit.h"
#include "StatusChangeBox.h"
#include "ui_CaseForm.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace chamber {

namespace {
// The items of an enumeration that may be not recorded: "not recorded" (no data) first, then each
// value by its key, as the form binding reads them.
template<typename E, typename Name, typename Key>
void fill(QComboBox *box, const QList<E> &values, Name name, Key key)
{
    box->addItem(CaseDialog::tr("not recorded"));
    for (E v : values)
        box->addItem(name(v), key(v));
}
} // namespace

CaseDialog::CaseDialog(Workspace &workspace, const MediationCase &record, QWidget *parent)
    : BoundRecordDialog(workspace, record, parent), m_ui(std::make_unique<Ui::CaseForm>())
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(record.id ? tr("Mediation case %1").arg(record.number) : tr("New mediation case"));
    m_ui->judicialCombo->addItem(tr("not recorded"));
    m_ui->judicialCombo->addItem(tr("confirmed by the court"), true);
    m_ui->judicialCombo->addItem(tr("not confirmed"), false);
    fill(m_ui->performanceCombo, QList<Performance>{Performance::Performed, Performance::PartlyPerformed, Performance::NotPerformed},
         &Mediation::performanceName, &Mediation::performanceKey);
    fill(m_ui->satisfactionCombo, QList<Satisfaction>{Satisfaction::Satisfied, Satisfaction::FairlySatisfied, Satisfaction::Dissatisfied},
         &Mediation::satisfactionName, &Mediation::satisfactionKey);

    QVBoxLayout *statusLayout = m_ui->rightLayout;
    if (!record.id) {
        // From a paper file: the case may already be mediating or closed.
        auto *entry = new QGroupBox(tr("Status as the file shows it"), form);
        auto *entryForm = new QFormLayout(entry);
        m_entryStatus = new QComboBox(entry);
        m_entryStatus->setObjectName(QStringLiteral("entryStatus"));
        for (auto s : Mediation::allStatuses())
            m_entryStatus->addItem(Mediation::statusName(s), int(s));
        m_entryClosed = new OptionalDateEdit(entry);
        m_entryClosed->setObjectName(QStringLiteral("entryClosed"));
        entryForm->addRow(tr("Status"), m_entryStatus);
        entryForm->addRow(tr("Closed on"), m_entryClosed);
        auto *closedProblem = new QLabel(entry);
        closedProblem->setObjectName(QStringLiteral("problem_closed_on"));
        entryForm->addRow(QString(), closedProblem);
        statusLayout->insertWidget(0, entry);
    } else {
        m_status = new StatusChangeBox(tr("Progress"), form);
        m_history = new QLabel(form);
        m_history->setWordWrap(true);
        m_history->setObjectName(QStringLiteral("pageSubtitle"));
        m_status->setActions(
            [this](const StatusChangeBox::Change &s) {
                MediationCaseService &cases = this->workspace().session().cases();
                const auto history = cases.history(m_original.id);
                if (!history)
                    return history.problems();
                return CaseLifecycle::validateChange(m_original, *history,
                                                     CaseStatusChange{0, m_original.id, CaseStatus(s.status), s.date, s.reopen, s.reason});
            },
            [this](const StatusChangeBox::Change &s) {
                // The settlement typed in the form goes with a settling change, in one step.
                MediationCase details = CaseLifecycle::applied(this->record(), CaseStatusChange{0, m_original.id, CaseStatus(s.status), s.date,
                                                                                           s.reopen, s.reason});
                return this->workspace().session().cases()
                    .changeStatus(CaseStatusChange{0, m_original.id, CaseStatus(s.status), s.date, s.reopen, s.reason}, details);
            });
        connect(m_status, &StatusChangeBox::recorded, this, [this] {
            if (auto fresh = this->workspace().session().cases().get(m_original.id)) {
                m_original = *fresh;
                m_initial = *fresh;
            }
            showStatus();
            check();
        });
        statusLayout->insertWidget(0, m_status);
        statusLayout->insertWidget(1, m_history);
        // A change entered wrongly is corrected or deleted there; the case then refreshes as after a step.
        auto *corrections = new CaseHistoryEditor(workspace.session(), record.id, form);
        statusLayout->insertWidget(2, corrections);
        connect(corrections, &CaseHistoryEditor::corrected, m_status, &StatusChangeBox::recorded);
        connect(m_status, &StatusChangeBox::recorded, corrections, &CaseHistoryEditor::reload);
        showStatus();
    }
    if (m_entryStatus) {
        connect(m_entryStatus, &QComboBox::currentIndexChanged, this, &CaseDialog::updateSections);
        connect(m_entryClosed, &OptionalDateEdit::dateChanged, this, [this] { check(); });
    }
    MediationCase shown = record;
    if (!shown.receivedOn.isValid())
        shown.receivedOn = QDate::currentDate();  // a new case is received today, unless its file says otherwise
    bind(form, RecordKindId::MediationCase, mediationCaseBindings(), QStringLiteral("mediation_case"), shown);
    updateSections();
    resize(1000, 660);
}

CaseDialog::~CaseDialog() = default;

void CaseDialog::showStatus()
{
    const auto read = workspace().session().cases().history(m_original.id);
    const QList<CaseStatusChange> history = read ? *read : QList<CaseStatusChange>{};
    QStringList lines{tr("Received on %1").arg(dates::toText(m_original.receivedOn))};
    if (!read)
        lines.append(read.firstError());  // the history that cannot be read is said, not left out
    for (const auto &change : history)
        lines.append(change.reopen ? tr("%1 reopened: %2 (%3)")
                                         .arg(dates::toText(change.date), Mediation::statusName(change.status), change.reason)
                                   : tr("%1 %2").arg(dates::toText(change.date), Mediation::statusName(change.status)));
    m_history->setText(lines.join(QLatin1Char('\n')));
    QList<StatusChangeBox::Step> next;
    for (auto s : CaseLifecycle::nextStatuses(m_original.status))
        next.append({int(s), Mediation::statusName(s), false});
    if (Mediation::isClosed(m_original.status))
        next.append({int(CaseStatus::Mediating), tr("Reopen: back to %1").arg(Mediation::statusName(CaseStatus::Mediating)), true});
    m_status->setCurrent(tr("Now: %1").arg(Mediation::statusName(m_original.status)), next);
    updateSections();
}

void CaseDialog::updateSections()
{
    const CaseStatus status = m_entryStatus ? CaseStatus(m_entryStatus->currentData().toInt()) : m_original.status;
    if (m_entryClosed)
        m_entryClosed->setEnabled(Mediation::isClosed(status));
    // The settlement belongs to a settled case, the visit to a closed one; a settling step in
    // progress may fill them in before it is recorded.
    m_ui->followGroup->setEnabled(Mediation::isClosed(status));
}

MediationCase CaseDialog::record() const
{
    MediationCase c = BoundRecordDialog::record();
    if (m_entryStatus) {
        c.status = CaseStatus(m_entryStatus->currentData().toInt());
        c.closedOn = Mediation::isClosed(c.status) ? m_entryClosed->optionalDate() : std::nullopt;
    }
    return c;
}

Problems CaseDialog::validate() const
{
    MediationCase c = record();
    // A saved case not yet settled may have its settlement typed ahead of the settling step:
    // those fields are checked when that step is recorded.
    if (c.id && c.status != CaseStatus::Settled) {
        c.agreedAmountFen.reset();
        c.agreementNumber.clear();
        c.judicialConfirmation.reset();
        c.performance.reset();
        c.performanceProof.clear();
    }
    return checked(workspace().session().cases().validate(c));
}

Result<qint64> CaseDialog::write()
{
    if (const Problems input = m_fields->inputProblems(); hasErrors(input))
        return input;
    MediationCaseService &cases = workspace().session().cases();
    MediationCase c = record();
    if (c.id && c.status != CaseStatus::Settled) {
        // Not written until the case settles (the settling step writes them).
        c.agreedAmountFen = m_original.agreedAmountFen;
        c.agreementNumber = m_original.agreementNumber;
        c.judicialConfirmation = m_original.judicialConfirmation;
        c.performance = m_original.performance;
        c.performanceProof = m_original.performanceProof;
    }
    return addOrUpdate(c.id, [&] { return cases.add(c); }, [&] { return cases.update(c, loadedVersion()); });
}

QString CaseDialog::recordName() const
{
    return m_original.number.isEmpty() ? tr("the new case") : tr("case %1").arg(m_original.number);
}

} // namespace chamber
