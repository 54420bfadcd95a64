// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeHistoryTab.h"

#include "ChangeHistory.h"
#include "Fields.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chamber {


QString ChangeHistoryTab::describe(ChangeHistory &history, const Change &c)
{
    const auto label = [&](const QString &column) { return ChangeHistory::columnLabel(c.entity, column); };
    const auto value = [&](const QString &column, const QJsonValue &v) { return ChangeHistory::valueText(c.entity, column, v); };
    QStringList lines;
    if (c.isInsert()) {
        const auto created = history.created(c);
        const QJsonObject values = created ? *created : QJsonObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            lines.append(ChangeHistoryTab::tr("%1: %2").arg(label(it.key()), value(it.key(), it.value())));
    } else if (c.isRemoval()) {
        for (auto it = c.before.begin(); it != c.before.end(); ++it)
            if (it.key() != QStringLiteral("uid") && !it.key().endsWith(QStringLiteral("_at")) && it.key() != QStringLiteral("row_version"))
                lines.append(ChangeHistoryTab::tr("%1: %2").arg(label(it.key()), value(it.key(), it.value())));
    } else {
        for (auto it = c.after.begin(); it != c.after.end(); ++it)
            lines.append(ChangeHistoryTab::tr("%1: %2 → %3").arg(label(it.key()), value(it.key(), c.before.value(it.key())), value(it.key(), it.value())));
    }
    if (!c.detail.isEmpty())
        lines.append(c.action == QStringLiteral("undo") ? ChangeHistoryTab::tr("(undoes change %1)").arg(c.detail)
                                                        : ChangeHistoryTab::tr("Reason: %1").arg(c.detail));
    return lines.join(QLatin1Char('\n'));
}

ChangeHistoryTab::ChangeHistoryTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_table(new QTableWidget(this)), m_undo(new QPushButton(tr("Undo this change"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("changeHistoryTab"));
    m_table->setObjectName(QStringLiteral("changeHistory"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Record"), tr("Change"), tr("Fields: before → after")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 140);
    m_table->setColumnWidth(1, 90);
    m_table->setColumnWidth(2, 150);
    m_table->setColumnWidth(3, 90);
    m_undo->setObjectName(QStringLiteral("undoChange"));
    m_undo->setToolTip(tr("Put back the values before the selected change, as a new change of your own"));
    m_undo->setEnabled(false);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("problem"));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        m_undo->setEnabled(!rows.isEmpty() && m_table->item(rows.first().row(), 0)->data(Qt::UserRole + 1).toBool());
    });
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(); });
}

void ChangeHistoryTab::showAll(const ChangeQuery &filter)
{
    m_all = true;
    m_chamberId = 0;
    m_since = filter.since;
    m_actor = filter.actor;
    setEnabled(true);
    reload();
}

void ChangeHistoryTab::setChamberId(qint64 id)
{
    m_all = false;
    m_chamberId = id;
    setEnabled(id > 0);
    reload();
}

void ChangeHistoryTab::reload()
{
    m_table->setRowCount(0);
    m_undo->setEnabled(false);
    if (!m_chamberId && !m_all)
        return;
    ChangeHistory &history = m_workspace.session().history();
    ChangeQuery query;
    if (!m_all)
        query.chamberId = m_chamberId;
    query.since = m_since;
    query.actor = m_actor;
    query.limit = 500;
    const auto changes = history.list(query);
    if (!changes) {
        m_message->setText(tr("The change history cannot be read: %1").arg(changes.firstError()));
        m_message->show();
        return;
    }
    m_message->hide();
    m_table->setRowCount(int(changes->size()));
    for (int row = 0; row < changes->size(); ++row) {
        const Change &c = changes->at(row);
        auto *when = new QTableWidgetItem(c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        when->setData(Qt::UserRole, c.id);
        when->setData(Qt::UserRole + 1, c.hasValues && c.action != QStringLiteral("cascade"));
        when->setData(Qt::UserRole + 2, c.entityId);  // a change that added several records is undone for this one
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(ChangeHistory::actorName(c.actor)));
        m_table->setItem(row, 2, new QTableWidgetItem(tr("%1 %2").arg(ChangeHistory::entityName(c.entity)).arg(c.entityId)));
        m_table->setItem(row, 3, new QTableWidgetItem(ChangeHistory::actionName(c.entity, c.action)));
        m_table->setItem(row, 4, new QTableWidgetItem(describe(history, c)));
    }
    m_table->resizeRowsToContents();
}

bool ChangeHistoryTab::undoSelected(bool ask)
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const qint64 id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    if (ask && QMessageBox::question(this, tr("Undo this change"),
                                     tr("Put back the values from before change %1? The undo is itself kept in the change history.").arg(id),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   != QMessageBox::Yes)
        return false;
    const qint64 record = m_table->item(rows.first().row(), 0)->data(Qt::UserRole + 2).toLongLong();
    const Status done = m_workspace.session().history().undo(id, record);
    if (!done) {
        QStringList messages;
        for (const auto &p : done.problems())
            messages.append(p.message);
        m_message->setText(messages.join(QLatin1Char('\n')));
        m_message->show();
        if (ask)
            QMessageBox::warning(this, tr("Undo this change"), messages.join(QLatin1Char('\n')));
        return false;
    }
    m_workspace.notifyChanged(m_all ? QString() : QStringLiteral("chamber"));
    reload();
    emit undone();
    return true;
}

} // namespace chamber
