// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDialog.h"

#include "Dates.h"
#include "CaseHistoryEditor.h"
#include "MediationCaseService.h"
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
std::optional<qint64> amount(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : money::parseYuan(text);
}

QString amountText(const std::optional<qint64> &fen)
{
    return fen ? money::formatYuan(*fen) : QString();
}

// Combo items: "not recorded" first, then each value.
template<typename E, typename Name>
void fill(QComboBox *box, const QList<E> &values, Name name)
{
    box->addItem(CaseDialog::tr("not recorded"), -1);
    for (E v : values)
        box->addItem(name(v), int(v));
}

template<typename E>
std::optional<E> chosen(const QComboBox *box)
{
    const int v = box->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<E>(E(v));
}
} // namespace

CaseDialog::CaseDialog(Workspace &workspace, const MediationCase &record, QWidget *parent)
    : RecordDialog(workspace, parent), m_ui(std::make_unique<Ui::CaseForm>()), m_original(record)
{
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setWindowTitle(record.id ? tr("Mediation case %1").arg(record.number) : tr("New mediation case"));
    for (auto s : Mediation::allSources())
        m_ui->sourceCombo->addItem(Mediation::sourceName(s), int(s));
    for (auto t : Mediation::allDisputeTypes())
        m_ui->disputeCombo->addItem(Mediation::disputeTypeName(t), int(t));
    m_ui->judicialCombo->addItem(tr("not recorded"), -1);
    m_ui->judicialCombo->addItem(tr("confirmed by the court"), 1);
    m_ui->judicialCombo->addItem(tr("not confirmed"), 0);
    fill(m_ui->performanceCombo, QList<Performance>{Performance::Performed, Performance::PartlyPerformed, Performance::NotPerformed},
         &Mediation::performanceName);
    fill(m_ui->satisfactionCombo, QList<Satisfaction>{Satisfaction::Satisfied, Satisfaction::FairlySatisfied, Satisfaction::Dissatisfied},
         &Mediation::satisfactionName);

    const MediationCase &c = record;
    m_ui->numberEdit->setText(c.number);
    m_ui->receivedOnEdit->setOptionalDate(c.receivedOn.isValid() ? std::optional<QDate>(c.receivedOn) : QDate::currentDate());
    m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->findData(int(c.source)));
    m_ui->applicantEdit->setText(c.applicant);
    m_ui->respondentEdit->setText(c.respondent);
    m_ui->disputeCombo->setCurrentIndex(m_ui->disputeCombo->findData(int(c.disputeType)));
    m_ui->amountEdit->setText(amountText(c.amountDisputedFen));
    m_ui->mediatorsEdit->setText(c.mediators.join(QStringLiteral("、")));
    m_ui->summaryEdit->setPlainText(c.summary);
    m_ui->agreedEdit->setText(amountText(c.agreedAmountFen));
    m_ui->agreementEdit->setText(c.agreementNumber);
    m_ui->judicialCombo->setCurrentIndex(!c.judicialConfirmation ? 0 : (*c.judicialConfirmation ? 1 : 2));
    m_ui->performanceCombo->setCurrentIndex(m_ui->performanceCombo->findData(c.performance ? int(*c.performance) : -1));
    m_ui->proofEdit->setText(c.performanceProof);
    m_ui->followUpEdit->setOptionalDate(c.followUpOn);
    m_ui->satisfactionCombo->setCurrentIndex(m_ui->satisfactionCombo->findData(c.followUpSatisfaction ? int(*c.followUpSatisfaction) : -1));
    m_ui->followNoteEdit->setText(c.followUpNote);
    m_ui->notesEdit->setPlainText(c.notes);

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
    m_initial = this->record();
    loadVersion(QStringLiteral("mediation_case"), record.id);
    setForm(form);
    updateSections();
    resize(1000, 660);
    check();
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
    MediationCase c = m_original;
    c.number = m_ui->numberEdit->text().trimmed();
    c.receivedOn = m_ui->receivedOnEdit->optionalDate().value_or(QDate());
    c.source = CaseSource(m_ui->sourceCombo->currentData().toInt());
    c.applicant = m_ui->applicantEdit->text().trimmed();
    c.respondent = m_ui->respondentEdit->text().trimmed();
    c.disputeType = DisputeType(m_ui->disputeCombo->currentData().toInt());
    c.amountDisputedFen = amount(m_ui->amountEdit);
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
    c.mediators = m_ui->mediatorsEdit->text().split(separators, Qt::SkipEmptyParts);
    c.summary = m_ui->summaryEdit->toPlainText().trimmed();
    if (m_entryStatus) {
        c.status = CaseStatus(m_entryStatus->currentData().toInt());
        c.closedOn = Mediation::isClosed(c.status) ? m_entryClosed->optionalDate() : std::nullopt;
    }
    c.agreedAmountFen = amount(m_ui->agreedEdit);
    c.agreementNumber = m_ui->agreementEdit->text().trimmed();
    const int judicial = m_ui->judicialCombo->currentData().toInt();
    c.judicialConfirmation = judicial < 0 ? std::nullopt : std::optional<bool>(judicial == 1);
    c.performance = chosen<Performance>(m_ui->performanceCombo);
    c.performanceProof = m_ui->proofEdit->text().trimmed();
    c.followUpOn = m_ui->followUpEdit->optionalDate();
    c.followUpSatisfaction = chosen<Satisfaction>(m_ui->satisfactionCombo);
    c.followUpNote = m_ui->followNoteEdit->text().trimmed();
    c.notes = m_ui->notesEdit->toPlainText();
    return c;
}

Problems CaseDialog::inputProblems() const
{
    Problems out;
    const auto check = [&out](const QLineEdit *edit, const char *field) {
        if (!edit->text().trimmed().isEmpty() && !money::parseYuan(edit->text()))
            out.append(Problem::error(QString::fromLatin1(field), tr("\"%1\" is not an amount of yuan; write it like 30000, 30000.50 or 3万.")
                                                                      .arg(edit->text().trimmed())));
    };
    check(m_ui->amountEdit, "amount_disputed");
    check(m_ui->agreedEdit, "agreed_amount");
    return out;
}

Problems CaseDialog::validate() const
{
    Problems problems = inputProblems();
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
    problems.append(workspace().session().cases().validate(c));
    return problems;
}

Result<qint64> CaseDialog::write()
{
    if (const Problems input = inputProblems(); hasErrors(input))
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
