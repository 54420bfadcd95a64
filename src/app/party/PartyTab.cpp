// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyTab.h"

#include "RecordBindings.h"
#include "ReadError.h"
#include "DisclosureService.h"
#include "DisclosureDialog.h"
#include "InstructorDialog.h"
#include "PartyOrganizationDialog.h"
#include "PartyService.h"
#include "Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace chamber {

PartyTab::PartyTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_organization(new QLabel(this)),
      m_editOrganization(new QPushButton(this)), m_removeOrganization(new QPushButton(tr("Delete"), this))
{
    m_organization->setWordWrap(true);
    m_organization->setTextFormat(Qt::PlainText);
    m_editOrganization->setObjectName(QStringLiteral("editOrganization"));

    using I = PartyInstructor;
    m_instructors = std::make_unique<ChamberRecordList<I>>(this, QStringLiteral("editor-instructors"),
                                                           kindColumns<I>(RecordKindId::PartyInstructor, partyInstructorBindings()));
    m_instructors->setActions(
        [this] { return m_workspace.session().party().instructorsOf(m_chamberId); },
        [this] {
            PartyInstructor fresh;
            fresh.chamberId = m_chamberId;
            return InstructorDialog(m_workspace, fresh, this).exec() == QDialog::Accepted;
        },
        [this](const I &i) { return InstructorDialog(m_workspace, i, this).exec() == QDialog::Accepted; },
        [this](const I &i) { return m_workspace.session().party().removeInstructor(i.id); }, [](const I &i) { return i.id; },
        [](const I &i) { return tr("the instructor %1").arg(i.name); });

    using D = Disclosure;
    m_disclosures = std::make_unique<ChamberRecordList<D>>(this, QStringLiteral("editor-disclosures"),
                                                           kindColumns<D>(RecordKindId::Disclosure, disclosureBindings()));
    m_disclosures->setActions(
        [this] { return m_workspace.session().disclosures().of(m_chamberId); },
        [this] {
            Disclosure fresh;
            fresh.chamberId = m_chamberId;
            return DisclosureDialog(m_workspace, fresh, this).exec() == QDialog::Accepted;
        },
        [this](const D &d) { return DisclosureDialog(m_workspace, d, this).exec() == QDialog::Accepted; },
        [this](const D &d) { return m_workspace.session().disclosures().remove(d.id); }, [](const D &d) { return d.id; },
        [](const D &d) { return tr("the disclosures of %1").arg(d.period); });

    auto *organizationGroup = new QGroupBox(tr("Party organisation"), this);
    auto *organizationLayout = new QHBoxLayout(organizationGroup);
    organizationLayout->addWidget(m_organization, 1);
    organizationLayout->addWidget(m_editOrganization, 0, Qt::AlignTop);
    organizationLayout->addWidget(m_removeOrganization, 0, Qt::AlignTop);
    auto *instructorsGroup = new QGroupBox(tr("Party instructors"), this);
    (new QVBoxLayout(instructorsGroup))->addWidget(m_instructors->panel());
    auto *disclosuresGroup = new QGroupBox(tr("Three disclosures (Party affairs, chamber affairs, finances)"), this);
    (new QVBoxLayout(disclosuresGroup))->addWidget(m_disclosures->panel());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(organizationGroup);
    layout->addWidget(instructorsGroup, 1);
    layout->addWidget(disclosuresGroup, 1);

    connect(m_editOrganization, &QPushButton::clicked, this, &PartyTab::editOrganization);
    connect(m_removeOrganization, &QPushButton::clicked, this, &PartyTab::removeOrganization);
}

PartyTab::~PartyTab() = default;

void PartyTab::setChamberId(qint64 id)
{
    m_chamberId = id;
    setEnabled(id != 0);
    setToolTip(id ? QString() : tr("Save the chamber first; then its Party building records can be added."));
    reload();
}

void PartyTab::reload()
{
    const auto read = m_chamberId ? m_workspace.session().party().organizationOf(m_chamberId)
                                  : Result<std::optional<PartyOrganization>>(std::optional<PartyOrganization>());
    const std::optional<PartyOrganization> organization = read ? *read : std::nullopt;
    if (!read) {
        m_organization->setText(read.firstError());  // never "none on record" for a read that failed
        m_editOrganization->setText(tr("Set up…"));
    } else if (!m_chamberId) {
        // Greyed out: say why, in the tab itself and not only in a tooltip.
        m_organization->setText(tr("This tab opens once the chamber is saved (Ctrl+S): its Party organisation, "
                                   "instructors and disclosures belong to a chamber on record."));
        m_editOrganization->setText(tr("Set up…"));
    } else if (!organization) {
        m_organization->setText(tr("No Party organisation is on record for this chamber."));
        m_editOrganization->setText(tr("Set up…"));
    } else {
        const PartyOrganization &o = *organization;
        QStringList lines;
        lines << (o.name.isEmpty() ? tr("(name not recorded)") : o.name);
        lines << tr("%1 · %2 Party members · secretary %3")
                     .arg(Party::formName(o.form))
                     .arg(o.members)
                     .arg(o.secretary.isEmpty() ? tr("not recorded") : o.secretary);
        if (o.form == PartyForm::Joint && !o.jointWith.isEmpty())
            lines << tr("Formed jointly with %1").arg(o.jointWith);
        lines << (o.starRating ? tr("Star rating: %n star(s)", nullptr, *o.starRating) : tr("Not star-rated"));
        m_organization->setText(lines.join(QLatin1Char('\n')));
        m_editOrganization->setText(tr("Edit…"));
    }
    m_removeOrganization->setEnabled(organization.has_value());
    m_editOrganization->setEnabled(bool(read));
    m_instructors->reload();
    m_disclosures->reload();
}

void PartyTab::editOrganization()
{
    PartyOrganization o;
    o.chamberId = m_chamberId;
    const auto existing = ReadError::take(this, m_workspace.session().party().organizationOf(m_chamberId));
    if (!existing)
        return;
    if (*existing)
        o = **existing;
    if (PartyOrganizationDialog(m_workspace, o, this).exec() == QDialog::Accepted) {
        reload();
        m_workspace.notifyChanged(QStringLiteral("party"));
    }
}

void PartyTab::removeOrganization()
{
    const auto read = ReadError::take(this, m_workspace.session().party().organizationOf(m_chamberId));
    if (!read || !*read)
        return;
    const PartyOrganization &existing = **read;
    if (QMessageBox::question(this, tr("Delete"), tr("Delete the chamber's Party organisation from the records?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Status removed = m_workspace.session().party().removeOrganization(existing.id); !removed)
        QMessageBox::warning(this, tr("Delete"), removed.firstError());
    reload();
    m_workspace.notifyChanged(QStringLiteral("party"));
}

} // namespace chamber
