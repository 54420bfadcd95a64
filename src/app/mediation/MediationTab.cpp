// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationTab.h"

#include "CaseDialog.h"
#include "ReadError.h"
#include "RecordBindings.h"
#include "CommitteeDialog.h"
#include "Dates.h"
#include "MediationService.h"
#include "TallyPanel.h"
#include "Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace chamber {

MediationTab::MediationTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_committee(new QLabel(this)), m_editCommittee(new QPushButton(this))
{
    m_committee->setWordWrap(true);
    using C = Listed<MediationCase>;
    m_cases = std::make_unique<ChamberRecordList<C>>(
        this, QStringLiteral("editor-cases"),
        kindColumns<C, MediationCase>(RecordKindId::MediationCase, mediationCaseBindings(), [](const C &c) -> const MediationCase & { return c.record; }));
    m_cases->setActions(
        [this] {
            CaseQuery q;
            q.chamberId = m_chamberId;
            return m_chamberId ? m_workspace.session().cases().list(q) : Result<QList<C>>(QList<C>{});
        },
        [this] {
            MediationCase fresh;
            fresh.chamberId = m_chamberId;
            return CaseDialog(m_workspace, fresh, this).exec() == QDialog::Accepted;
        },
        [this](const C &c) {
            CaseDialog(m_workspace, c.record, this).exec();
            return true;  // status steps are written even when the dialog is cancelled
        },
        [this](const C &c) { return m_workspace.session().cases().remove(c.record.id); }, [](const C &c) { return c.record.id; },
        [](const C &c) { return tr("case %1").arg(c.record.number); });

    auto *committeeGroup = new QGroupBox(tr("Mediation committee"), this);
    auto *committeeLayout = new QHBoxLayout(committeeGroup);
    committeeLayout->addWidget(m_committee, 1);
    committeeLayout->addWidget(m_editCommittee, 0, Qt::AlignTop);
    // What `chamberctl mediation committee remove` does.
    m_removeCommittee = new QPushButton(tr("Delete"), this);
    m_removeCommittee->setObjectName(QStringLiteral("removeCommittee"));
    committeeLayout->addWidget(m_removeCommittee, 0, Qt::AlignTop);
    connect(m_removeCommittee, &QPushButton::clicked, this, [this] {
        const auto read = ReadError::take(this, m_workspace.session().mediation().committeeOf(m_chamberId));
        const std::optional<MediationCommittee> committee = read ? *read : std::nullopt;
        if (!committee
            || QMessageBox::question(this, tr("Delete"), tr("Delete the chamber's mediation committee from the records? Its cases are kept."))
                   != QMessageBox::Yes)
            return;
        if (const Status removed = m_workspace.session().mediation().removeCommittee(committee->id); !removed)
            QMessageBox::warning(this, tr("Delete"), removed.firstError());
        reload();
    });
    auto *casesGroup = new QGroupBox(tr("Cases"), this);
    (new QVBoxLayout(casesGroup))->addWidget(m_cases->panel());
    m_tallies = new TallyPanel(workspace.session(), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(committeeGroup);
    layout->addWidget(casesGroup, 1);
    layout->addWidget(m_tallies);
    connect(m_editCommittee, &QPushButton::clicked, this, &MediationTab::editCommittee);
}

MediationTab::~MediationTab() = default;

void MediationTab::setChamberId(qint64 id)
{
    m_chamberId = id;
    setEnabled(id != 0);
    m_tallies->setChamberId(id);
    reload();
}

void MediationTab::reload()
{
    const auto read = m_chamberId ? m_workspace.session().mediation().committeeOf(m_chamberId)
                                  : Result<std::optional<MediationCommittee>>(std::optional<MediationCommittee>());
    const std::optional<MediationCommittee> committee = read ? *read : std::nullopt;
    if (!read) {
        m_committee->setText(read.firstError());  // never "none on record" for a read that failed
        m_editCommittee->setText(tr("Set up…"));
        m_removeCommittee->setEnabled(false);
    } else if (!committee) {
        m_committee->setText(tr("No mediation committee is on record for this chamber."));
        m_editCommittee->setText(tr("Set up…"));
        m_removeCommittee->setEnabled(false);
    } else {
        m_removeCommittee->setEnabled(true);
        m_committee->setText(tr("%1\nFounded %2 · %n mediator(s)", nullptr, committee->mediators)
                                 .arg(committee->name.isEmpty() ? tr("(name not recorded)") : committee->name,
                                      committee->founded ? dates::toText(*committee->founded) : tr("(date unknown)")));
        m_editCommittee->setText(tr("Edit…"));
    }
    m_cases->reload();
}

void MediationTab::editCommittee()
{
    MediationCommittee committee;
    committee.chamberId = m_chamberId;
    const auto existing = ReadError::take(this, m_workspace.session().mediation().committeeOf(m_chamberId));
    if (!existing)
        return;
    if (*existing)
        committee = **existing;
    if (CommitteeDialog(m_workspace, committee, this).exec() == QDialog::Accepted)
        reload();
}

} // namespace chamber
