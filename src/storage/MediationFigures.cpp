// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationFigures.h"

#include "Dates.h"
#include "RecordSql.h"

#include <QMap>
#include <QSqlError>

namespace chamber {

namespace {

// The cases of the chambers under a township prefix received by a date, each with the id of its
// last status change on or before the date (NULL: still received). Binds: date, lower, upper, date.
const QString kListed = QStringLiteral(
    "SELECT m.chamber_id, m.received_on, m.amount_disputed_fen, m.agreed_amount_fen,"
    " (SELECT h.id FROM mediation_case_change h WHERE h.case_id = m.id AND h.effective_on <= ?"
    "  ORDER BY h.effective_on DESC, h.id DESC LIMIT 1) AS change_id"
    " FROM mediation_case m JOIN chamber c ON c.id = m.chamber_id"
    " WHERE c.township_code >= ? AND c.township_code < ? AND m.received_on <= ?");

void bindListed(QSqlQuery &q, const QDate &date, const QString &townshipPrefix)
{
    const QVariantList bounds = sql::prefixBounds(townshipPrefix);
    const QString day = dates::toIso(date);
    for (const QVariant &value : {QVariant(day), bounds.at(0), bounds.at(1), QVariant(day)})
        q.addBindValue(value);
}

} // namespace

QString MediationFigures::openOnClause()
{
    return QStringLiteral("coalesce((SELECT h.status FROM mediation_case_change h WHERE h.case_id = r.id AND h.effective_on <= ? "
                          "ORDER BY h.effective_on DESC, h.id DESC LIMIT 1), 'received') NOT IN ('settled', 'failed', 'referred')");
}

Result<QList<CaseMonthFigures>> MediationFigures::byMonth(const QDate &date, const QDate &firstMonth, const QString &townshipPrefix) const
{
    const QString statement = QStringLiteral(
        "WITH listed AS (%1)"
        " SELECT substr(received_on, 1, 7) AS month, count(*), 0, 0 FROM listed WHERE received_on >= ? GROUP BY month"
        " UNION ALL"
        " SELECT substr(h.effective_on, 1, 7) AS month, 0, count(*), coalesce(sum(CASE WHEN h.status = 'settled' THEN 1 ELSE 0 END), 0)"
        " FROM listed l JOIN mediation_case_change h ON h.id = l.change_id"
        " WHERE h.status IN ('settled', 'failed', 'referred') AND h.effective_on >= ? GROUP BY month")
                                  .arg(kListed);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(statement);
    bindListed(q, date, townshipPrefix);
    q.addBindValue(dates::toIso(firstMonth));
    q.addBindValue(dates::toIso(firstMonth));
    if (!q.exec())
        return sql::readError(q);
    QMap<QString, CaseMonthFigures> months;
    while (q.next()) {
        CaseMonthFigures &m = months[q.value(0).toString()];
        m.received += q.value(1).toLongLong();
        m.closed += q.value(2).toLongLong();
        m.settled += q.value(3).toLongLong();
    }
    if (q.lastError().isValid())
        return sql::readError(q);
    QList<CaseMonthFigures> out;
    for (auto it = months.begin(); it != months.end(); ++it) {
        it->month = QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate);
        out.append(*it);
    }
    return out;
}

Result<QList<CaseYearFigures>> MediationFigures::casesOn(const QDate &date, const QString &townshipPrefix) const
{
    // A case's status on the date is that of its last change on or before it (by date, then by
    // entry), or received without one; its closed date is that change's date when it closes.
    // Flags as 0/1 and the dialect's day count and list, so that both backends give the same.
    const QString statement = QStringLiteral(
        "WITH listed AS (%1),"
        " dated AS ("
        " SELECT l.chamber_id, CAST(substr(l.received_on, 1, 4) AS INTEGER) AS year,"
        "  coalesce(l.amount_disputed_fen, 0) AS disputed, coalesce(l.agreed_amount_fen, 0) AS agreed,"
        "  CASE WHEN h.status = 'settled' THEN 1 ELSE 0 END AS settled,"
        "  CASE WHEN h.status IN ('settled', 'failed', 'referred') THEN 1 ELSE 0 END AS closed,"
        "  %2 AS days"
        " FROM listed l LEFT JOIN mediation_case_change h ON h.id = l.change_id)"
        " SELECT chamber_id, year, count(*), coalesce(sum(settled), 0), coalesce(sum(closed), 0), sum(disputed),"
        "  sum(CASE WHEN settled = 1 THEN agreed ELSE 0 END), %3"
        " FROM dated GROUP BY chamber_id, year ORDER BY chamber_id, year")
                                  .arg(kListed, m_db.daysBetween(QStringLiteral("h.effective_on"), QStringLiteral("l.received_on")),
                                       m_db.listOf(QStringLiteral("CASE WHEN closed = 1 THEN days END")));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(statement);
    bindListed(q, date, townshipPrefix);
    if (!q.exec())
        return sql::readError(q);
    QList<CaseYearFigures> out;
    while (q.next()) {
        CaseYearFigures f;
        f.chamberId = q.value(0).toLongLong();
        f.year = q.value(1).toInt();
        f.cases = q.value(2).toLongLong();
        f.settled = q.value(3).toLongLong();
        f.closed = q.value(4).toLongLong();
        f.disputedFen = q.value(5).toLongLong();
        f.agreedFen = q.value(6).toLongLong();
        const QString days = q.value(7).toString();
        for (const auto part : QStringView(days).split(QLatin1Char(','), Qt::SkipEmptyParts))
            f.daysToClose.append(part.toInt());
        out.append(std::move(f));
    }
    if (q.lastError().isValid())
        return sql::readError(q);
    return out;
}

} // namespace chamber
