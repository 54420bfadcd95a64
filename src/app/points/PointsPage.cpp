// SPDX-License-Identifier: GPL-3.0-or-later
#include "PointsPage.h"

#include "Cells.h"
#include "ReadError.h"
#include "ChamberPickerDialog.h"
#include "ChamberService.h"
#include "ColumnMemory.h"
#include "Dates.h"
#include "OptionalDateEdit.h"
#include "PageHeader.h"
#include "PointsEntriesPanel.h"
#include "PointsRulesPanel.h"
#include "PointsService.h"
#include "RecordListPanel.h"
#include "RuleDialog.h"
#include "ScorecardModel.h"
#include "ScoringReport.h"
#include "Theme.h"
#include "VetoDialog.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace chamber {

PointsPage::PointsPage(Workspace &workspace, QWidget *parent)
    : Page(workspace, parent), m_header(new PageHeader(title(), this)), m_year(new QComboBox(this)),
      m_start(new QPushButton(Theme::icon(QStringLiteral("appointment-new"), QStyle::SP_FileDialogNewFolder), tr("Start a year…"), this)),
      m_publish(new QPushButton(Theme::icon(QStringLiteral("document-send"), QStyle::SP_DialogApplyButton), tr("Publish…"), this)),
      m_reopen(new QPushButton(tr("Reopen…"), this)), m_tabs(new QTabWidget(this)), m_scorecards(new ScorecardModel(this)),
      m_scorecardView(new QTableView(this)), m_entries(new PointsEntriesPanel(workspace, this)), m_rules(new RecordTableModel<PointsRule>(this)),
      m_vetoes(new RecordTableModel<Veto>(this))
{
    m_year->setObjectName(QStringLiteral("pointsYear"));
    m_year->setMinimumContentsLength(8);
    m_publish->setObjectName(QStringLiteral("publishYear"));
    m_publish->setToolTip(tr("Publish the year's scoring report: the rules and entries of the year are frozen"));
    m_reopen->setObjectName(QStringLiteral("reopenYear"));
    m_reopen->setToolTip(tr("Open a published year for corrections; the reason is kept in the history"));
    m_header->addWidget(m_year);
    m_header->addWidget(m_start);
    m_header->addWidget(m_publish);
    m_header->addWidget(m_reopen);

    m_scorecardView->setModel(m_scorecards);
    Theme::setUpTable(m_scorecardView);
    m_scorecardView->setObjectName(QStringLiteral("scorecardTable"));

    using R = PointsRule;
    m_rules->setColumns({tr("Category"), tr("How points are earned"), tr("Points each"), tr("Cap per year"), tr("Cap per item"), tr("Group"),
                         tr("Evidence"), tr("In use")},
                        {cells::text<R>([this](const R &r) { return m_categoryNames.value(r.categoryId); }),
                         cells::text<R>([](const R &r) { return r.description; }),
                         cells::figure<R>([](const R &r) { return Points::formatTenths(r.pointsTenths); }),
                         cells::figure<R>([](const R &r) { return r.yearCapTenths ? Points::formatTenths(*r.yearCapTenths) : QString(); }),
                         cells::figure<R>([](const R &r) { return r.itemCapTenths ? Points::formatTenths(*r.itemCapTenths) : QString(); }),
                         cells::text<R>([](const R &r) { return r.exclusiveGroup; }),
                         cells::text<R>([](const R &r) { return r.evidenceRequired ? tr("required") : QString(); }),
                         cells::text<R>([](const R &r) { return r.retired ? tr("retired") : tr("yes"); })});
    m_rules->setSource([this] { return hasErrors(m_readProblems) ? Result<int>(m_readProblems) : Result<int>(int(m_ruleRows.size())); },
                       [this](int offset, int limit) { return m_ruleRows.mid(offset, limit); },
                       [](const R &r) { return r.id; });
    m_rulePanel = new RecordListPanel(m_rules, QStringLiteral("points-rules"), {6, 22, 4, 4, 4, 4, 3, 0}, this);
    m_rulePanel->setSearchVisible(false);
    m_rulePanel->setCountText([](int n) { return tr("%1 rules").arg(n); });
    QPushButton *addRule = m_rulePanel->addButton(Theme::icon(QStringLiteral("list-add"), QStyle::SP_FileIcon), tr("New rule…"));
    QPushButton *retireRule = m_rulePanel->addButton(QIcon(), tr("Retire / restore"));

    using V = Veto;
    m_vetoes->setColumns({tr("Chamber"), tr("Date"), tr("Reason"), tr("Recorded by")},
                         {cells::text<V>([this](const V &v) { return m_chamberNames.value(v.chamberId); }),
                          cells::date<V>([](const V &v) { return v.date; }), cells::text<V>([](const V &v) { return v.reason; }),
                          cells::text<V>([](const V &v) { return v.recordedBy; })});
    m_vetoes->setSource([this] { return hasErrors(m_readProblems) ? Result<int>(m_readProblems) : Result<int>(int(m_vetoRows.size())); },
                        [this](int offset, int limit) { return m_vetoRows.mid(offset, limit); },
                        [](const V &v) { return v.id; });
    m_vetoPanel = new RecordListPanel(m_vetoes, QStringLiteral("points-vetoes"), {14, 6, 24, 0}, this);
    m_vetoPanel->setSearchVisible(false);
    m_vetoPanel->setCountText([](int n) { return tr("%1 vetoes").arg(n); });
    QPushButton *addVeto = m_vetoPanel->addButton(QIcon(), tr("Record a veto…"));
    QPushButton *removeVeto = m_vetoPanel->addButton(Theme::icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("Remove"));

    // Above the table: published figures (as the published report) or a draft.
    auto *scorecardTab = new QWidget(this);
    auto *scorecardLayout = new QVBoxLayout(scorecardTab);
    scorecardLayout->setContentsMargins(0, 0, 0, 0);
    m_scoreState = new QLabel(scorecardTab);
    m_scoreState->setObjectName(QStringLiteral("scorecardState"));
    m_scoreState->setWordWrap(true);
    scorecardLayout->addWidget(m_scoreState);
    scorecardLayout->addWidget(m_scorecardView, 1);
    m_rulesPanel = new PointsRulesPanel(workspace, this);
    m_tabs->addTab(scorecardTab, tr("Scorecards"));
    m_tabs->addTab(m_entries, tr("Entries"));
    m_tabs->addTab(m_rulePanel, tr("Rules"));
    m_tabs->addTab(m_vetoPanel, tr("Vetoes"));
    m_tabs->addTab(m_rulesPanel, tr("Categories and grades"));
    connect(m_rulesPanel, &PointsRulesPanel::changed, this, [this] {
        showYear();
        this->workspace().notifyChanged(QStringLiteral("points"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &PointsPage::showYear);
    connect(m_start, &QPushButton::clicked, this, &PointsPage::startYear);
    connect(m_publish, &QPushButton::clicked, this, &PointsPage::askPublish);
    connect(m_reopen, &QPushButton::clicked, this, &PointsPage::askReopen);
    // Ctrl+N and Delete act on the tab in view.
    connect(m_tabs, &QTabWidget::currentChanged, this, &Page::actionsChanged);
    connect(m_entries, &PointsEntriesPanel::scoresChanged, this, [this] {
        m_scorecards->load(this->workspace(), year());
        layOutScorecards();
        this->workspace().notifyChanged(QStringLiteral("points"));
    });
    connect(addRule, &QPushButton::clicked, this, [this] {
        PointsRule fresh;
        fresh.year = year();
        editRule(fresh);
    });
    connect(m_rulePanel, &RecordListPanel::activated, this, [this](qint64 id) {
        if (const int row = m_rules->rowOfId(id); row >= 0)
            editRule(m_rules->at(row));
    });
    connect(retireRule, &QPushButton::clicked, this, [this] {
        const int row = m_rules->rowOfId(m_rulePanel->selectedId());
        if (row < 0)
            return;
        const PointsRule rule = m_rules->at(row);
        if (const Status s = this->workspace().session().points().retireRule(rule.id, !rule.retired); !s)
            QMessageBox::warning(this, title(), s.firstError());
        showYear();
    });
    connect(addVeto, &QPushButton::clicked, this, &PointsPage::addVeto);
    connect(removeVeto, &QPushButton::clicked, this, [this] {
        const qint64 id = m_vetoPanel->selectedId();
        if (!id || QMessageBox::question(this, tr("Remove veto"), tr("Remove the selected veto? The chamber's grade then follows its points again."),
                                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                       != QMessageBox::Yes)
            return;
        if (const Status s = this->workspace().session().points().removeVeto(id); !s)
            QMessageBox::warning(this, tr("Remove veto"), s.firstError());
        showYear();
    });
}

QString PointsPage::title() const
{
    return tr("Micro-points");
}

QIcon PointsPage::icon() const
{
    return Theme::icon(QStringLiteral("starred"), QStyle::SP_DialogApplyButton);
}

void PointsPage::layOutScorecards()
{
    // The essential columns first — township, chamber, total, rank, grade, eligibility — and the
    // category subtotals after them, so that the verdict is visible at 1366×768 without scrolling.
    QHeaderView *header = m_scorecardView->horizontalHeader();
    const int total = m_scorecards->totalColumn();
    QList<int> order = {ScorecardModel::TownshipColumn, ScorecardModel::ChamberColumn, total, total + 1, total + 2, total + 3};
    for (int c = ScorecardModel::FirstCategoryColumn; c < total; ++c)
        order.append(c);
    for (int visual = 0; visual < order.size() && order.at(visual) < header->count(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    m_scorecardView->resizeColumnsToContents();
}

int PointsPage::year() const
{
    return m_year->currentData().toInt();
}

bool PointsPage::selectYear(int y)
{
    const int index = m_year->findData(y);
    if (index < 0)
        return false;
    m_year->setCurrentIndex(index);
    return true;
}

bool PointsPage::canCreate() const
{
    return m_tabs->currentWidget() == m_entries && year() > 0 && !m_published;
}

void PointsPage::createRecord()
{
    m_entries->createEntry();
}

void PointsPage::fillYears()
{
    const int keep = year();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    const QList<PointsYear> years = ReadError::take(this, workspace().session().points().years()).value_or(QList<PointsYear>{});
    for (const auto &y : years)
        m_year->addItem(y.published ? tr("%1 (published)").arg(y.year) : tr("%1").arg(y.year), y.year);
    if (!selectYear(keep) && m_year->count() > 0) {
        // Start on the latest year that is still open, else the latest.
        int pick = m_year->count() - 1;
        for (int i = int(years.size()) - 1; i >= 0; --i)
            if (!years.at(i).published) {
                pick = i;
                break;
            }
        m_year->setCurrentIndex(pick);
    }
}

void PointsPage::reload()
{
    if (!workspace().isOpen())
        return;
    if (m_generation != workspace().generation()) {
        m_generation = workspace().generation();
        m_year->clear();
    }
    fillYears();
    showYear();
}

void PointsPage::showYear()
{
    PointsService &points = workspace().session().points();
    const int y = year();
    const auto info = y ? points.year(y) : Result<PointsYear>(Problem::error(QStringLiteral("year"), QString()));
    m_published = info && info->published;
    m_categoryNames.clear();
    const auto categories = points.categories();
    const auto rules = y ? points.rules(y) : Result<QList<PointsRule>>(QList<PointsRule>{});
    const auto vetoes = y ? points.vetoes(y) : Result<QList<Veto>>(QList<Veto>{});
    m_readProblems = errorsOnly(categories.problems() + rules.problems() + vetoes.problems());
    for (const auto &c : categories ? *categories : QList<PointsCategory>{})
        m_categoryNames.insert(c.id, c.name);
    m_ruleRows = rules ? *rules : QList<PointsRule>{};
    m_vetoRows = vetoes ? *vetoes : QList<Veto>{};
    m_chamberNames.clear();
    for (const auto &v : std::as_const(m_vetoRows))
        if (const auto c = workspace().session().chambers().get(v.chamberId))
            m_chamberNames.insert(v.chamberId, c->name);
    m_rules->refresh();
    m_vetoes->refresh();
    m_scorecards->load(workspace(), y);
    layOutScorecards();
    m_entries->setYear(y, m_published);
    m_publish->setEnabled(y > 0 && !m_published);
    m_reopen->setEnabled(m_published);
    m_rulePanel->setEnabled(y > 0 && !m_published);
    m_rulesPanel->setYear(y);
    m_rulePanel->setToolTip(m_rulesPanel->frozenText());  // why the rules are read-only
    m_scoreState->setText(y ? m_scorecards->stateText(y) : QString());
    m_scoreState->setStyleSheet(m_scorecards->isPublished() ? QStringLiteral("QLabel { color: #1b5e20; font-weight: bold; }")
                                                            : QStringLiteral("QLabel { color: #8a5a00; }"));
    m_vetoPanel->setEnabled(y > 0 && !m_published);
    if (!y) {
        m_header->setSubtitle(tr("No scoring year yet: start one to set its rules."));
        emit actionsChanged();
        return;
    }
    int eligible = 0;
    for (const auto &card : m_scorecards->scorecards())
        eligible += card.awardEligible ? 1 : 0;
    const QString state = m_published ? tr("published: frozen, reopen to correct") : tr("open for entries");
    m_header->setSubtitle(tr("%1 · %2 · %3 chambers scored, %4 eligible for awards · %5 rules, %6 vetoes")
                              .arg(y)
                              .arg(state)
                              .arg(m_scorecards->rowCount())
                              .arg(eligible)
                              .arg(m_ruleRows.size())
                              .arg(m_vetoRows.size()));
    emit actionsChanged();
}

void PointsPage::startYear()
{
    const auto readYears = workspace().session().points().years();
    if (!readYears) {
        ReadError::show(this, readYears.problems());
        return;
    }
    const QList<PointsYear> &years = *readYears;
    const int next = years.isEmpty() ? QDate::currentDate().year() : std::max(years.last().year + 1, QDate::currentDate().year());
    bool ok = false;
    const int y = QInputDialog::getInt(this, tr("Start a scoring year"), tr("Year:"), next, 2000, 2100, 1, &ok);
    if (!ok)
        return;
    std::optional<int> copyFrom;
    if (!years.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Start a scoring year"),
                                                  tr("Start %1 as a copy of %2's rules, caps and options?").arg(y).arg(years.last().year),
                                                  QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes)
            copyFrom = years.last().year;
    }
    if (const Status s = workspace().session().points().startYear(y, copyFrom); !s) {
        QMessageBox::warning(this, tr("Start a scoring year"), s.firstError());
        return;
    }
    fillYears();
    selectYear(y);
    showYear();
}

void PointsPage::askPublish()
{
    const int y = year();
    if (!y || m_published)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Publish %1").arg(y));
    auto *text = new QLabel(tr("Publish the scoring report of %1? The year's rules, entries and vetoes are frozen and the report is kept "
                               "as published, so that it can be printed again unchanged. Corrections afterwards need the year reopened "
                               "with a reason.")
                                .arg(y),
                            &dialog);
    text->setWordWrap(true);
    auto *issued = new QDateEdit(QDate::currentDate(), &dialog);
    OptionalDateEdit::setUpRequired(issued);
    // The service refuses a date before the year began or in the future; the picker keeps to them.
    if (QDate(y, 1, 1) <= QDate::currentDate())
        issued->setDateRange(QDate(y, 1, 1), QDate::currentDate());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Publish"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Publishing freezes the year: Enter must not do it by accident.
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Date of issue:"), issued);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status published = publishYear(issued->date());
    if (!published) {
        QMessageBox::warning(this, tr("Publish %1").arg(y), published.firstError());
        return;
    }
    QStringList lines{tr("%1 is published, issued %2. The year's rules and entries are frozen.")
                          .arg(y)
                          .arg(dates::toText(issued->date()))};
    for (const auto &p : warningsOnly(published.problems()))
        lines.append(p.message);
    QMessageBox::information(this, tr("Publish %1").arg(y), lines.join(QLatin1Char('\n')));
}

Status PointsPage::publishYear(const QDate &issueDate)
{
    const int y = year();
    if (!y)
        return Problem::error(QStringLiteral("year"), tr("No scoring year is chosen."));
    // Exactly what `chamberctl points publish` does: every county's report, then the freeze.
    const Status published = ScoringReports(workspace().db()).publish(y, issueDate);
    if (published) {
        fillYears();
        showYear();
        workspace().notifyChanged(QStringLiteral("points"));
    }
    return published;
}

void PointsPage::askReopen()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reopen %1").arg(year()),
                                                 tr("Why is the published year reopened? The reason is kept with the year's history."),
                                                 QLineEdit::Normal, {}, &ok)
                               .trimmed();
    if (!ok || reason.isEmpty())
        return;
    if (const Status s = reopenYear(reason); !s)
        QMessageBox::warning(this, tr("Reopen"), s.firstError());
}

Status PointsPage::reopenYear(const QString &reason)
{
    const Status reopened = workspace().session().points().reopen(year(), reason);
    if (reopened) {
        fillYears();
        showYear();
        workspace().notifyChanged(QStringLiteral("points"));
    }
    return reopened;
}

void PointsPage::editRule(const PointsRule &rule)
{
    if (RuleDialog(workspace(), rule, this).exec() == QDialog::Accepted)
        showYear();
}

void PointsPage::addVeto()
{
    ChamberPickerDialog picker(workspace(), tr("Which chamber is vetoed?"), this);
    if (picker.exec() != QDialog::Accepted || !picker.chosenId())
        return;
    Veto veto;
    veto.chamberId = picker.chosenId();
    veto.year = year();
    veto.date = year() == QDate::currentDate().year() ? QDate::currentDate() : QDate(year(), 12, 31);
    if (VetoDialog(workspace(), veto, this).exec() == QDialog::Accepted)
        showYear();
}

} // namespace chamber
