// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DisclosureService.h"
#include "Page.h"
#include "PartyService.h"
#include "RecordTableModel.h"

class QTabWidget;

namespace chamber {

struct ChangeEvent;
class DivisionCombo;
struct ListTable;
class PageHeader;
class RecordListPanel;

// 党建: the Party organisations of the scope's chambers, the instructors assigned to them and
// the three disclosures, each list searched and narrowed to a division. Opening a row opens
// the chamber's editor at its Party building tab, where the records are kept.
class PartyPage : public Page
{
    Q_OBJECT
public:
    explicit PartyPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("party"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    bool followsRecordChanges() const override { return true; }
    bool canSearch() const override { return true; }
    void focusSearch() override;

    RecordTableModel<Listed<PartyOrganization>> *organizations() const { return m_organizations; }
    RecordTableModel<Listed<PartyInstructor>> *instructors() const { return m_instructors; }
    RecordTableModel<Listed<Disclosure>> *disclosures() const { return m_disclosures; }
    RecordListPanel *organizationPanel() const { return m_organizationPanel; }
    DivisionCombo *divisionFilter() const { return m_division; }
    QTabWidget *tabs() const { return m_tabs; }
    // The list of the tab in view as filtered, as Export and Print write it.
    ListTable exportTable() const;

private:
    void recordsChanged(const QList<ChangeEvent> &changes);
    RecordQuery query(const RecordListPanel *panel) const;
    void openChamber(qint64 chamberId);
    void updateSubtitle();
    // The title of a list's export: which list, of the division chosen (else the whole scope).
    QString listTitle(const RecordListPanel *panel) const;

    PageHeader *m_header;
    DivisionCombo *m_division;
    QTabWidget *m_tabs;
    RecordTableModel<Listed<PartyOrganization>> *m_organizations;
    RecordTableModel<Listed<PartyInstructor>> *m_instructors;
    RecordTableModel<Listed<Disclosure>> *m_disclosures;
    RecordListPanel *m_organizationPanel;
    RecordListPanel *m_instructorPanel;
    RecordListPanel *m_disclosurePanel;
    int m_generation = 0;
};

} // namespace chamber
