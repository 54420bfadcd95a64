// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberBasicsTab.h"

#include "CreditCode.h"
#include "DivisionCatalog.h"
#include "Money.h"
#include "TextRules.h"
#include "ui_ChamberBasicsTab.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QTimer>

namespace chamber {

namespace {
enum Liability { NotAssessed, Able, NotAble };

// A spin box whose lowest value shows as words ("not recorded"): a digit typed there replaces the
// words instead of being appended to them (and refused), however the field was reached — by Tab
// or by a click on its text.
class TypeOverSpecialValue : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *spin = static_cast<QSpinBox *>(watched);
        if (spin->value() == spin->minimum() && !spin->specialValueText().isEmpty()) {
            if (event->type() == QEvent::KeyPress) {
                const QString text = static_cast<QKeyEvent *>(event)->text();
                if (!text.isEmpty() && text.at(0).isDigit())
                    if (auto *edit = spin->findChild<QLineEdit *>())
                        edit->clear();
            } else if (event->type() == QEvent::FocusIn) {
                QTimer::singleShot(0, spin, [spin] { spin->selectAll(); });
            }
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

ChamberBasicsTab::ChamberBasicsTab(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ChamberBasicsTab>())
{
    m_ui->setupUi(this);
    for (auto s : {ChamberStatus::Active, ChamberStatus::Dormant, ChamberStatus::Dissolved})
        m_ui->statusCombo->addItem(Chambers::statusName(s), int(s));
    m_ui->liabilityCombo->addItem(tr("not assessed"), NotAssessed);
    m_ui->liabilityCombo->addItem(tr("able to bear it"), Able);
    m_ui->liabilityCombo->addItem(tr("not able to bear it"), NotAble);
    m_ui->creditCodeEdit->setMaxLength(24);  // room for spaces people type; normalised on reading
    // One-line texts cannot grow past the rule's length, so only the fields that can still be
    // wrong (required, dates, phones, the code) keep a line for their message.
    for (QLineEdit *line : {m_ui->nameEdit, m_ui->supervisingUnitEdit, m_ui->presidentEdit, m_ui->secretaryEdit,
                            m_ui->contactPersonEdit, m_ui->premisesEdit})
        line->setMaxLength(TextRules::kLineLength);

    m_problems.add(QStringLiteral("township"), m_ui->townshipProblem);
    m_problems.add(QStringLiteral("name"), m_ui->nameProblem);
    m_problems.add(QStringLiteral("founded"), m_ui->foundedProblem);
    m_problems.add(QStringLiteral("dissolved"), m_ui->dissolvedProblem);
    m_problems.add(QStringLiteral("credit_code"), m_ui->creditCodeProblem);
    m_problems.add(QStringLiteral("president_phone"), m_ui->presidentPhoneProblem);
    m_problems.add(QStringLiteral("secretary_phone"), m_ui->secretaryPhoneProblem);
    m_problems.add(QStringLiteral("contact_phone"), m_ui->contactPhoneProblem);
    m_problems.add(QStringLiteral("individual_members"), m_ui->individualProblem);
    m_problems.add(QStringLiteral("unit_members"), m_ui->unitProblem);
    m_problems.add(QStringLiteral("full_time_staff"), m_ui->staffProblem);
    m_problems.add(QStringLiteral("activity_funds"), m_ui->fundsProblem);

    // A field's problems show once it is touched: none on a blank new form.
    m_problems.setTouchedOnly(true);
    const QList<std::pair<QWidget *, const char *>> touched = {
        {m_ui->townshipCombo, "township"},
        {m_ui->nameEdit, "name"},
        {m_ui->foundedEdit, "founded"},
        {m_ui->statusCombo, "dissolved"},
        {m_ui->dissolvedEdit, "dissolved"},
        {m_ui->creditCodeEdit, "credit_code"},
        {m_ui->presidentPhoneEdit, "president_phone"},
        {m_ui->secretaryPhoneEdit, "secretary_phone"},
        {m_ui->contactPhoneEdit, "contact_phone"},
        {m_ui->individualSpin, "individual_members"},
        {m_ui->unitSpin, "unit_members"},
        {m_ui->staffSpin, "full_time_staff"},
        {m_ui->fundsEdit, "activity_funds"},
    };
    for (const auto &[widget, key] : touched) {
        const QString field = QString::fromLatin1(key);
        auto touch = [this, field] { m_problems.touch(field); };
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            connect(edit, &QLineEdit::textEdited, this, touch);
        else if (auto *box = qobject_cast<QComboBox *>(widget))
            connect(box, &QComboBox::currentIndexChanged, this, touch);
        else if (auto *spin = qobject_cast<QSpinBox *>(widget))
            connect(spin, &QSpinBox::valueChanged, this, touch);
        if (auto *date = qobject_cast<OptionalDateEdit *>(widget))
            connect(date, &OptionalDateEdit::dateChanged, this, touch);
    }
    // The township combo is typed into as well.
    connect(m_ui->townshipCombo, &QComboBox::currentTextChanged, this, [this] { m_problems.touch(QStringLiteral("township")); });

    auto changed = [this] { emit edited(); };
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_ui->townshipCombo, &QComboBox::currentTextChanged, this, changed);
    for (QComboBox *box : {m_ui->statusCombo, m_ui->liabilityCombo})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *spin : {m_ui->individualSpin, m_ui->unitSpin, m_ui->staffSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (OptionalDateEdit *date : {m_ui->foundedEdit, m_ui->dissolvedEdit})
        connect(date, &OptionalDateEdit::dateChanged, this, changed);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, changed);
    m_ui->staffSpin->installEventFilter(new TypeOverSpecialValue(m_ui->staffSpin));
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &ChamberBasicsTab::updateDissolvedField);
    updateDissolvedField();
}

ChamberBasicsTab::~ChamberBasicsTab() = default;

void ChamberBasicsTab::setTownships(const QList<TownshipInfo> &townships, bool withCounty)
{
    const QSignalBlocker blocker(m_ui->townshipCombo);
    m_ui->townshipCombo->clear();
    for (const auto &t : townships) {
        QString text = t.division.name;
        if (withCounty)
            if (const auto county = DivisionCatalog::bundled().byCode(t.division.code.left(6)))
                text = county->name + QLatin1Char(' ') + text;
        m_ui->townshipCombo->addItem(text, t.division.code);
    }
    // Typing any part of a name finds it: staff know "黎塘", not the list order.
    auto *completer = new QCompleter(m_ui->townshipCombo->model(), m_ui->townshipCombo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->townshipCombo->setCompleter(completer);
    m_ui->townshipCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->townshipCombo->setCurrentIndex(-1);
}

void ChamberBasicsTab::setChamber(const Chamber &c)
{
    m_id = c.id;
    // A chamber on record shows every problem it has; a new one waits for its fields to be touched.
    if (c.id)
        m_problems.touchAll();
    else
        m_problems.untouchAll();
    const QList<QWidget *> fields = findChildren<QWidget *>();
    for (QWidget *w : fields)
        w->blockSignals(true);
    m_ui->townshipCombo->setCurrentIndex(m_ui->townshipCombo->findData(c.townshipCode));
    m_ui->nameEdit->setText(c.name);
    m_ui->foundedEdit->setOptionalDate(c.founded);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(c.status)));
    m_ui->dissolvedEdit->setOptionalDate(c.dissolved);
    m_ui->creditCodeEdit->setText(c.creditCode);
    m_ui->supervisingUnitEdit->setText(c.supervisingUnit);
    m_ui->presidentEdit->setText(c.president);
    m_ui->presidentPhoneEdit->setText(c.presidentPhone);
    m_ui->secretaryEdit->setText(c.secretaryGeneral);
    m_ui->secretaryPhoneEdit->setText(c.secretaryPhone);
    m_ui->contactPersonEdit->setText(c.contactPerson);
    m_ui->contactPhoneEdit->setText(c.contactPhone);
    m_ui->individualSpin->setValue(c.individualMembers);
    m_ui->unitSpin->setValue(c.unitMembers);
    m_ui->premisesEdit->setText(c.premises);
    m_ui->staffSpin->setValue(c.fullTimeStaff.value_or(-1));
    m_ui->fundsEdit->setText(c.activityFundsFen ? money::formatYuan(*c.activityFundsFen) : QString());
    m_ui->liabilityCombo->setCurrentIndex(!c.independentLiability ? NotAssessed : (*c.independentLiability ? Able : NotAble));
    m_ui->notesEdit->setPlainText(c.notes);
    for (QWidget *w : fields)
        w->blockSignals(false);
    updateDissolvedField();
}

Chamber ChamberBasicsTab::chamber() const
{
    Chamber c;
    c.id = m_id;
    // A typed name that is not one of the list's townships leaves the township empty.
    const int index = m_ui->townshipCombo->findText(m_ui->townshipCombo->currentText(), Qt::MatchExactly);
    c.townshipCode = index >= 0 ? m_ui->townshipCombo->itemData(index).toString() : QString();
    c.name = m_ui->nameEdit->text().trimmed();
    c.founded = m_ui->foundedEdit->optionalDate();
    c.status = ChamberStatus(m_ui->statusCombo->currentData().toInt());
    c.dissolved = c.status == ChamberStatus::Dissolved ? m_ui->dissolvedEdit->optionalDate() : std::nullopt;
    c.creditCode = CreditCode::normalise(m_ui->creditCodeEdit->text());
    c.president = m_ui->presidentEdit->text().trimmed();
    c.presidentPhone = m_ui->presidentPhoneEdit->text().trimmed();
    c.secretaryGeneral = m_ui->secretaryEdit->text().trimmed();
    c.secretaryPhone = m_ui->secretaryPhoneEdit->text().trimmed();
    c.contactPerson = m_ui->contactPersonEdit->text().trimmed();
    c.contactPhone = m_ui->contactPhoneEdit->text().trimmed();
    c.individualMembers = m_ui->individualSpin->value();
    c.unitMembers = m_ui->unitSpin->value();
    c.premises = m_ui->premisesEdit->text().trimmed();
    c.supervisingUnit = m_ui->supervisingUnitEdit->text().trimmed();
    if (m_ui->staffSpin->value() >= 0)
        c.fullTimeStaff = m_ui->staffSpin->value();
    if (const auto fen = money::parseYuan(m_ui->fundsEdit->text()); fen && !m_ui->fundsEdit->text().trimmed().isEmpty())
        c.activityFundsFen = *fen;
    const int liability = m_ui->liabilityCombo->currentData().toInt();
    if (liability != NotAssessed)
        c.independentLiability = liability == Able;
    c.notes = m_ui->notesEdit->toPlainText();
    return c;
}

Problems ChamberBasicsTab::inputProblems() const
{
    Problems out;
    const QString funds = m_ui->fundsEdit->text().trimmed();
    if (!funds.isEmpty() && !money::parseYuan(funds))
        out.append(Problem::error(QStringLiteral("activity_funds"),
                                  tr("\"%1\" is not an amount of yuan; write it like 30000, 30000.50 or 3万.").arg(funds)));
    if (!m_ui->townshipCombo->currentText().trimmed().isEmpty() && chamber().townshipCode.isEmpty())
        out.append(Problem::error(QStringLiteral("township"),
                                  tr("\"%1\" is not a township of this database; pick one from the list.").arg(m_ui->townshipCombo->currentText())));
    if (!m_ui->foundedEdit->isInputValid())
        out.append(Problem::error(QStringLiteral("founded"), OptionalDateEdit::invalidInputMessage()));
    if (!m_ui->dissolvedEdit->isInputValid())
        out.append(Problem::error(QStringLiteral("dissolved"), OptionalDateEdit::invalidInputMessage()));
    return out;
}

void ChamberBasicsTab::showProblems(const Problems &problems)
{
    m_problems.show(problems);
}

void ChamberBasicsTab::setMemberCountsLocked(bool locked)
{
    const QString tip = locked ? tr("Counted from the member list (Members tab).") : QString();
    for (QSpinBox *spin : {m_ui->individualSpin, m_ui->unitSpin}) {
        spin->setReadOnly(locked);
        spin->setToolTip(tip);
    }
}

void ChamberBasicsTab::focusName()
{
    m_ui->nameEdit->setFocus();
}

void ChamberBasicsTab::updateDissolvedField()
{
    const bool dissolved = ChamberStatus(m_ui->statusCombo->currentData().toInt()) == ChamberStatus::Dissolved;
    m_ui->dissolvedEdit->setEnabled(dissolved);
}

} // namespace chamber
