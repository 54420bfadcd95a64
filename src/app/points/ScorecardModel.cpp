// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardModel.h"

#include "PointsService.h"
#include "ScoringReport.h"
#include "Workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

namespace chamber {

ScorecardModel::ScorecardModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScorecardModel::load(Workspace &workspace, int year, const QString &divisionPrefix)
{
    beginResetModel();
    m_cards.clear();
    m_categories.clear();
    m_names.clear();
    m_townships.clear();
    m_published = false;
    m_issueDate = {};
    m_error.clear();
    PointsService &points = workspace.session().points();
    const auto info = year ? points.year(year) : Result<PointsYear>(Problems{});
    if (info && info->published) {
        m_published = true;
        loadPublished(workspace, year, divisionPrefix);
    } else if (const auto input = points.scorecardInput(year, divisionPrefix)) {
        m_categories = Scorecards::columns(*input);
        m_cards = Scorecards::compute(*input);
        for (const auto &c : input->chambers) {
            m_names.insert(c.id, c.name);
            m_townships.insert(c.id, workspace.townshipLabel(c.townshipCode));
        }
    }
    endResetModel();
}

void ScorecardModel::loadPublished(Workspace &workspace, int year, const QString &divisionPrefix)
{
    // The same reading as the Reports page's (ScoringReports::report): the publication, checked
    // against its fingerprint. Only the county part of a prefix picks reports; rows go by township.
    const auto reports = ScoringReports(workspace.db()).publishedReports(year, divisionPrefix.left(6));
    if (!reports) {
        m_error = reports.firstError();
        return;
    }
    QSet<qint64> columns;
    for (const ScoringReport &report : *reports) {
        m_issueDate = report.issueDate;
        for (const auto &c : report.categories)
            if (!columns.contains(c.id)) {
                columns.insert(c.id);
                PointsCategory category;
                category.id = c.id;
                category.name = c.name;
                m_categories.append(category);
            }
        for (const auto &row : report.rows) {
            if (!divisionPrefix.isEmpty() && !row.townshipCode.startsWith(divisionPrefix))
                continue;
            m_cards.append(row.card);
            m_names.insert(row.card.chamberId, row.chamberName);
            m_townships.insert(row.card.chamberId, workspace.regionScale() ? workspace.townshipLabel(row.townshipCode) : row.townshipName);
        }
    }
}

QString ScorecardModel::stateText(int year) const
{
    if (!m_error.isEmpty())
        return tr("Published, but the published report cannot be read: %1").arg(m_error);
    if (m_published)
        return tr("Published (issued %1): these are the figures of the published report of %2.")
            .arg(QLocale().toString(m_issueDate, QLocale::LongFormat))
            .arg(year);
    return tr("Draft: %1 is open; the figures count the entries approved so far and may still change.").arg(year);
}

const Scorecard *ScorecardModel::cardOf(qint64 chamberId) const
{
    for (const auto &card : m_cards)
        if (card.chamberId == chamberId)
            return &card;
    return nullptr;
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 4;
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scorecard &card = m_cards.at(index.row());
    const int column = index.column();
    const int total = totalColumn();
    if (role == ChamberIdRole)
        return card.chamberId;
    if (role == TotalTenthsRole)
        return card.totalTenths;
    if (role == Qt::TextAlignmentRole && column >= FirstCategoryColumn && column <= total + 1)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && card.vetoed)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ToolTipRole && column == total + 3 && !card.ineligible.isEmpty()) {
        QStringList reasons;
        for (auto reason : card.ineligible)
            reasons.append(Scorecards::ineligibilityName(reason));
        return reasons.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == TownshipColumn)
        return m_townships.value(card.chamberId);
    if (column == ChamberColumn)
        return m_names.value(card.chamberId);
    if (column < total) {
        const CategoryScore *score = card.category(m_categories.at(column - FirstCategoryColumn).id);
        return Points::formatTenths(score ? score->subtotalTenths : 0);
    }
    if (column == total)
        return Points::formatTenths(card.totalTenths);
    if (column == total + 1)
        return card.rank ? QString::number(*card.rank) : QString();
    if (column == total + 2)
        return Points::gradeName(card.grade);
    return card.awardEligible ? tr("yes") : tr("no");
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int total = totalColumn();
    if (role == Qt::ToolTipRole) {
        if (section == total + 1)
            return tr("Rank in the county among chambers not vetoed; equal totals share a rank.");
        if (section == total + 3)
            return tr("Eligible for the year's awards: not vetoed, graded pass or better, and registered a full year when the year asks it.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == TownshipColumn)
        return tr("Township");
    if (section == ChamberColumn)
        return tr("Chamber");
    if (section < total)
        return m_categories.at(section - FirstCategoryColumn).name;
    if (section == total)
        return tr("Total");
    if (section == total + 1)
        return tr("Rank");
    if (section == total + 2)
        return tr("Grade");
    return tr("Award eligible");
}

} // namespace chamber
