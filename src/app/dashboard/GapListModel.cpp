// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapListModel.h"

#include "Readiness.h"

#include <QLocale>

namespace chamber {

GapListModel::GapListModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

QStringList GapListModel::headers() const
{
    switch (m_kind) {
    case Kind::Townships: return {tr("County"), tr("Township"), tr("Kind"), tr("Code")};
    case Kind::ReadyToRegister:
        return {tr("County"), tr("Township"), tr("Chamber"), tr("Status on the date"), tr("Members"), tr("President")};
    case Kind::WithoutParty: return {tr("County"), tr("Township"), tr("Chamber"), tr("Registration on the date"), tr("President")};
    case Kind::OverdueCases:
        return {tr("County"), tr("Township"), tr("Chamber"), tr("Case"), tr("Received"), tr("Days open"), tr("Status on the date"),
                tr("Dispute")};
    }
    return {};
}

void GapListModel::setGaps(const Gaps &gaps, const QHash<QString, QString> &countyNames)
{
    beginResetModel();
    m_rows.clear();
    m_codes.clear();
    m_tips.clear();
    switch (m_kind) {
    case Kind::Townships:
        for (const auto &t : gaps.townshipsWithoutChamber) {
            m_rows.append({countyNames.value(t.division.code.left(6)), t.division.name, Divisions::kindName(t.kind), t.division.code});
            m_codes.append(t.division.code);
            m_tips.append(tr("No active chamber in %1 on the date.").arg(t.division.name));
        }
        break;
    case Kind::ReadyToRegister:
        for (const auto &r : gaps.readyToRegister) {
            const Chamber &c = r.chamber;
            m_rows.append({countyNames.value(c.townshipCode.left(6)), r.townshipName, c.name, Registrations::statusName(r.registration),
                           tr("%1 individual + %2 unit").arg(c.individualMembers).arg(c.unitMembers), c.president});
            m_codes.append(c.townshipCode);
            QStringList met;
            for (const auto &check : Readiness::check(c))
                met.append(QStringLiteral("✓ %1: %2").arg(Readiness::conditionName(check.condition), check.detail));
            m_tips.append(met.join(QLatin1Char('\n')));
        }
        break;
    case Kind::WithoutParty:
        for (const auto &r : gaps.withoutParty) {
            const Chamber &c = r.chamber;
            m_rows.append({countyNames.value(c.townshipCode.left(6)), r.townshipName, c.name, Registrations::statusName(r.registration),
                           c.president});
            m_codes.append(c.townshipCode);
            m_tips.append(tr("No Party organisation founded by the date."));
        }
        break;
    case Kind::OverdueCases:
        for (const auto &o : gaps.casesOpenPastLimit) {
            const MediationCase &mc = o.mediationCase;
            m_rows.append({countyNames.value(o.townshipCode.left(6)), o.townshipName, o.chamberName, mc.number,
                           mc.receivedOn.toString(Qt::ISODate), QLocale().toString(o.daysOpen), Mediation::statusName(o.status),
                           Mediation::disputeTypeName(mc.disputeType)});
            m_codes.append(o.townshipCode);
            m_tips.append(tr("%1 v. %2").arg(mc.applicant, mc.respondent));
        }
        break;
    }
    endResetModel();
}

ListTable GapListModel::table(const QString &title) const
{
    ListTable t;
    t.title = title;
    t.headers = headers();
    t.rows = m_rows;
    return t;
}

int GapListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GapListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant GapListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: return m_rows.at(index.row()).value(index.column());
    case Qt::TextAlignmentRole:
        if (m_kind == Kind::OverdueCases && index.column() == 5)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: return m_tips.at(index.row());
    case CodeRole: return m_codes.at(index.row());
    default: return {};
    }
}

QVariant GapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return headers().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace chamber
