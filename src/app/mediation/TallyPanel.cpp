// SPDX-License-Identifier: GPL-3.0-or-later
#include "TallyPanel.h"

#include "MediationService.h"
#include "ReadError.h"
#include "RecordSql.h"
#include "Session.h"

#include <QCheckBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chamber {

TallyPanel::TallyPanel(Session &session, QWidget *parent)
    : QGroupBox(tr("Yearly case counts (years whose cases are not listed one by one)"), parent), m_session(session),
      m_table(new QTableWidget(0, 4, this)), m_set(new QPushButton(tr("Set a year…"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("tallyPanel"));
    m_table->setHorizontalHeaderLabels({tr("Year"), tr("Cases"), tr("Settled"), tr("Notes")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(110);
    m_set->setObjectName(QStringLiteral("setTally"));
    m_remove->setObjectName(QStringLiteral("removeTally"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_set, &QPushButton::clicked, this, &TallyPanel::askSet);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const Status s = removeSelected(); !s)
            QMessageBox::warning(this, title(), s.firstError());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    m_remove->setEnabled(false);
}

void TallyPanel::setChamberId(qint64 id)
{
    m_chamberId = id;
    setEnabled(id != 0);
    reload();
}

void TallyPanel::reload()
{
    const auto read = m_chamberId ? m_session.mediation().talliesOf(m_chamberId) : Result<QList<MediationTally>>(QList<MediationTally>{});
    if (!read)
        ReadError::show(this, read.problems());
    m_rows = read ? *read : QList<MediationTally>{};
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const MediationTally &t = m_rows.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(t.year)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(t.cases)));
        m_table->setItem(row, 2, new QTableWidgetItem(t.settled ? QString::number(*t.settled) : QString()));
        m_table->setItem(row, 3, new QTableWidgetItem(t.notes));
    }
    m_remove->setEnabled(false);
}

Status TallyPanel::setTally(int year, int cases, std::optional<int> settled, const QString &notes, std::optional<qint64> expectedVersion)
{
    MediationTally t;
    t.chamberId = m_chamberId;
    t.year = year;
    t.cases = cases;
    t.settled = settled;
    t.notes = notes.trimmed();
    const auto set = m_session.mediation().setTally(t, expectedVersion);
    reload();
    return set ? success(set.problems()) : Status(set.problems());
}

Status TallyPanel::removeSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return success();
    const Status s = m_session.mediation().removeTally(m_rows.at(rows.first().row()).id);
    reload();
    return s;
}

void TallyPanel::askSet()
{
    // Each year's count as this window shows it: a save over one saved since (or added since, for
    // a year shown without one) is refused instead of replacing it unseen.
    QHash<int, qint64> opened;
    for (const auto &t : std::as_const(m_rows))
        if (const auto version = sql::rowVersion(m_session.db(), QStringLiteral("mediation_tally"), t.id))
            opened.insert(t.year, *version);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Yearly case count"));
    auto *year = new QSpinBox(&dialog);
    year->setRange(1990, QDate::currentDate().year());
    year->setValue(QDate::currentDate().year() - 1);
    auto *cases = new QSpinBox(&dialog);
    cases->setRange(0, 100000);
    auto *settledKnown = new QCheckBox(tr("Settled cases known"), &dialog);
    auto *settled = new QSpinBox(&dialog);
    settled->setRange(0, 100000);
    settled->setEnabled(false);
    connect(settledKnown, &QCheckBox::toggled, settled, &QWidget::setEnabled);
    auto *notes = new QLineEdit(&dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Year"), year);
    form->addRow(tr("Cases taken in"), cases);
    form->addRow(settledKnown, settled);
    form->addRow(tr("Notes"), notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Status s = setTally(year->value(), cases->value(), settledKnown->isChecked() ? std::optional(settled->value()) : std::nullopt,
                                  notes->text(), opened.value(year->value(), 0));
        if (!s)
            QMessageBox::warning(&dialog, dialog.windowTitle(), s.firstError());
        else
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

} // namespace chamber
