// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberTableModel.h"

#include "Dates.h"
#include "DivisionCatalog.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace chamber {

ChamberTableModel::ChamberTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChamberTableModel::setDatabase(Database *db, bool withCounty)
{
    m_db = db;
    if (db)
        m_chambers.emplace(*db);
    else
        m_chambers.reset();
    m_withCounty = withCounty;
    beginReset();
    m_rows.clear();
    m_total = countRows();
    endReset();
}

int ChamberTableModel::countRows()
{
    if (!m_db)
        return 0;
    const auto count = m_chambers->count(m_query);
    if (!count) {
        m_readError = count.firstError();
        return 0;
    }
    return *count;
}

void ChamberTableModel::beginReset()
{
    // A view (or the model tester) reacting to a notification may ask for rows at once; that
    // waits until the change is complete, so that no insertion nests inside another change.
    m_notifying = true;
    m_readErrorBefore = m_readError;
    m_readError.clear();
    beginResetModel();
}

void ChamberTableModel::endReset()
{
    if (!m_readError.isEmpty()) {  // nothing read is shown: the page shows why instead
        m_rows.clear();
        m_total = 0;
    }
    endResetModel();
    m_notifying = false;
    if (m_readError != m_readErrorBefore)
        emit readErrorChanged(m_readError);
}

void ChamberTableModel::setQuery(const ChamberQuery &query)
{
    beginReset();
    m_query = query;
    m_query.limit = -1;
    m_query.offset = 0;
    m_rows.clear();
    m_total = countRows();
    endReset();
}

void ChamberTableModel::refresh()
{
    const int keep = std::max<int>(int(m_rows.size()), m_pageSize);
    beginReset();
    m_total = countRows();
    m_rows = m_db && m_readError.isEmpty() ? page(0, std::min(keep, m_total)) : QList<ChamberRow>{};
    endReset();
}

QList<ChamberRow> ChamberTableModel::page(int offset, int limit)
{
    ChamberQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    auto rows = m_chambers->list(q);
    if (!rows) {
        m_readError = rows.firstError();
        return {};
    }
    return std::move(rows.value());
}

void ChamberTableModel::updateChambers(const QList<qint64> &ids, bool added)
{
    constexpr int kManyChambers = 200;  // more than a page: reading them one by one costs more
    if (!m_db || ids.isEmpty())
        return;
    if (added || ids.size() > kManyChambers) {
        refresh();
        return;
    }
    for (const qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        ChamberQuery q = m_query;
        q.id = id;
        const auto found = m_chambers->list(q);
        if (!found) {
            refresh();  // the list as it can be read now, or its error instead of rows
            return;
        }
        if (!found->isEmpty()) {
            m_rows[row] = found->first();
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        m_notifying = true;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_total = std::max(0, m_total - 1);
        endRemoveRows();
        m_notifying = false;
    }
}

int ChamberTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).chamber.id == id)
            return i;
    return -1;
}

int ChamberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChamberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ChamberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && m_rows.size() < m_total;
}

void ChamberTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_notifying)
        return;
    const QString before = m_readError;
    m_readError.clear();
    const QList<ChamberRow> more = page(int(m_rows.size()), m_pageSize);
    if (!m_readError.isEmpty() || more.isEmpty()) {
        m_total = int(m_rows.size());  // the table shrank under us, or cannot be read further; stop asking
        if (m_readError != before)
            emit readErrorChanged(m_readError);
        return;
    }
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_notifying = false;
}

void ChamberTableModel::sort(int column, Qt::SortOrder order)
{
    static const ChamberSort sorts[ColumnCount] = {ChamberSort::ByTownship, ChamberSort::ByName,         ChamberSort::ByFounded,
                                                   ChamberSort::ByStatus,   ChamberSort::ByMembers,      ChamberSort::ByRegistration,
                                                   ChamberSort::ByPresident, ChamberSort::ByPhone};
    if (column < 0 || column >= ColumnCount)
        return;
    ChamberQuery q = m_query;
    q.sort = sorts[column];
    q.descending = order == Qt::DescendingOrder;
    if (q.sort == m_query.sort && q.descending == m_query.descending)
        return;
    setQuery(q);
}

QString ChamberTableModel::townshipText(const ChamberRow &row) const
{
    if (!m_withCounty)
        return row.townshipName;
    const auto county = DivisionCatalog::bundled().byCode(row.chamber.townshipCode.left(6));
    return county ? county->name + QLatin1Char(' ') + row.townshipName : row.townshipName;
}

QString ChamberTableModel::phoneText(const ChamberRow &row) const
{
    return row.chamber.contactPhone.isEmpty() ? row.chamber.presidentPhone : row.chamber.contactPhone;
}

QString ChamberTableModel::cellText(const ChamberRow &row, Column column) const
{
    const Chamber &c = row.chamber;
    switch (column) {
    case TownshipColumn: return townshipText(row);
    case NameColumn: return c.name;
    case FoundedColumn: return c.founded ? dates::toText(*c.founded) : QString();
    case StatusColumn: return Chambers::statusName(c.status);
    case MembersColumn: return QLocale().toString(c.totalMembers());
    case RegistrationColumn: return Registrations::statusName(row.registration);
    case PresidentColumn: return c.president;
    case PhoneColumn: return phoneText(row);
    case ColumnCount: break;
    }
    return {};
}

QVariant ChamberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChamberRow &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole: return cellText(row, column);
    case Qt::ToolTipRole:
        if (column == MembersColumn)
            return tr("%1 individual members, %2 unit members").arg(row.chamber.individualMembers).arg(row.chamber.unitMembers);
        if (column == TownshipColumn)
            return DivisionCatalog::bundled().pathName(row.chamber.townshipCode);
        return {};
    case Qt::TextAlignmentRole:
        if (column == MembersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (row.chamber.status == ChamberStatus::Dissolved)
            return QBrush(QColor(0x8a, 0x93, 0x9c));
        if (column == RegistrationColumn && row.registration == RegistrationStatus::Registered)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        return {};
    case IdRole: return row.chamber.id;
    case StatusRole: return int(row.chamber.status);
    case RegistrationRole: return int(row.registration);
    default: return {};
    }
}

QString ChamberTableModel::columnTitle(Column column)
{
    switch (column) {
    case TownshipColumn: return tr("Township");
    case NameColumn: return tr("Chamber");
    case FoundedColumn: return tr("Founded");
    case StatusColumn: return tr("Status");
    case MembersColumn: return tr("Members");
    case RegistrationColumn: return tr("Registration");
    case PresidentColumn: return tr("President");
    case PhoneColumn: return tr("Contact phone");
    case ColumnCount: break;
    }
    return {};
}

QVariant ChamberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section));
    return {};
}

} // namespace chamber
