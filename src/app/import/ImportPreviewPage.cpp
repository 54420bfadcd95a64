// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewPage.h"

#include "ImportPreviewModel.h"
#include "ImportProgress.h"
#include "ImportSession.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace chamber {

ImportPreviewPage::ImportPreviewPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_overwrite(new QRadioButton(tr("Replace them with the ledger's values"), this)),
      m_fillEmpty(new QRadioButton(tr("Fill only their empty fields"), this)), m_skip(new QRadioButton(tr("Leave them as they are"), this)),
      m_progress(new ImportProgress(this)), m_counts(new QLabel(this)), m_problemsOnly(new QCheckBox(tr("Only rows with problems"), this)),
      m_view(new QTableView(this)), m_model(new ImportPreviewModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_saveRejects(new QPushButton(tr("Save refused rows…"), this)), m_again(new QPushButton(tr("Preview again"), this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Nothing is written yet. Rows are matched to the chambers on record by township and name. A value that "
                   "cannot be taken in is held back to verify while its chamber comes in; only rows without a usable chamber "
                   "are refused: save them to correct and import again."));
    setCommitPage(true);
    m_overwrite->setChecked(true);
    auto *policies = new QButtonGroup(this);
    for (auto *b : {m_overwrite, m_fillEmpty, m_skip})
        policies->addButton(b);
    m_counts->setWordWrap(true);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ImportPreviewModel::HasProblemsRole);
    m_view->setModel(m_filter);
    Theme::setUpTable(m_view);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::ChangesColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::ProblemsColumn, QHeaderView::Stretch);

    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(new QLabel(tr("Chambers already on record:"), this));
    for (auto *b : {m_overwrite, m_fillEmpty, m_skip})
        policyRow->addWidget(b);
    policyRow->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problemsOnly);
    bottom->addStretch(1);
    bottom->addWidget(m_again);
    bottom->addWidget(m_saveRejects);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(policyRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(policies, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on && isVisible())
            rebuild();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_filter->setFilterFixedString(on ? QStringLiteral("true") : QString()); });
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportPreviewPage::saveRejects);
    connect(m_again, &QPushButton::clicked, this, &ImportPreviewPage::rebuild);
}

void ImportPreviewPage::setPolicy(UpdatePolicy policy)
{
    (policy == UpdatePolicy::Overwrite ? m_overwrite : policy == UpdatePolicy::FillEmpty ? m_fillEmpty : m_skip)->setChecked(true);
}

UpdatePolicy ImportPreviewPage::policy() const
{
    return m_fillEmpty->isChecked() ? UpdatePolicy::FillEmpty : m_skip->isChecked() ? UpdatePolicy::Skip : UpdatePolicy::Overwrite;
}

void ImportPreviewPage::initializePage()
{
    rebuild();
}

void ImportPreviewPage::rebuild()
{
    m_model->setPlan(nullptr);
    m_saveRejects->setEnabled(false);
    m_counts->setText(tr("Reading the rows…"));
    const auto plan = m_session.plan(policy(), m_progress->callback());
    m_progress->finish();
    if (!plan) {
        m_counts->setText(plan.firstError());
        emit completeChanged();
        return;
    }
    const ImportPlan &p = m_session.currentPlan();
    m_model->setPlan(&p);
    for (int column : {ImportPreviewModel::RowColumn, ImportPreviewModel::TownshipColumn, ImportPreviewModel::ChamberColumn,
                       ImportPreviewModel::ActionColumn})
        m_view->resizeColumnToContents(column);
    const ImportCounts c = p.counts();
    QString text = tr("%1 records: %2 to create, %3 to update, %4 unchanged, %5 skipped, %6 refused; %7 rows are not records.")
                       .arg(c.records).arg(c.created).arg(c.updated).arg(c.unchanged).arg(c.skipped).arg(c.refused).arg(c.notRecords);
    if (c.heldBack + c.doubtful > 0)
        text += QLatin1Char(' ') + tr("%1 values will be held back and %2 taken in with a doubt; their chambers come in and the "
                                      "values wait to be verified (待核实).").arg(c.heldBack).arg(c.doubtful);
    if (p.importedBefore)
        text += QLatin1Char(' ') + tr("This file was imported before, on %1 by %2.")
                                       .arg(p.importedBefore->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                            p.importedBefore->actor);
    for (const auto &problem : p.fileProblems)
        text += QLatin1Char('\n') + problem.problem.message;
    m_counts->setText(text);
    m_saveRejects->setEnabled(c.refused > 0);
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    if (!m_session.planned())
        return false;
    const ImportCounts c = m_session.currentPlan().counts();
    return c.records > c.refused;
}

void ImportPreviewPage::saveRejects()
{
    const QString suggested = QFileInfo(m_session.file().fileName).completeBaseName() + tr("-refused") + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save refused rows"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = m_session.saveRejects(path); !s)
        m_counts->setText(s.firstError());
}

} // namespace chamber
