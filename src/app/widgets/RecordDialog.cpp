// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordDialog.h"

#include "OptionalDateEdit.h"
#include "RecordSql.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace chamber {

RecordDialog::RecordDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_layout(new QVBoxLayout(this)), m_general(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_save(m_buttons->button(QDialogButtonBox::Save))
{
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_general->setObjectName(QStringLiteral("generalProblem"));
    m_layout->addWidget(m_general);
    m_layout->addWidget(m_buttons);
    m_problems.setGeneral(m_general);
    connect(m_save, &QPushButton::clicked, this, &RecordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
}

void RecordDialog::setForm(QWidget *form)
{
    m_layout->insertWidget(0, form, 1);
    // Forms name the label under each field after the problem field it shows: problem_<field>,
    // in the form row below the field's.
    const QString prefix = QStringLiteral("problem_");
    const auto forms = form->findChildren<QFormLayout *>();
    // The line kept under each field for its message parts the fields already: little spacing.
    for (QFormLayout *layout : forms)
        layout->setVerticalSpacing(2);
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (!label->objectName().startsWith(prefix))
            continue;
        const QString field = label->objectName().mid(prefix.size());
        m_problems.add(field, label);
        for (QFormLayout *layout : forms) {
            int row = -1;
            QFormLayout::ItemRole role;
            layout->getWidgetPosition(label, &row, &role);
            if (row <= 0)
                continue;
            if (QLayoutItem *item = layout->itemAt(row - 1, QFormLayout::FieldRole); item && item->widget()) {
                m_fieldOf.insert(item->widget(), field);
                for (QWidget *inner : item->widget()->findChildren<QWidget *>())
                    m_fieldOf.insert(inner, field);
            }
        }
    }
    // A field's problems show once it has been changed: a blank new form shows no red.
    m_problems.setTouchedOnly(true);
    watchFields(form);
}

void RecordDialog::watchFields(QWidget *form)
{
    auto recheck = [this](QWidget *w) {
        return [this, w] {
            m_problems.touch(m_fieldOf.value(w));
            check();
        };
    };
    for (auto *w : form->findChildren<QLineEdit *>())
        connect(w, &QLineEdit::textChanged, this, recheck(w));
    for (auto *w : form->findChildren<QComboBox *>())
        connect(w, &QComboBox::currentIndexChanged, this, recheck(w));
    for (auto *w : form->findChildren<QSpinBox *>())
        connect(w, &QSpinBox::valueChanged, this, recheck(w));
    for (auto *w : form->findChildren<QDateEdit *>())
        connect(w, &QDateEdit::dateChanged, this, recheck(w));
    for (auto *w : form->findChildren<QPlainTextEdit *>())
        connect(w, &QPlainTextEdit::textChanged, this, recheck(w));
    for (auto *w : form->findChildren<QCheckBox *>())
        connect(w, &QCheckBox::toggled, this, recheck(w));
}

void RecordDialog::check()
{
    Problems found = validate();
    // A date typed that is not a date yet: saving would lose it, so it blocks like any error. A
    // field bound to its kind (FormFields) says so under itself; the others in the general line.
    for (const OptionalDateEdit *date : findChildren<OptionalDateEdit *>())
        if (!date->isInputValid() && !date->property("field").isValid()) {
            found.append(Problem::error(QString(), OptionalDateEdit::invalidInputMessage()));
            break;
        }
    m_hasErrors = hasErrors(found);
    // A record on file shows every problem it has; a new one shows a field's once it is touched.
    if (!isNew())
        m_problems.touchAll();
    m_problems.show(found);
    m_save->setEnabled((isNew() || isDirty()) && !m_hasErrors);
    // Save stays off until it can save; its tooltip says what is still missing, shown or not.
    QStringList missing;
    for (const auto &p : found)
        if (p.isError())
            missing.append(p.message);
    m_save->setToolTip(missing.isEmpty() ? tr("Save (Ctrl+S)") : tr("Cannot be saved yet:\n%1").arg(missing.join(QLatin1Char('\n'))));
}

void RecordDialog::loadVersion(const QString &table, qint64 id)
{
    m_version.reset();
    if (id == 0)
        return;
    // Unreadable (gone already): no version; the save then fails on the record itself.
    if (const auto version = sql::rowVersion(m_workspace.db(), table, id))
        m_version = version.value();
}

bool RecordDialog::save()
{
    const auto written = write();
    if (!written) {
        m_problems.touchAll();  // a refusal names what it refused, touched or not
        m_problems.show(written.problems());
        return false;
    }
    m_savedId = written.value();
    emit saved(m_savedId);
    m_closing = true;  // written: nothing left to ask about
    accept();
    return true;
}

bool RecordDialog::confirmDiscard(QWidget *parent, const QString &what, bool canSave, const std::function<bool()> &save)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("The changes to %1 have not been saved.").arg(what),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(canSave ? tr("Save them before closing?") : tr("They cannot be saved until the problems shown are put right."));
    box.button(QMessageBox::Save)->setEnabled(canSave);
    box.button(QMessageBox::Save)->setText(tr("Save"));
    box.button(QMessageBox::Discard)->setText(tr("Discard changes"));
    box.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    box.setDefaultButton(canSave ? QMessageBox::Save : QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void RecordDialog::done(int result)
{
    if (!m_closing && isDirty()) {
        const bool mayClose = confirmDiscard(this, recordName(), !m_hasErrors, [this] { return save(); });
        if (!mayClose || m_savedId)
            return;  // kept open, or already closed by save()
    }
    QDialog::done(result);
}

} // namespace chamber
