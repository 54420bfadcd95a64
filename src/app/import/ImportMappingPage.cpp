// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingPage.h"

#include "Fields.h"
#include "ImportSession.h"
#include "LedgerFields.h"
#include "Theme.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chamber {

namespace {
enum { LetterColumn, HeaderColumn, SampleColumn, FieldColumn };
}

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_where(new QLabel(this)), m_table(new QTableWidget(this)), m_problems(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Each column of the ledger and what it is imported as. Change a choice where the header was not "
                   "recognised or was read wrongly; save the mapping to use it again next year."));
    m_where->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setProperty("problem", QStringLiteral("warning"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Header in the ledger"), tr("First value"), tr("Imported as")});
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setDefaultSectionSize(Theme::rowHeight() + 6);
    auto *save = new QPushButton(tr("Save mapping…"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addWidget(save, 0, Qt::AlignLeft);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
}

void ImportMappingPage::initializePage()
{
    const LedgerTable &t = m_session.table();
    QStringList skipped;
    for (const auto &s : t.skipped)
        skipped.append(tr("row %1 (%2)").arg(s.row).arg(s.reason));
    m_where->setText(tr("Sheet \"%1\": header in row %2, %n record(s) below it.", nullptr, int(t.recordRows.size()))
                         .arg(t.sheet.name)
                         .arg(t.headerRow)
                     + (skipped.isEmpty() ? QString() : QLatin1Char(' ') + tr("Not records: %1.").arg(skipped.join(QStringLiteral("; ")))));
    const SheetRow *first = t.recordRows.isEmpty() ? nullptr : &t.sheet.rows.at(t.recordRows.first());
    const auto &columns = t.mapping.columns();
    m_table->clearContents();
    m_table->setRowCount(int(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnMapping &c = columns[i];
        auto item = [](const QString &text) {
            auto *it = new QTableWidgetItem(text);
            it->setFlags(Qt::ItemIsEnabled);
            return it;
        };
        m_table->setItem(i, LetterColumn, item(columnLetters(c.column)));
        m_table->setItem(i, HeaderColumn, item(c.header));
        m_table->setItem(i, SampleColumn, item(first ? first->cell(c.column).text : QString()));
        auto *box = new QComboBox(m_table);
        box->addItem(tr("(not imported)"), QString());
        for (const auto &f : LedgerFields::all())
            if (f.kind != LedgerValueKind::Ignored)
                box->addItem(fieldLabel(f.key), f.key);
        box->setCurrentIndex(std::max(0, box->findData(c.field)));
        m_table->setCellWidget(i, FieldColumn, box);
        connect(box, &QComboBox::activated, this, [this, i, box] {
            if (!choose(i, box->currentData().toString()))
                box->setCurrentIndex(std::max(0, box->findData(m_session.table().mapping.columns()[i].field)));
        });
    }
    m_table->resizeColumnToContents(LetterColumn);
    m_table->resizeColumnToContents(HeaderColumn);
    m_table->resizeColumnToContents(FieldColumn);
    showProblems();
}

bool ImportMappingPage::choose(int column, const QString &field)
{
    const auto chosen = m_session.choose(column, field);
    if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn)))
        box->setCurrentIndex(std::max(0, box->findData(m_session.table().mapping.columns()[column].field)));
    showProblems();
    if (!chosen)
        m_problems->setText(chosen.firstError());
    emit completeChanged();
    return chosen.ok();
}

void ImportMappingPage::showProblems()
{
    QStringList lines;
    for (const auto &p : m_session.table().mapping.problems())
        lines.append(p.problem.message);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    // Unknown columns stand out in the list as they do in the message.
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const ColumnMapping &c = m_session.table().mapping.columns()[i];
        const bool unknown = c.field.isEmpty() && !c.ignored && !c.header.isEmpty();
        if (auto *header = m_table->item(i, HeaderColumn))
            header->setForeground(unknown ? QBrush(QColor(0xA8, 0x5A, 0x00)) : QBrush());
    }
}

bool ImportMappingPage::isComplete() const
{
    return m_session.loaded() && !hasErrors(m_session.table().mapping.problems());
}

void ImportMappingPage::saveMapping()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save mapping"), QString(), tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (auto s = m_session.saveMapping(path); !s)
        m_problems->setText(s.firstError());
}

} // namespace chamber
