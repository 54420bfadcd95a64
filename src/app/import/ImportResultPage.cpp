// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResultPage.h"

#include "ImportProgress.h"
#include "ImportSession.h"
#include "RejectsWriter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chamber {

ImportResultPage::ImportResultPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_progress(new ImportProgress(this)), m_result(new QLabel(this)),
      m_list(new QTableWidget(this)), m_saveList(new QPushButton(tr("Save this list…"), this)),
      m_openToVerify(new QPushButton(tr("Open the list to verify"), this))
{
    setTitle(tr("Import"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("importProblemList"));
    m_list->setColumnCount(6);
    m_list->setHorizontalHeaderLabels({tr("Row"), tr("Chamber"), tr("Outcome"), tr("Column"), tr("Value found"), tr("Why")});
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->hide();
    m_saveList->setToolTip(tr("Save the refused rows and the values to verify, with why, as a CSV file."));
    m_openToVerify->setToolTip(tr("Show the chambers with values to verify (待核实)."));
    m_saveList->hide();
    m_openToVerify->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveList);
    buttons->addWidget(m_openToVerify);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFinalPage(true);
    connect(m_saveList, &QPushButton::clicked, this, &ImportResultPage::saveList);
    connect(m_openToVerify, &QPushButton::clicked, this, &ImportResultPage::openToVerify);
}

void ImportResultPage::initializePage()
{
    m_result->setText(tr("Writing…"));
    m_list->hide();
    m_saveList->hide();
    m_openToVerify->hide();
    const auto outcome = m_session.commit(m_progress->callback());
    m_progress->finish();
    if (!outcome) {
        QStringList lines;
        for (const auto &p : outcome.problems())
            lines.append(p.row > 0 ? tr("Row %1: %2").arg(p.row).arg(p.message) : p.message);
        m_result->setProperty("problem", QStringLiteral("error"));
        m_result->setText(tr("Nothing was written.") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return;
    }
    const ImportCounts &c = outcome->counts;
    m_result->setProperty("problem", QVariant());
    QString text = tr("Imported: %1 created, %2 updated, %3 unchanged, %4 skipped; %5 refused rows were not imported. "
                      "The import is in the log as number %6.")
                       .arg(c.created).arg(c.updated).arg(c.unchanged).arg(c.skipped).arg(c.refused).arg(outcome->logId);
    if (c.heldBack + c.doubtful > 0)
        text += QLatin1Char(' ') + tr("%1 values were held back and %2 taken in with a doubt: their chambers came in, and the values "
                                      "wait in the list to verify (待核实).").arg(c.heldBack).arg(c.doubtful);
    m_result->setText(text);
    const auto lines = RejectsWriter::report(m_session.currentPlan());
    m_list->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const auto &l = lines.at(i);
        const QStringList cells = {QString::number(l.row), l.chamber, l.outcome, l.field, l.value, l.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_list->setItem(i, column, item);
        }
    }
    m_list->resizeColumnsToContents();
    m_list->setVisible(!lines.isEmpty());
    m_saveList->setVisible(!lines.isEmpty());
    m_openToVerify->setVisible(c.heldBack + c.doubtful > 0);
    emit imported();
}

void ImportResultPage::saveList()
{
    const QString suggested = QFileInfo(m_session.file().fileName).completeBaseName() + tr("-to-verify") + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save this list"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = m_session.saveReport(path); !s)
        m_result->setText(s.firstError());
}

} // namespace chamber
