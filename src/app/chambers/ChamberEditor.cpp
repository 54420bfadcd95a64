// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberEditor.h"

#include "AppSettings.h"
#include "ReadError.h"
#include "ChamberBasicsTab.h"
#include "ChamberFields.h"
#include "ChamberPointsTab.h"
#include "ChamberService.h"
#include "ChangeHistoryTab.h"
#include "DivisionService.h"
#include "HonoursTab.h"
#include "MediationTab.h"
#include "MemberService.h"
#include "MembersTab.h"
#include "NeedsTab.h"
#include "PartyTab.h"
#include "RecordDialog.h"
#include "RegistrationTab.h"
#include "VerificationBanner.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace chamber {

ChamberEditor::ChamberEditor(Workspace &workspace, qint64 id, QWidget *parent, const QString &township)
    : QDialog(parent), m_workspace(workspace), m_tabs(new QTabWidget(this)), m_basics(new ChamberBasicsTab(this)),
      m_registration(new RegistrationTab(workspace.session(), this)), m_banner(new VerificationBanner(workspace.session(), this)),
      m_general(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this)),
      m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(QStringLiteral("chamberEditor"));
    m_basics->setTownships(ReadError::take(this, workspace.session().divisions().townships()).value_or(QList<TownshipInfo>{}),
                           workspace.regionScale());
    if (id) {
        if (auto found = workspace.session().chambers().get(id))
            m_saved = *found;
        const auto version = workspace.session().chambers().version(id);
        m_version = version ? *version : 0;
    } else {
        m_saved.townshipCode = township;
    }
    m_basics->setChamber(m_saved);
    m_registration->setChamberId(m_saved.id);

    m_tabs->addTab(m_basics, tr("Basics"));
    m_tabs->addTab(m_registration, tr("Registration"));
    m_party = new PartyTab(workspace, this);
    m_honours = new HonoursTab(workspace, this);
    m_mediation = new MediationTab(workspace, this);
    m_needs = new NeedsTab(workspace, this);
    m_members = new MembersTab(workspace, this);
    m_points = new ChamberPointsTab(workspace, this);
    m_tabs->addTab(m_party, tr("Party building"));
    m_tabs->addTab(m_honours, tr("Honours"));
    m_tabs->addTab(m_mediation, tr("Mediation"));
    m_tabs->addTab(m_needs, tr("Needs"));
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_points, tr("Micro-points"));
    m_history = new ChangeHistoryTab(workspace, this);
    m_tabs->addTab(m_history, tr("Change history"));
    // An undone change may have changed the chamber itself: show it as it now is.
    connect(m_history, &ChangeHistoryTab::undone, this, [this] { reloadSaved(); });
    setRecordTabsChamber();
    connect(m_members, &MembersTab::countsChanged, this, [this] {
        // Counted from the list now: take the counts the database gives, keep the other edits.
        if (auto fresh = m_workspace.session().chambers().get(m_saved.id)) {
            Chamber draft = m_basics->chamber();
            draft.individualMembers = m_saved.individualMembers = fresh->individualMembers;
            draft.unitMembers = m_saved.unitMembers = fresh->unitMembers;
            m_basics->setChamber(draft);
        }
        refreshVersion();  // this window's own write: not someone else's
        m_basics->setMemberCountsLocked(ReadError::take(this, m_workspace.session().members().listKept(m_saved.id)).value_or(false));
        m_workspace.notifyChanged(QStringLiteral("members"));
        check();
    });
    m_general->setWordWrap(true);
    m_general->hide();
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the chamber (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));

    m_banner->setChamberId(m_saved.id);
    connect(m_banner, &VerificationBanner::valueUsed, this, [this](const QString &field) {
        // The value is written: show it, keeping what else is being edited.
        if (auto fresh = m_workspace.session().chambers().get(m_saved.id)) {
            Chamber draft = m_basics->chamber();
            ChamberFields::copy(draft, *fresh, field);
            ChamberFields::copy(m_saved, *fresh, field);
            m_basics->setChamber(draft);
        }
        refreshVersion();
        m_workspace.notifyChanged(QStringLiteral("chamber"));
        check();
    });
    connect(m_banner, &VerificationBanner::itemsChanged, this, [this] { m_workspace.notifyChanged(QStringLiteral("verification")); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    connect(m_basics, &ChamberBasicsTab::edited, this, &ChamberEditor::check);
    connect(m_save, &QPushButton::clicked, this, &ChamberEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChamberEditor::reject);
    connect(m_registration, &RegistrationTab::recorded, this, [this] {
        // Recording "registered" also writes the credit code on the chamber: show it.
        if (auto found = m_workspace.session().chambers().get(m_saved.id)) {
            Chamber edited = m_basics->chamber();
            edited.creditCode = found->creditCode;
            m_saved.creditCode = found->creditCode;
            m_basics->setChamber(edited);
        }
        refreshVersion();
        m_workspace.notifyChanged(QStringLiteral("registration"));
        m_banner->reload();  // recording a change settles the registration's items
        check();
    });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (canSave())
            save();
    });

    const QByteArray geometry = AppSettings::instance().chamberEditorGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1020, 660);
    check();
    m_basics->focusName();
}

ChamberEditor::~ChamberEditor() = default;

void ChamberEditor::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void ChamberEditor::setRecordTabsChamber()
{
    // The records of other areas belong to a saved chamber: the tabs open once it has an id.
    m_party->setChamberId(m_saved.id);
    m_honours->setChamberId(m_saved.id);
    m_mediation->setChamberId(m_saved.id);
    m_needs->setChamberId(m_saved.id);
    m_members->setChamberId(m_saved.id);
    m_points->setChamberId(m_saved.id);
    m_history->setChamberId(m_saved.id);
    // A greyed-out tab says why on its tab too (a disabled page shows no tooltip of its own).
    for (QWidget *tab : std::initializer_list<QWidget *>{m_party, m_honours, m_mediation, m_needs, m_members, m_points, m_history})
        m_tabs->setTabToolTip(m_tabs->indexOf(tab), m_saved.id ? QString() : tr("Save the chamber first (Ctrl+S); then this tab opens."));
    m_basics->setMemberCountsLocked(m_saved.id && ReadError::take(this, m_workspace.session().members().listKept(m_saved.id)).value_or(false));
}

bool ChamberEditor::isDirty() const
{
    return m_basics->chamber() != m_saved;
}

bool ChamberEditor::canSave() const
{
    return isDirty() && !m_hasErrors;
}

void ChamberEditor::check()
{
    const Chamber draft = m_basics->chamber();
    Problems problems = m_basics->inputProblems();
    problems.append(m_workspace.session().chambers().validate(draft));
    // A missing township is reported once, by the input check, when something was typed.
    m_hasErrors = hasErrors(problems);
    m_basics->showProblems(problems);
    m_registration->setDraft(draft);
    m_save->setEnabled(canSave());
    updateTitle();
}

void ChamberEditor::updateTitle()
{
    const QString name = m_saved.id ? m_saved.name : tr("New chamber");
    setWindowTitle(isDirty() ? tr("%1 (not saved) — Chamber").arg(name) : tr("%1 — Chamber").arg(name));
}

bool ChamberEditor::save()
{
    const Chamber draft = m_basics->chamber();
    ChamberService &chambers = m_workspace.session().chambers();
    Problems problems = m_basics->inputProblems();
    if (!hasErrors(problems)) {
        if (draft.id == 0) {
            auto added = chambers.add(draft);
            if (added) {
                m_saved = *chambers.get(added.value());
                problems = added.problems();
            } else {
                problems = added.problems();
            }
        } else {
            // The version this editor loaded: if someone saved the chamber since, the save is
            // refused rather than overwriting their change.
            auto updated = chambers.update(draft, m_version > 0 ? std::optional(m_version) : std::nullopt);
            problems = updated.problems();
            if (updated)
                m_saved = *chambers.get(draft.id);
        }
    }
    if (hasProblem(problems, QStringLiteral("row_version"))) {
        offerReload(problems);
        return false;
    }
    if (hasErrors(problems)) {
        m_basics->showProblems(problems);
        m_tabs->setCurrentWidget(m_basics);
        return false;
    }
    if (const auto version = chambers.version(m_saved.id))
        m_version = *version;
    m_basics->setChamber(m_saved);
    m_registration->setChamberId(m_saved.id);
    setRecordTabsChamber();
    m_banner->setChamberId(m_saved.id);  // editing a field resolved its items
    m_workspace.notifyChanged(QStringLiteral("chamber"));
    emit saved(m_saved.id);
    check();
    return true;
}

bool ChamberEditor::hasProblem(const Problems &problems, const QString &field)
{
    for (const auto &p : problems)
        if (p.isError() && p.field == field)
            return true;
    return false;
}

void ChamberEditor::offerReload(const Problems &problems)
{
    QString message;
    for (const auto &p : problems)
        if (p.field == QStringLiteral("row_version"))
            message = p.message;
    QMessageBox box(QMessageBox::Warning, tr("Saved by someone else"), message, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("staleSave"));
    box.setInformativeText(tr("Reload shows the chamber as it is now saved; your changes in this window are dropped. Keep editing keeps "
                              "them here, unsaved, so that you can copy what you need first."));
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload)
        reloadSaved();
}

void ChamberEditor::refreshVersion()
{
    if (const auto version = m_workspace.session().chambers().version(m_saved.id))
        m_version = *version;
}

void ChamberEditor::reloadSaved()
{
    ChamberService chambers(m_workspace.db());
    if (auto found = chambers.get(m_saved.id))
        m_saved = *found;
    if (const auto version = chambers.version(m_saved.id))
        m_version = *version;
    m_basics->setChamber(m_saved);
    m_registration->setChamberId(m_saved.id);
    setRecordTabsChamber();
    m_banner->setChamberId(m_saved.id);
    check();
}

bool ChamberEditor::confirmClose()
{
    if (!isDirty())
        return true;
    return RecordDialog::confirmDiscard(this, m_saved.id ? m_saved.name : tr("the new chamber"), !m_hasErrors,
                                        [this] { return save(); });
}

void ChamberEditor::done(int result)
{
    if (!confirmClose())
        return;
    AppSettings::instance().setValue(AppSettings::Key::ChamberEditorGeometry, saveGeometry());
    QDialog::done(result);
}

} // namespace chamber
