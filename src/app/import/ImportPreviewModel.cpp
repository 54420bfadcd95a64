// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewModel.h"

#include "Fields.h"
#include "RejectsWriter.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace chamber {

void ImportPreviewModel::setPlan(const ImportPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::changesText(const PlannedRow &row)
{
    QStringList parts;
    for (const auto &c : row.changes)
        parts.append(tr("%1: %2 → %3").arg(fieldLabel(c.field), c.before.isEmpty() ? QStringLiteral("—") : c.before, c.after));
    return parts.join(QStringLiteral("; "));
}

QString ImportPreviewModel::kindText(const ImportProblem &p)
{
    switch (p.verify) {
    case ImportProblem::Verify::HeldBack: return tr("Held back, to verify: ");
    case ImportProblem::Verify::Doubtful: return tr("Taken in, to verify: ");
    case ImportProblem::Verify::No: break;
    }
    return p.isError() ? tr("Error: ") : tr("Warning: ");
}

const ImportProblem *ImportPreviewModel::leadProblem(const PlannedRow &row)
{
    // What matters most first: why the row is refused, then what is held back or doubted.
    for (auto wanted : {0, 1, 2})
        for (const auto &p : row.problems())
            if ((wanted == 0 && p.isError()) || (wanted == 1 && p.verify == ImportProblem::Verify::HeldBack)
                || (wanted == 2 && p.verify == ImportProblem::Verify::Doubtful))
                return &p;
    return row.problems().isEmpty() ? nullptr : &row.problems().first();
}

QString ImportPreviewModel::problemsText(const PlannedRow &row)
{
    QStringList parts;
    for (const auto &p : row.problems())
        parts.append(kindText(p) + RejectsWriter::describe(p));
    return parts.join(QLatin1Char('\n'));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || !index.isValid() || index.row() >= m_plan->rows.size())
        return {};
    const PlannedRow &row = m_plan->rows.at(index.row());
    if (role == ActionRole)
        return ImportPlan::actionKey(row.action);
    if (role == HasProblemsRole)
        return !row.problems().isEmpty();
    if (role == Qt::ForegroundRole && index.column() == ActionColumn) {
        if (row.action == RowAction::Refuse)
            return QBrush(QColor(0xB0, 0x1C, 0x1C));
        if (std::any_of(row.problems().cbegin(), row.problems().cend(), [](const ImportProblem &p) { return p.toVerify(); }))
            return QBrush(QColor(0x8A, 0x5A, 0x00));  // comes in, with something to verify
        if (row.action == RowAction::Create || row.action == RowAction::Update)
            return QBrush(QColor(0x1B, 0x6E, 0x2E));
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == ProblemsColumn || index.column() == ChangesColumn))
        return index.column() == ProblemsColumn ? problemsText(row) : changesText(row);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RowColumn: return row.record.row;
    case TownshipColumn: return row.record.township;
    case ChamberColumn: return row.record.chamber.name;
    case ActionColumn: {
        int toVerify = 0;
        for (const auto &p : row.problems())
            toVerify += p.toVerify() ? 1 : 0;
        if (toVerify == 0 || row.action == RowAction::Refuse || row.action == RowAction::Skip)
            return ImportPlan::actionName(row.action);
        return tr("%1, %n to verify", nullptr, toVerify).arg(ImportPlan::actionName(row.action));
    }
    case ChangesColumn: return changesText(row);
    case ProblemsColumn: {
        const ImportProblem *lead = leadProblem(row);
        if (!lead)
            return QString();
        // The problem that matters most in full, and how many more: the tooltip has them all.
        QString text = kindText(*lead) + RejectsWriter::describe(*lead);
        if (row.problems().size() > 1)
            text = tr("%1 (and %n more)", nullptr, int(row.problems().size()) - 1).arg(text);
        return text;
    }
    default: return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case TownshipColumn: return tr("Township");
    case ChamberColumn: return tr("Chamber");
    case ActionColumn: return tr("Action");
    case ChangesColumn: return tr("Changes");
    case ProblemsColumn: return tr("Problems");
    default: return {};
    }
}

} // namespace chamber
