// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseHistoryEditor.h"

#include "HistoryCorrections.h"
#include "ReadError.h"
#include "HistoryEntryDialog.h"
#include "MediationCaseService.h"
#include "Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chamber {

CaseHistoryEditor::CaseHistoryEditor(Session &session, qint64 caseId, QWidget *parent)
    : QGroupBox(tr("History entries"), parent), m_session(session), m_caseId(caseId), m_table(new QTableWidget(0, 3, this)),
      m_correct(new QPushButton(tr("Correct entry…"), this)), m_delete(new QPushButton(tr("Delete entry…"), this))
{
    setObjectName(QStringLiteral("caseHistoryEditor"));
    m_table->setObjectName(QStringLiteral("caseHistory"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Status"), tr("Reopened because")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(140);
    m_correct->setObjectName(QStringLiteral("correctCaseChange"));
    m_delete->setObjectName(QStringLiteral("deleteCaseChange"));
    m_correct->setToolTip(tr("Put right a status change entered with a wrong date or status; the reason is kept in the change log"));
    m_delete->setToolTip(tr("Take out a status change entered by mistake; the reason is kept in the change log"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseHistoryEditor::updateButtons);
    connect(m_correct, &QPushButton::clicked, this, &CaseHistoryEditor::correctSelected);
    connect(m_delete, &QPushButton::clicked, this, &CaseHistoryEditor::deleteSelected);
    reload();
}

void CaseHistoryEditor::reload()
{
    const auto read = m_session.cases().history(m_caseId);
    if (!read)
        ReadError::show(this, read.problems());
    const QList<CaseStatusChange> history = read ? *read : QList<CaseStatusChange>{};
    m_table->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const CaseStatusChange &c = history.at(row);
        auto *date = new QTableWidgetItem(QLocale().toString(c.date, QLocale::ShortFormat));
        date->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(Mediation::statusName(c.status)));
        m_table->setItem(row, 2, new QTableWidgetItem(c.reopen ? c.reason : QString()));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

bool CaseHistoryEditor::selectEntry(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

qint64 CaseHistoryEditor::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void CaseHistoryEditor::updateButtons()
{
    const bool any = selectedId() != 0;
    m_correct->setEnabled(any);
    m_delete->setEnabled(any);
}

HistoryEntryDialog *CaseHistoryEditor::correctSelected()
{
    return openDialog(true);
}

HistoryEntryDialog *CaseHistoryEditor::deleteSelected()
{
    return openDialog(false);
}

HistoryEntryDialog *CaseHistoryEditor::openDialog(bool correcting)
{
    const qint64 id = selectedId();
    const auto entry = id ? m_session.corrections().caseChange(id) : Result<CaseStatusChange>(Problems{});
    if (!entry)
        return nullptr;
    const CaseStatusChange recorded = entry.value();
    QString text = tr("%1, %2").arg(QLocale().toString(recorded.date, QLocale::LongFormat), Mediation::statusName(recorded.status));
    if (recorded.reopen)
        text += tr(" (reopened: %1)").arg(recorded.reason);
    auto *dialog = new HistoryEntryDialog(correcting ? HistoryEntryDialog::Mode::Correct : HistoryEntryDialog::Mode::Delete,
                                          correcting ? tr("Correct a status change") : tr("Delete a status change"), text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<std::pair<QString, int>> statuses;
    for (auto s : Mediation::allStatuses())
        if (s != CaseStatus::Received && (!recorded.reopen || s == CaseStatus::Mediating))
            statuses.append({Mediation::statusName(s), int(s)});
    dialog->setStatuses(statuses);
    if (recorded.reopen)
        dialog->showNote(tr("Reopened because"));
    dialog->setValues({int(recorded.status), recorded.date, {}, recorded.reason, {}});
    auto corrected = [recorded](const HistoryEntryDialog::Values &v) {
        CaseStatusChange c = recorded;
        c.status = CaseStatus(v.status);
        c.date = v.date;
        if (recorded.reopen)
            c.reason = v.note;
        return c;
    };
    Session *session = &m_session;
    if (correcting)
        dialog->setActions([session, recorded, corrected](const auto &v) { return session->corrections().checkCaseChange(recorded.id, corrected(v), v.reason); },
                           [session, corrected](const auto &v) { return session->corrections().correctCaseChange(corrected(v), v.reason); });
    else
        dialog->setActions([session, recorded](const auto &v) { return session->corrections().checkCaseChange(recorded.id, std::nullopt, v.reason); },
                           [session, recorded](const auto &v) { return session->corrections().deleteCaseChange(recorded.id, v.reason); });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit this->corrected();
    });
    dialog->open();
    return dialog;
}

} // namespace chamber
