// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationHistoryEditor.h"

#include "HistoryCorrections.h"
#include "HistoryEntryDialog.h"
#include "RegistrationHistoryModel.h"
#include "Session.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>

namespace chamber {

RegistrationHistoryEditor::RegistrationHistoryEditor(Session &session, QAbstractItemView *view, QWidget *parent)
    : QWidget(parent), m_session(session), m_view(view), m_correct(new QPushButton(tr("Correct entry…"), this)),
      m_delete(new QPushButton(tr("Delete entry…"), this))
{
    m_correct->setObjectName(QStringLiteral("correctRegistration"));
    m_delete->setObjectName(QStringLiteral("deleteRegistration"));
    m_correct->setToolTip(tr("Put right a change entered with a wrong date, status or credit code; the reason is kept in the change log"));
    m_delete->setToolTip(tr("Take out a change entered by mistake; the reason is kept in the change log"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_correct);
    layout->addWidget(m_delete);
    connect(m_correct, &QPushButton::clicked, this, &RegistrationHistoryEditor::correctSelected);
    connect(m_delete, &QPushButton::clicked, this, &RegistrationHistoryEditor::deleteSelected);
    updateButtons();
}

void RegistrationHistoryEditor::updateButtons()
{
    // The selection model is replaced with the model; follow the current one.
    if (QItemSelectionModel *selection = m_view->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &RegistrationHistoryEditor::updateButtons, Qt::UniqueConnection);
    const bool any = selectedId() != 0;
    m_correct->setEnabled(any);
    m_delete->setEnabled(any);
}

qint64 RegistrationHistoryEditor::selectedId() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection)
        return 0;
    const QModelIndexList rows = selection->selectedRows();
    const QModelIndex index = rows.isEmpty() ? selection->currentIndex() : rows.first();
    return index.isValid() ? index.siblingAtColumn(0).data(RegistrationHistoryModel::EventIdRole).toLongLong() : 0;
}

HistoryEntryDialog *RegistrationHistoryEditor::correctSelected()
{
    return openDialog(true);
}

HistoryEntryDialog *RegistrationHistoryEditor::deleteSelected()
{
    return openDialog(false);
}

HistoryEntryDialog *RegistrationHistoryEditor::openDialog(bool correcting)
{
    const qint64 id = selectedId();
    const auto entry = id ? m_session.corrections().registrationEntry(id) : Result<RegistrationEvent>(Problems{});
    if (!entry)
        return nullptr;
    const RegistrationEvent recorded = entry.value();
    QString text = tr("%1, %2").arg(QLocale().toString(recorded.date, QLocale::LongFormat), Registrations::statusName(recorded.status));
    if (!recorded.creditCode.isEmpty())
        text += tr(", credit code %1").arg(recorded.creditCode);
    auto *dialog = new HistoryEntryDialog(correcting ? HistoryEntryDialog::Mode::Correct : HistoryEntryDialog::Mode::Delete,
                                          correcting ? tr("Correct a registration change") : tr("Delete a registration change"), text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<std::pair<QString, int>> statuses;
    for (auto s : Registrations::allStatuses())
        statuses.append({Registrations::statusName(s), int(s)});
    dialog->setStatuses(statuses);
    dialog->showCode(int(RegistrationStatus::Registered));
    dialog->showNote(tr("Note"));
    dialog->setValues({int(recorded.status), recorded.date, recorded.creditCode, recorded.note, {}});
    auto corrected = [recorded](const HistoryEntryDialog::Values &v) {
        RegistrationEvent e = recorded;
        e.status = RegistrationStatus(v.status);
        e.date = v.date;
        e.creditCode = v.code;
        e.note = v.note;
        return e;
    };
    Session *session = &m_session;
    if (correcting)
        dialog->setActions([session, recorded, corrected](const auto &v) { return session->corrections().checkRegistration(recorded.id, corrected(v), v.reason); },
                           [session, corrected](const auto &v) { return session->corrections().correctRegistration(corrected(v), v.reason); });
    else
        dialog->setActions([session, recorded](const auto &v) { return session->corrections().checkRegistration(recorded.id, std::nullopt, v.reason); },
                           [session, recorded](const auto &v) { return session->corrections().deleteRegistration(recorded.id, v.reason); });
    connect(dialog, &QDialog::accepted, this, &RegistrationHistoryEditor::corrected);
    dialog->open();
    return dialog;
}

} // namespace chamber
