// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyPage.h"

#include "ChamberEditor.h"
#include "ChamberService.h"
#include "DivisionCatalog.h"
#include "DivisionCombo.h"
#include "KindColumns.h"
#include "ListExport.h"
#include "PageHeader.h"
#include "RecordBindings.h"
#include "RecordListPanel.h"
#include "Theme.h"
#include "Workspace.h"

#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace chamber {

PartyPage::PartyPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_division(new DivisionCombo(this)), m_tabs(new QTabWidget(this)),
      m_organizations(new RecordTableModel<Listed<PartyOrganization>>(this)),
      m_instructors(new RecordTableModel<Listed<PartyInstructor>>(this)), m_disclosures(new RecordTableModel<Listed<Disclosure>>(this))
{
    // The township and chamber, then the kind's own columns as its description lists them (with
    // the storage's sort keys); the model has its columns before the panel sizes them.
    Workspace *ws = &workspace;
    const auto township = [ws](const QString &code) { return ws->townshipLabel(code); };
    const auto organizations = listedKindColumns(RecordKindId::PartyOrganization, partyOrganizationBindings(), township, 5, 9);
    const auto instructors = listedKindColumns(RecordKindId::PartyInstructor, partyInstructorBindings(), township, 5, 9);
    const auto disclosures = listedKindColumns(RecordKindId::Disclosure, disclosureBindings(), township, 5, 9);
    m_organizations->setColumns(organizations.titles, organizations.cells);
    m_organizations->setSortKeys(organizations.sortKeys);
    m_instructors->setColumns(instructors.titles, instructors.cells);
    m_instructors->setSortKeys(instructors.sortKeys);
    m_disclosures->setColumns(disclosures.titles, disclosures.cells);
    m_disclosures->setSortKeys(disclosures.sortKeys);
    m_organizationPanel = new RecordListPanel(m_organizations, QStringLiteral("party-organizations"), organizations.widths, this);
    m_instructorPanel = new RecordListPanel(m_instructors, QStringLiteral("party-instructors"), instructors.widths, this);
    m_disclosurePanel = new RecordListPanel(m_disclosures, QStringLiteral("party-disclosures"), disclosures.widths, this);
    m_organizationPanel->setSearchPlaceholder(tr("Search chamber, organisation or secretary (Ctrl+F)"));
    m_instructorPanel->setSearchPlaceholder(tr("Search chamber, instructor or unit (Ctrl+F)"));
    m_disclosurePanel->setSearchPlaceholder(tr("Search chamber or period (Ctrl+F)"));
    m_organizationPanel->setCountText([](int n) { return tr("%1 chambers have a Party organisation on record").arg(QLocale().toString(n)); });
    m_instructorPanel->setCountText([](int n) { return tr("%1 instructors on record").arg(QLocale().toString(n)); });
    m_disclosurePanel->setCountText([](int n) { return tr("%1 disclosure periods on record").arg(QLocale().toString(n)); });
    m_organizationPanel->addExportButtons([this] { return listTitle(m_organizationPanel); }, tr("party-organisations"));
    m_instructorPanel->addExportButtons([this] { return listTitle(m_instructorPanel); }, tr("party-instructors"));
    m_disclosurePanel->addExportButtons([this] { return listTitle(m_disclosurePanel); }, tr("three-disclosures"));
    m_tabs->addTab(m_organizationPanel, tr("Party organisations"));
    m_tabs->addTab(m_instructorPanel, tr("Instructors"));
    m_tabs->addTab(m_disclosurePanel, tr("Three disclosures"));
    m_header->addWidget(m_division);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    for (RecordListPanel *panel : {m_organizationPanel, m_instructorPanel, m_disclosurePanel}) {
        connect(panel, &RecordListPanel::filtersChanged, panel, [panel] { panel->model()->reload(); });
        connect(panel, &RecordListPanel::activated, this, [this, panel](qint64 id) {
            const int row = panel->model()->rowOfId(id);
            if (row < 0)
                return;
            if (panel == m_organizationPanel)
                openChamber(m_organizations->at(row).record.chamberId);
            else if (panel == m_instructorPanel)
                openChamber(m_instructors->at(row).record.chamberId);
            else
                openChamber(m_disclosures->at(row).record.chamberId);
        });
    }
    connect(m_division, &QComboBox::currentIndexChanged, this, [this] {
        for (PagedTableModel *model : {static_cast<PagedTableModel *>(m_organizations), static_cast<PagedTableModel *>(m_instructors),
                                       static_cast<PagedTableModel *>(m_disclosures)})
            model->reload();
        updateSubtitle();
    });
    connect(&workspace, &Workspace::recordsChanged, this, &PartyPage::recordsChanged);
}

QString PartyPage::title() const
{
    return tr("Party building");
}

QIcon PartyPage::icon() const
{
    return Theme::icon(QStringLiteral("emblem-important"), QStyle::SP_DialogYesButton);
}

RecordQuery PartyPage::query(const RecordListPanel *panel) const
{
    RecordQuery q;
    q.divisionPrefix = m_division->prefix();
    q.text = panel->searchText();
    panel->model()->applySort(q);
    return q;
}

void PartyPage::reload()
{
    if (!workspace().isOpen())
        return;
    if (m_generation != workspace().generation()) {
        m_generation = workspace().generation();
        m_division->setWorkspace(workspace());
        Session *session = &workspace().session();
        m_organizations->setSource([this, session] { return session->party().countOrganizations(query(m_organizationPanel)); },
                                   [this, session](int offset, int limit) {
                                       RecordQuery q = query(m_organizationPanel);
                                       q.offset = offset;
                                       q.limit = limit;
                                       return session->party().listOrganizations(q);
                                   },
                                   [](const Listed<PartyOrganization> &o) { return o.record.id; });
        m_organizations->setRowReader([this, session](qint64 id) -> Result<std::optional<Listed<PartyOrganization>>> {
            RecordQuery q = query(m_organizationPanel);
            q.id = id;
            return firstRecord(session->party().listOrganizations(q));
        });
        // Instructors and disclosures are a few per chamber: counted by listing them.
        m_instructors->setSource([this, session] { return countOf(session->party().listInstructors(query(m_instructorPanel))); },
                                 [this, session](int offset, int limit) {
                                     RecordQuery q = query(m_instructorPanel);
                                     q.offset = offset;
                                     q.limit = limit;
                                     return session->party().listInstructors(q);
                                 },
                                 [](const Listed<PartyInstructor> &i) { return i.record.id; });
        m_instructors->setRowReader([this, session](qint64 id) -> Result<std::optional<Listed<PartyInstructor>>> {
            RecordQuery q = query(m_instructorPanel);
            q.id = id;
            return firstRecord(session->party().listInstructors(q));
        });
        m_disclosures->setSource([this, session] { return countOf(session->disclosures().list(query(m_disclosurePanel))); },
                                 [this, session](int offset, int limit) {
                                     RecordQuery q = query(m_disclosurePanel);
                                     q.offset = offset;
                                     q.limit = limit;
                                     return session->disclosures().list(q);
                                 },
                                 [](const Listed<Disclosure> &d) { return d.record.id; });
        m_disclosures->setRowReader([this, session](qint64 id) -> Result<std::optional<Listed<Disclosure>>> {
            RecordQuery q = query(m_disclosurePanel);
            q.id = id;
            return firstRecord(session->disclosures().list(q));
        });
        m_organizations->reload();
        m_instructors->reload();
        m_disclosures->reload();
    } else {
        m_organizations->refresh();
        m_instructors->refresh();
        m_disclosures->refresh();
    }
    updateSubtitle();
}

void PartyPage::recordsChanged(const QList<ChangeEvent> &changes)
{
    if (!workspace().isOpen() || m_generation != workspace().generation())
        return;  // not listed yet: reload() reads it
    const QStringList organizations{QStringLiteral("party_organization")};
    const QStringList instructors{QStringLiteral("party_instructor")};
    const QStringList disclosures{QStringLiteral("party_disclosure")};
    if (Session::touches(changes, {QStringLiteral("chamber"), QStringLiteral("exchange_origin")})) {
        // A chamber renamed or removed (or a county's received records replaced): its name is in rows of every list, and the counts change.
        m_organizations->refresh();
        m_instructors->refresh();
        m_disclosures->refresh();
    } else if (Session::touches(changes, organizations + instructors + disclosures)) {
        const auto o = Session::touched(changes, organizations);
        const auto i = Session::touched(changes, instructors);
        const auto d = Session::touched(changes, disclosures);
        m_organizations->updateRecords(o.ids, o.added);
        m_instructors->updateRecords(i.ids, i.added);
        m_disclosures->updateRecords(d.ids, d.added);
    } else {
        return;
    }
    updateSubtitle();
}

void PartyPage::updateSubtitle()
{
    ChamberQuery all;
    all.divisionPrefix = m_division->prefix();
    ChamberQuery without = all;
    without.hasPartyOrganization = false;
    ChamberService &chambers = workspace().session().chambers();
    const auto readTotal = chambers.count(all);
    const auto readMissing = chambers.count(without);
    if (!readTotal || !readMissing) {  // never "0 of 0": the lists below show the error too
        m_header->setSubtitle(readTotal ? readMissing.firstError() : readTotal.firstError());
        return;
    }
    const int total = *readTotal;
    const int missing = *readMissing;
    m_header->setSubtitle(tr("%1 of %2 chambers have a Party organisation on record; %3 have none yet. Open a row to edit the chamber's "
                             "Party building records.")
                              .arg(QLocale().toString(total - missing), QLocale().toString(total), QLocale().toString(missing)));
}

void PartyPage::openChamber(qint64 chamberId)
{
    ChamberEditor editor(workspace(), chamberId, this);
    editor.showTab(2);
    editor.exec();  // what it wrote updated the rows (recordsChanged)
}

QString PartyPage::listTitle(const RecordListPanel *panel) const
{
    const QString prefix = m_division->prefix();
    const QString place = prefix.isEmpty() ? workspace().scopePath() : DivisionCatalog::bundled().pathName(prefix);
    if (panel == m_organizationPanel)
        return tr("Party organisations of chambers in %1").arg(place);
    if (panel == m_instructorPanel)
        return tr("Party instructors of chambers in %1").arg(place);
    return tr("Three disclosures of chambers in %1").arg(place);
}

ListTable PartyPage::exportTable() const
{
    const auto *panel = static_cast<const RecordListPanel *>(m_tabs->currentWidget());
    return panel->exportTable(listTitle(panel));
}

void PartyPage::focusSearch()
{
    static_cast<RecordListPanel *>(m_tabs->currentWidget())->focusSearch();
}

} // namespace chamber
