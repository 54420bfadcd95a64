// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberBasicsTab.h"

#include "DivisionCatalog.h"
#include "FormFields.h"
#include "RecordBindings.h"
#include "TextRules.h"
#include "ui_ChamberBasicsTab.h"

#include <QKeyEvent>
#include <QTimer>

namespace chamber {

namespace {

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
    // The status's items are numbered by ChamberStatus, the liability's are yes, no or (no data)
    // not known; the binding reads both as their fields store them.
    for (auto s : {ChamberStatus::Active, ChamberStatus::Dormant, ChamberStatus::Dissolved})
        m_ui->statusCombo->addItem(Chambers::statusName(s), int(s));
    m_ui->liabilityCombo->addItem(tr("not assessed"));
    m_ui->liabilityCombo->addItem(tr("able to bear it"), true);
    m_ui->liabilityCombo->addItem(tr("not able to bear it"), false);
    m_ui->creditCodeEdit->setMaxLength(24);  // room for spaces people type; normalised on reading
    // Each input widget names its field in the .ui: the binding loads and reads them all, offers
    // the dissolution date only with the status dissolved, and the township by any part of its name.
    m_fields = std::make_unique<FormBinding<Chamber>>(RecordKindId::Chamber, chamberBindings(), this);
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
    m_fields->load(c);
    for (QWidget *w : fields)
        w->blockSignals(false);
}

Chamber ChamberBasicsTab::chamber() const
{
    Chamber c;
    c.id = m_id;
    return m_fields->save(c);
}

Problems ChamberBasicsTab::inputProblems() const
{
    return m_fields->inputProblems();
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

} // namespace chamber
