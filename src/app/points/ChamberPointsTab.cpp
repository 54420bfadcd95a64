// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberPointsTab.h"

#include "Cells.h"
#include "ReadError.h"
#include "ChamberService.h"
#include "Dates.h"
#include "RecordListPanel.h"
#include "ScorecardModel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace chamber {

ChamberPointsTab::ChamberPointsTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_year(new QComboBox(this)), m_state(new QLabel(this)),
      m_cardBox(new QGroupBox(this)), m_categoryForm(new QFormLayout), m_total(new QLabel(this)),
      m_rank(new QLabel(this)), m_grade(new QLabel(this)), m_eligible(new QLabel(this)), m_veto(new QLabel(this)),
      m_scorecards(new ScorecardModel(this)), m_entries(new RecordTableModel<PointsEntryRow>(this))
{
    m_year->setObjectName(QStringLiteral("chamberPointsYear"));
    m_year->setMinimumContentsLength(8);
    m_total->setObjectName(QStringLiteral("chamberPointsTotal"));
    m_total->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_veto->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("pageSubtitle"));
    m_state->setWordWrap(true);

    using E = PointsEntryRow;
    m_entries->setColumns(
        {tr("Date"), tr("Category"), tr("Rule"), tr("Quantity"), tr("Points"), tr("Status"), tr("Entered by")},
        {cells::date<E>([](const E &e) { return e.entry.date; }),
         cells::text<E>([](const E &e) { return e.categoryName; }),
         cells::textWithTip<E>([](const E &e) { return e.ruleDescription; },
                               [](const E &e) {
                                   return e.entry.evidence.isEmpty()
                                              ? e.ruleDescription
                                              : tr("%1\nEvidence: %2").arg(e.ruleDescription, e.entry.evidence);
                               }),
         cells::number<E>([](const E &e) { return std::optional<qint64>(e.entry.quantity); }),
         cells::figure<E>([](const E &e) { return Points::formatTenths(e.entry.pointsTenths); }),
         cells::textWithTip<E>([](const E &e) { return Points::statusName(e.entry.status); },
                               [](const E &e) { return e.entry.rejectionReason; }),
         cells::text<E>([](const E &e) { return e.entry.enteredBy; })});
    // The keys PointsService sorts entries by, column by column.
    m_entries->setSortKeys({QStringLiteral("date"), QStringLiteral("category"), QStringLiteral("rule"), QStringLiteral("quantity"),
                            QStringLiteral("points"), QStringLiteral("status"), QStringLiteral("entered_by")});
    Session *session = &workspace.session();
    m_entries->setSource(
        [this, session] {
            PointsEntryQuery q = PointsEntryQuery::ofYear(year());
            q.chamberId = m_chamberId;
            return m_chamberId && year() ? session->points().entryCount(q) : Result<int>(0);
        },
        [this, session](int offset, int limit) {
            PointsEntryQuery q = PointsEntryQuery::ofYear(year());
            q.chamberId = m_chamberId;
            q.offset = offset;
            q.limit = limit;
            m_entries->applySort(q);
            return m_chamberId && year() ? session->points().entryRows(q) : Result<QList<PointsEntryRow>>(QList<PointsEntryRow>{});
        },
        [](const E &e) { return e.entry.id; });
    m_entryPanel =
        new RecordListPanel(m_entries, QStringLiteral("editor-points-entries"), {5, 6, 16, 3, 4, 4, 0}, this);
    m_entryPanel->setSearchVisible(false);
    m_entryPanel->setCountText(
        [](int n) { return tr("%1 entries in the year; only approved ones count").arg(QLocale().toString(n)); });

    auto *summary = new QFormLayout;
    summary->addRow(tr("Total:"), m_total);
    summary->addRow(tr("Rank in the county:"), m_rank);
    summary->addRow(tr("Grade:"), m_grade);
    summary->addRow(tr("Award eligible:"), m_eligible);
    summary->addRow(tr("Veto:"), m_veto);
    auto *columns = new QHBoxLayout(m_cardBox);
    columns->addLayout(m_categoryForm);
    columns->addSpacing(48);
    columns->addLayout(summary);
    columns->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addWidget(m_state, 1);
    auto *hint = new QLabel(
        tr("Entries are made, submitted and approved on the Micro-points page; this tab shows them as they stand."),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_cardBox);
    layout->addWidget(m_entryPanel, 1);
    layout->addWidget(hint);

    connect(m_year, &QComboBox::currentIndexChanged, this, &ChamberPointsTab::showYear);
}

void ChamberPointsTab::setChamberId(qint64 id)
{
    m_chamberId = id;
    const auto chamber = id ? m_workspace.session().chambers().get(id) : Result<Chamber>(Problem::error(QStringLiteral("id"), QString()));
    m_county = chamber ? chamber->townshipCode.left(6) : QString();
    setEnabled(id != 0);
    fillYears();
    showYear();
}

int ChamberPointsTab::year() const
{
    return m_year->currentData().toInt();
}

bool ChamberPointsTab::selectYear(int y)
{
    const int index = m_year->findData(y);
    if (index < 0)
        return false;
    m_year->setCurrentIndex(index);
    return true;
}

const Scorecard *ChamberPointsTab::card() const
{
    return m_scorecards->cardOf(m_chamberId);
}

void ChamberPointsTab::fillYears()
{
    const int keep = year();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    if (!m_chamberId)
        return;
    for (const auto &y : ReadError::take(this, m_workspace.session().points().years()).value_or(QList<PointsYear>{}))
        m_year->addItem(y.published ? tr("%1 (published)").arg(y.year) : QString::number(y.year), y.year);
    if (!selectYear(keep))
        m_year->setCurrentIndex(m_year->count() - 1);  // the latest year
}

void ChamberPointsTab::showYear()
{
    const int y = year();
    // Only the chamber's county is computed: enough for its rank, and quick at region scale.
    m_scorecards->load(m_workspace, m_chamberId ? y : 0, m_county);
    m_entries->reload();
    if (!m_chamberId)
        m_state->setText(tr("Save the chamber first; its micro-points show here once it is on record."));
    else if (!y)
        m_state->setText(tr("No scoring year yet: years are started on the Micro-points page."));
    else
        m_state->setText(m_scorecards->stateText(y));  // 已发布 (the published report's figures) or 草稿
    showCard();
}

QString ChamberPointsTab::cell(int row, int column, int role) const
{
    return m_scorecards->index(row, column).data(role).toString();
}

void ChamberPointsTab::showCard()
{
    while (m_categoryForm->rowCount() > 0)
        m_categoryForm->removeRow(0);
    int row = -1;
    for (int r = 0; r < m_scorecards->rowCount(); ++r)
        if (m_scorecards->index(r, 0).data(ScorecardModel::ChamberIdRole).toLongLong() == m_chamberId)
            row = r;
    m_cardBox->setVisible(m_chamberId && year());
    if (row < 0) {
        // Not scored: the chamber did not exist in the year (or there is no year).
        m_cardBox->setTitle(tr("Not scored in %1: the chamber was not on record that year.").arg(year()));
        for (QLabel *label : {m_total, m_rank, m_grade, m_eligible, m_veto})
            label->clear();
        return;
    }
    m_cardBox->setTitle(tr("Scorecard %1").arg(year()));
    // Subtotals after caps, formatted by the page's own model: the same figures as its table.
    const int total = m_scorecards->totalColumn();
    for (int column = ScorecardModel::FirstCategoryColumn; column < total; ++column) {
        auto *value = new QLabel(cell(row, column), m_cardBox);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_categoryForm->addRow(tr("%1:").arg(m_scorecards->headerData(column, Qt::Horizontal).toString()), value);
    }
    m_total->setText(cell(row, total));
    m_rank->setText(cell(row, total + 1).isEmpty() ? tr("none (vetoed)") : cell(row, total + 1));
    m_rank->setToolTip(m_scorecards->headerData(total + 1, Qt::Horizontal, Qt::ToolTipRole).toString());
    m_grade->setText(cell(row, total + 2));
    m_eligible->setText(cell(row, total + 3));
    m_eligible->setToolTip(cell(row, total + 3, Qt::ToolTipRole));
    const Scorecard *c = card();
    QStringList vetoes;
    for (const auto &v : c->vetoes)
        vetoes.append(tr("%1 (%2)").arg(v.reason, dates::toText(v.date)));
    m_veto->setText(vetoes.isEmpty() ? tr("none") : vetoes.join(QLatin1Char('\n')));
}

} // namespace chamber
