// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationPage.h"

#include "CaseDialog.h"
#include "ChamberEditor.h"
#include "ChamberService.h"
#include "ChamberPickerDialog.h"
#include "DivisionCatalog.h"
#include "DivisionCombo.h"
#include "KindColumns.h"
#include "ListExport.h"
#include "PageHeader.h"
#include "RecordBindings.h"
#include "RecordListPanel.h"
#include "Theme.h"
#include "Workspace.h"

#include <QComboBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

namespace chamber {

MediationPage::MediationPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_division(new DivisionCombo(this)), m_status(new QComboBox(this)),
      m_dispute(new QComboBox(this)), m_year(new QComboBox(this)), m_tabs(new QTabWidget(this)),
      m_cases(new RecordTableModel<Listed<MediationCase>>(this)), m_committees(new RecordTableModel<Listed<MediationCommittee>>(this))
{
    // The township and chamber, then the kind's own columns as its description lists them (with
    // the storage's sort keys). In CJK characters; with yyyy-MM-dd dates they must leave the last
    // column (结案日期) its room at 1366 px.
    Workspace *ws = &workspace;
    const auto township = [ws](const QString &code) { return ws->townshipLabel(code); };
    const auto cases = listedKindColumns(RecordKindId::MediationCase, mediationCaseBindings(), township, 5, 8);
    const auto committees = listedKindColumns(RecordKindId::MediationCommittee, mediationCommitteeBindings(), township, 8, 12);
    m_cases->setColumns(cases.titles, cases.cells);
    m_cases->setSortKeys(cases.sortKeys);
    m_committees->setColumns(committees.titles, committees.cells);
    m_committees->setSortKeys(committees.sortKeys);

    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(tr("Still open"), -2);
    for (auto s : Mediation::allStatuses())
        m_status->addItem(Mediation::statusName(s), int(s));
    m_dispute->addItem(tr("All disputes"), -1);
    for (auto t : Mediation::allDisputeTypes())
        m_dispute->addItem(Mediation::disputeTypeName(t), int(t));
    m_year->addItem(tr("All years"), 0);
    for (int y = QDate::currentDate().year(); y >= QDate::currentDate().year() - 10; --y)
        m_year->addItem(tr("Received in %1").arg(y), y);

    m_casePanel = new RecordListPanel(m_cases, QStringLiteral("mediation-cases"), cases.widths, this);
    m_casePanel->setSearchPlaceholder(tr("Search number, parties, chamber (Ctrl+F)"));
    m_casePanel->addFilter(m_status);
    m_casePanel->addFilter(m_dispute);
    m_casePanel->addFilter(m_year);
    m_casePanel->setCountText([](int n) { return tr("%1 cases").arg(QLocale().toString(n)); });
    QPushButton *add = m_casePanel->addButton(Theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("New case…"),
                                              tr("Take in a new case (Ctrl+N)"));
    QPushButton *edit = m_casePanel->addButton(Theme::icon(QStringLiteral("document-edit"), QStyle::SP_FileDialogContentsView), tr("Open…"));
    m_casePanel->addExportButtons([this] { return tr("Mediation cases of %1").arg(place()); }, tr("mediation-cases"));
    m_committeePanel = new RecordListPanel(m_committees, QStringLiteral("mediation-committees"), committees.widths, this);
    m_committeePanel->setSearchPlaceholder(tr("Search chamber or committee (Ctrl+F)"));
    m_committeePanel->setCountText([](int n) { return tr("%1 chambers have a mediation committee on record").arg(QLocale().toString(n)); });
    m_committeePanel->addExportButtons([this] { return tr("Mediation committees of %1").arg(place()); }, tr("mediation-committees"));
    m_tabs->addTab(m_casePanel, tr("Cases"));
    m_tabs->addTab(m_committeePanel, tr("Mediation committees"));
    m_header->addWidget(m_division);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_casePanel, &RecordListPanel::filtersChanged, m_cases, [this] {
        m_cases->reload();
        updateSubtitle();
    });
    connect(m_committeePanel, &RecordListPanel::filtersChanged, m_committees, [this] { m_committees->reload(); });
    connect(m_division, &QComboBox::currentIndexChanged, this, [this] {
        m_cases->reload();
        m_committees->reload();
        updateSubtitle();
    });
    connect(m_casePanel, &RecordListPanel::activated, this, &MediationPage::editCase);
    connect(m_casePanel, &RecordListPanel::selectionChanged, this, &Page::actionsChanged);
    // Ctrl+N and Delete act on the tab in view.
    connect(m_tabs, &QTabWidget::currentChanged, this, &Page::actionsChanged);
    connect(add, &QPushButton::clicked, this, &MediationPage::createRecord);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_casePanel->selectedId())
            editCase(id);
    });
    connect(m_committeePanel, &RecordListPanel::activated, this, [this](qint64 id) {
        const int row = m_committees->rowOfId(id);
        if (row < 0)
            return;
        ChamberEditor editor(this->workspace(), m_committees->at(row).record.chamberId, this);
        editor.showTab(4);
        editor.exec();  // what it wrote updated the rows (recordsChanged)
    });
    connect(&workspace, &Workspace::recordsChanged, this, &MediationPage::recordsChanged);
}

QString MediationPage::title() const
{
    return tr("Mediation");
}

QIcon MediationPage::icon() const
{
    return Theme::icon(QStringLiteral("help-about"), QStyle::SP_MessageBoxQuestion);
}

CaseQuery MediationPage::caseQuery() const
{
    CaseQuery q;
    q.divisionPrefix = m_division->prefix();
    q.text = m_casePanel->searchText();
    m_cases->applySort(q);
    const int status = m_status->currentData().toInt();
    if (status == -2)
        q.closed = false;
    else if (status >= 0)
        q.status = CaseStatus(status);
    if (const int dispute = m_dispute->currentData().toInt(); dispute >= 0)
        q.disputeType = DisputeType(dispute);
    if (const int year = m_year->currentData().toInt(); year > 0) {
        q.receivedFrom = QDate(year, 1, 1);
        q.receivedTo = QDate(year, 12, 31);
    }
    return q;
}

void MediationPage::reload()
{
    if (!workspace().isOpen())
        return;
    if (m_generation != workspace().generation()) {
        m_generation = workspace().generation();
        m_division->setWorkspace(workspace());
        Session *session = &workspace().session();
        m_cases->setSource([this, session] { return session->cases().count(caseQuery()); },
                           [this, session](int offset, int limit) {
                               CaseQuery q = caseQuery();
                               q.offset = offset;
                               q.limit = limit;
                               return session->cases().list(q);
                           },
                           [](const Listed<MediationCase> &c) { return c.record.id; });
        m_cases->setRowReader([this, session](qint64 id) -> Result<std::optional<Listed<MediationCase>>> {
            CaseQuery q = caseQuery();
            q.id = id;
            return firstRecord(session->cases().list(q));
        });
        auto committeeQuery = [this] {
            RecordQuery q;
            q.divisionPrefix = m_division->prefix();
            q.text = m_committeePanel->searchText();
            m_committees->applySort(q);
            return q;
        };
        // Committees are one per chamber at most: counted by listing them.
        m_committees->setSource([session, committeeQuery] { return countOf(session->mediation().listCommittees(committeeQuery())); },
                                [session, committeeQuery](int offset, int limit) {
                                    RecordQuery q = committeeQuery();
                                    q.offset = offset;
                                    q.limit = limit;
                                    return session->mediation().listCommittees(q);
                                },
                                [](const Listed<MediationCommittee> &m) { return m.record.id; });
        m_committees->setRowReader([session, committeeQuery](qint64 id) -> Result<std::optional<Listed<MediationCommittee>>> {
            RecordQuery q = committeeQuery();
            q.id = id;
            return firstRecord(session->mediation().listCommittees(q));
        });
        m_cases->reload();
        m_committees->reload();
    } else {
        m_cases->refresh();
        m_committees->refresh();
    }
    updateSubtitle();
}

void MediationPage::recordsChanged(const QList<ChangeEvent> &changes)
{
    if (!workspace().isOpen() || m_generation != workspace().generation())
        return;  // not listed yet: reload() reads it
    const QStringList cases{QStringLiteral("mediation_case")};
    const QStringList committees{QStringLiteral("mediation_committee")};
    if (Session::touches(changes, {QStringLiteral("chamber"), QStringLiteral("exchange_origin")})) {
        // A chamber renamed or removed (or a county's received records replaced): its name is in rows of both lists.
        m_cases->refresh();
        m_committees->refresh();
    } else if (Session::touches(changes, cases + committees)) {
        const auto touchedCases = Session::touched(changes, cases);
        const auto touchedCommittees = Session::touched(changes, committees);
        m_cases->updateRecords(touchedCases.ids, touchedCases.added);
        m_committees->updateRecords(touchedCommittees.ids, touchedCommittees.added);
    } else if (!Session::touches(changes, {QStringLiteral("mediation_tally")})) {
        return;
    }
    updateSubtitle();
}

void MediationPage::updateSubtitle()
{
    CaseQuery all;
    all.divisionPrefix = m_division->prefix();
    CaseQuery open = all;
    open.closed = false;
    CaseQuery settled = all;
    settled.status = CaseStatus::Settled;
    MediationCaseService &cases = workspace().session().cases();
    const auto total = cases.count(all);
    const auto openCount = cases.count(open);
    const auto settledCount = cases.count(settled);
    // Ledgers that give only a yearly count add cases the list does not hold; the dashboard counts
    // them, so the two figures differ — say so beside this one.
    const auto readTallies = workspace().session().mediation().allTallies();
    ChamberQuery chambers;
    chambers.divisionPrefix = all.divisionPrefix;
    const auto inDivision = all.divisionPrefix.isEmpty() ? Result<QList<ChamberRow>>(QList<ChamberRow>{}) : workspace().session().chambers().list(chambers);
    if (const Problems failed = errorsOnly(total.problems() + openCount.problems() + settledCount.problems() + readTallies.problems()
                                           + inDivision.problems());
        !failed.isEmpty()) {
        m_header->setSubtitle(failed.first().message);  // never "0 cases": the list below says so too
        return;
    }
    QString text = tr("%1 cases on record: %2 still open, %3 settled.")
                       .arg(QLocale().toString(*total), QLocale().toString(*openCount), QLocale().toString(*settledCount));
    const QList<MediationTally> &tallies = *readTallies;
    if (!tallies.isEmpty()) {
        QSet<qint64> inScope;
        for (const auto &row : *inDivision)
            inScope.insert(row.chamber.id);
        qint64 tallied = 0;
        for (const auto &t : tallies)
            if (all.divisionPrefix.isEmpty() || inScope.contains(t.chamberId))
                tallied += t.cases;
        if (tallied > 0)
            text += QLatin1Char(' ')
                    + tr("Ledgers' yearly tallies add %1 cases that are not in this list (counts only, without case files); the "
                         "dashboard's Mediation cases figure includes them.")
                          .arg(QLocale().toString(tallied));
    }
    m_header->setSubtitle(text);
}

void MediationPage::createRecord()
{
    ChamberPickerDialog picker(workspace(), tr("Which chamber takes in the case?"), this);
    if (picker.exec() != QDialog::Accepted || !picker.chosenId())
        return;
    MediationCase fresh;
    fresh.chamberId = picker.chosenId();
    CaseDialog dialog(workspace(), fresh, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_casePanel->selectId(dialog.savedId());  // listed as it was saved (recordsChanged)
        workspace().notifyChanged(QStringLiteral("mediation"));
    }
}

void MediationPage::editCase(qint64 id)
{
    const auto found = workspace().session().cases().get(id);
    if (!found)
        return;
    CaseDialog dialog(workspace(), *found, this);
    dialog.exec();
    // Status steps are written as they are recorded, saved or not; each write updated the row.
    m_casePanel->selectId(id);
}

bool MediationPage::canCreate() const
{
    return m_tabs->currentWidget() == m_casePanel;
}

QString MediationPage::place() const
{
    const QString prefix = m_division->prefix();
    return prefix.isEmpty() ? workspace().scopePath() : DivisionCatalog::bundled().pathName(prefix);
}

ListTable MediationPage::exportTable() const
{
    return m_tabs->currentWidget() == m_casePanel ? m_casePanel->exportTable(tr("Mediation cases of %1").arg(place()))
                                                  : m_committeePanel->exportTable(tr("Mediation committees of %1").arg(place()));
}

bool MediationPage::canDelete() const
{
    return m_tabs->currentWidget() == m_casePanel && m_casePanel->selectedId() != 0;
}

void MediationPage::deleteSelected()
{
    const qint64 id = m_casePanel->selectedId();
    const int row = m_cases->rowOfId(id);
    if (row < 0)
        return;
    const MediationCase &c = m_cases->at(row).record;
    QMessageBox box(QMessageBox::Warning, tr("Delete case"),
                    tr("Delete case %1 (%2 v. %3) and its history?").arg(c.number, c.applicant, c.respondent), QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setInformativeText(tr("The Mediation Law requires case records to be kept on file; delete only a case entered by mistake."));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (const Status removed = workspace().session().cases().remove(id); !removed)
        QMessageBox::warning(this, tr("Delete case"), removed.firstError());
}

void MediationPage::focusSearch()
{
    static_cast<RecordListPanel *>(m_tabs->currentWidget())->focusSearch();
}

} // namespace chamber
