// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersTab.h"

#include "RecordBindings.h"
#include "MemberDialog.h"
#include "MemberService.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace chamber {

MembersTab::MembersTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_kept(new QCheckBox(tr("The member counts follow from this list"), this)), m_counts(new QLabel(this))
{
    m_kept->setObjectName(QStringLiteral("listKept"));
    m_kept->setToolTip(tr("When ticked, the chamber's individual and unit member counts are counted from the list of current members."));
    using M = Member;
    m_list = std::make_unique<ChamberRecordList<M>>(this, QStringLiteral("editor-members"), kindColumns<M>(RecordKindId::Member, memberBindings()));
    auto changed = [this] {
        showCounts();
        emit countsChanged();
    };
    m_list->setActions(
        [this] { return m_workspace.session().members().of(m_chamberId); },
        [this, changed] {
            Member fresh;
            fresh.chamberId = m_chamberId;
            const bool saved = MemberDialog(m_workspace, fresh, this).exec() == QDialog::Accepted;
            if (saved)
                changed();
            return saved;
        },
        [this, changed](const M &m) {
            const bool saved = MemberDialog(m_workspace, m, this).exec() == QDialog::Accepted;
            if (saved)
                changed();
            return saved;
        },
        [this, changed](const M &m) {
            const Status removed = m_workspace.session().members().remove(m.id);
            changed();
            return removed;
        },
        [](const M &m) { return m.id; }, [](const M &m) { return m.name; });

    auto *top = new QHBoxLayout;
    top->addWidget(m_kept);
    top->addStretch(1);
    top->addWidget(m_counts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list->panel(), 1);
    connect(m_kept, &QCheckBox::toggled, this, [this, changed](bool kept) {
        if (const Status s = m_workspace.session().members().setListKept(m_chamberId, kept); !s) {
            QMessageBox::warning(this, tr("Members"), s.firstError());
            const QSignalBlocker blocker(m_kept);
            m_kept->setChecked(!kept);
            return;
        }
        changed();
    });
}

MembersTab::~MembersTab() = default;

void MembersTab::setChamberId(qint64 id)
{
    m_chamberId = id;
    setEnabled(id != 0);
    {
        const QSignalBlocker blocker(m_kept);
        const auto kept = id ? m_workspace.session().members().listKept(id) : Result<bool>(false);
        m_kept->setChecked(kept && *kept);  // a failed read shows in the list below
    }
    m_list->reload();
    showCounts();
}

void MembersTab::showCounts()
{
    if (!m_chamberId) {
        m_counts->clear();
        return;
    }
    const auto read = m_workspace.session().members().countsOf(m_chamberId);
    if (!read) {
        m_counts->setText(read.firstError());
        return;
    }
    const MemberCounts &counts = *read;
    m_counts->setText(tr("On the list today: %1 unit, %2 individual members").arg(counts.enterprise).arg(counts.individual));
}

} // namespace chamber
