// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryEntryDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chamber {

namespace {
QLabel *problemBeside(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

HistoryEntryDialog::HistoryEntryDialog(Mode mode, const QString &title, const QString &entryText, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_status(new QComboBox(this)), m_date(new QDateEdit(this)), m_code(new QLineEdit(this)),
      m_note(new QLineEdit(this)), m_reason(new QLineEdit(this)), m_problem(problemBeside(this, "problem")),
      m_codeLabel(new QLabel(tr("Credit code"), this)), m_noteLabel(new QLabel(this))
{
    setWindowTitle(title);
    m_status->setObjectName(QStringLiteral("correctionStatus"));
    m_date->setObjectName(QStringLiteral("correctionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_code->setObjectName(QStringLiteral("correctionCode"));
    m_code->setPlaceholderText(tr("18 characters, e.g. 51450126MJ3016613P"));
    m_note->setObjectName(QStringLiteral("correctionNote"));
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(mode == Mode::Correct ? tr("e.g. the certificate is dated 2022-06-01") : tr("e.g. entered against the wrong chamber"));

    auto *recorded = new QLabel(tr("As recorded: %1").arg(entryText), this);
    recorded->setObjectName(QStringLiteral("correctionEntry"));
    recorded->setWordWrap(true);
    auto *explain = new QLabel(mode == Mode::Correct
                                   ? tr("Give the entry as it should have been. The whole history is checked as it would then stand; "
                                        "figures as of every date follow the corrected history.")
                                   : tr("The entry is taken out of the history. The whole history is checked as it would then stand; "
                                        "figures as of every date follow."),
                               this);
    explain->setWordWrap(true);
    explain->setObjectName(QStringLiteral("pageSubtitle"));

    auto *form = new QFormLayout;
    form->addRow(tr("Status"), m_status);
    form->addRow(QString(), problemBeside(this, "problem_status"));
    form->addRow(tr("Date"), m_date);
    form->addRow(QString(), problemBeside(this, "problem_date"));
    form->addRow(m_codeLabel, m_code);
    form->addRow(QString(), problemBeside(this, "problem_credit_code"));
    form->addRow(m_noteLabel, m_note);
    form->addRow(tr("Reason for the correction"), m_reason);
    form->addRow(QString(), problemBeside(this, "problem_reason"));
    for (const char *field : {"status", "date", "credit_code", "reason"})
        m_problems.add(QString::fromLatin1(field), findChild<QLabel *>(QStringLiteral("problem_") + QString::fromLatin1(field)));
    m_problems.add(QStringLiteral("closed_on"), findChild<QLabel *>(QStringLiteral("problem_date")));
    m_problems.setGeneral(m_problem);
    // Deleting asks only why; the entry's values are shown, not edited.
    const bool correcting = mode == Mode::Correct;
    m_status->setEnabled(correcting);
    m_date->setEnabled(correcting);
    m_code->setEnabled(correcting);
    m_note->setEnabled(correcting);
    m_codeLabel->hide();
    m_code->hide();
    m_noteLabel->hide();
    m_note->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("correctionOk"));
    m_ok->setText(correcting ? tr("Correct") : tr("Delete the entry"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(recorded);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &HistoryEntryDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryEntryDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &HistoryEntryDialog::check);
    connect(m_code, &QLineEdit::textChanged, this, &HistoryEntryDialog::check);
    connect(m_note, &QLineEdit::textChanged, this, &HistoryEntryDialog::check);
    connect(m_reason, &QLineEdit::textChanged, this, &HistoryEntryDialog::check);
    resize(520, sizeHint().height());
}

void HistoryEntryDialog::setStatuses(const QList<std::pair<QString, int>> &statuses)
{
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    for (const auto &[label, value] : statuses)
        m_status->addItem(label, value);
}

void HistoryEntryDialog::setValues(const Values &values)
{
    {
        const QSignalBlocker b1(m_status), b2(m_date), b3(m_code), b4(m_note), b5(m_reason);
        m_status->setCurrentIndex(std::max(0, m_status->findData(values.status)));
        m_date->setDate(values.date);
        m_code->setText(values.code);
        m_note->setText(values.note);
        m_reason->setText(values.reason);
    }
    check();
}

void HistoryEntryDialog::showCode(int codeStatus)
{
    m_codeStatus = codeStatus;
    m_codeLabel->show();
    m_code->show();
    check();
}

void HistoryEntryDialog::showNote(const QString &label)
{
    m_noteLabel->setText(label);
    m_noteLabel->show();
    m_note->show();
}

void HistoryEntryDialog::setActions(Check check, Apply apply)
{
    m_check = std::move(check);
    m_apply = std::move(apply);
    this->check();
}

HistoryEntryDialog::Values HistoryEntryDialog::values() const
{
    Values v;
    v.status = m_status->currentData().toInt();
    v.date = m_date->date();
    v.code = v.status == m_codeStatus ? m_code->text().trimmed() : QString();
    v.note = m_note->text().trimmed();
    v.reason = m_reason->text().trimmed();
    return v;
}

void HistoryEntryDialog::check()
{
    if (m_codeStatus >= 0)
        m_code->setEnabled(m_mode == Mode::Correct && m_status->currentData().toInt() == m_codeStatus);
    const Problems problems = m_check ? m_check(values()) : Problems{};
    m_problems.show(problems);
    m_ok->setEnabled(m_check && m_apply && !hasErrors(problems));
}

void HistoryEntryDialog::apply()
{
    if (!m_apply)
        return;
    const Status done = m_apply(values());
    if (!done) {
        m_problems.show(done.problems());
        m_ok->setEnabled(false);
        return;
    }
    accept();
}

} // namespace chamber
