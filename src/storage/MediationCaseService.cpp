// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationCaseService.h"

#include "Dates.h"
#include "MediationFigures.h"
#include "MediationService.h"
#include "Money.h"
#include "RecordChecks.h"
#include "RecordRow.h"
#include "RecordSql.h"

#include <QRegularExpression>

namespace chamber {

namespace {

const QString kCases = QStringLiteral("mediation_case");
const QString kChanges = QStringLiteral("mediation_case_change");
const QStringList kText = {QStringLiteral("r.case_number"), QStringLiteral("r.applicant"), QStringLiteral("r.respondent"),
                           QStringLiteral("r.summary"), QStringLiteral("r.mediators")};
// The columns the case list sorts by; statuses in the order a case goes through them.
QList<sql::SortColumn> caseSorts()
{
    QStringList statuses, disputes;
    for (auto s : Mediation::allStatuses())
        statuses.append(Mediation::statusKey(s));
    for (auto t : Mediation::allDisputeTypes())
        disputes.append(Mediation::disputeTypeKey(t));
    return {{QStringLiteral("township"), QStringLiteral("c.township_code")},
            {QStringLiteral("chamber"), QStringLiteral("c.name")},
            {QStringLiteral("number"), QStringLiteral("r.case_number")},
            {QStringLiteral("received"), QStringLiteral("r.received_on")},
            {QStringLiteral("applicant"), QStringLiteral("r.applicant")},
            {QStringLiteral("respondent"), QStringLiteral("r.respondent")},
            {QStringLiteral("dispute"), sql::rank(QStringLiteral("r.dispute_type"), disputes)},
            {QStringLiteral("amount"), QStringLiteral("r.amount_disputed_fen")},
            {QStringLiteral("status"), sql::rank(QStringLiteral("r.status"), statuses)},
            {QStringLiteral("closed"), QStringLiteral("r.closed_on")}};
}
CaseStatusChange changeFrom(const QSqlQuery &q)
{
    // One record per row: QSqlQuery::value(name) builds the whole record again for each field.
    const QSqlRecord row = q.record();
    CaseStatusChange c;
    c.id = row.value(QStringLiteral("id")).toLongLong();
    c.caseId = row.value(QStringLiteral("case_id")).toLongLong();
    c.status = Mediation::statusFromText(row.value(QStringLiteral("status")).toString()).value_or(CaseStatus::Mediating);
    c.date = QDate::fromString(row.value(QStringLiteral("effective_on")).toString(), Qt::ISODate);
    c.reopen = row.value(QStringLiteral("reopen")).toInt() != 0;
    c.reason = row.value(QStringLiteral("reason")).toString();
    return c;
}

sql::Where whereFor(const CaseQuery &query)
{
    sql::Where where;
    if (query.status)
        where.add(QStringLiteral("r.status = ?"), {Mediation::statusKey(*query.status)});
    if (query.closed)
        where.add(*query.closed ? QStringLiteral("r.closed_on IS NOT NULL") : QStringLiteral("r.closed_on IS NULL"));
    if (query.disputeType)
        where.add(QStringLiteral("r.dispute_type = ?"), {Mediation::disputeTypeKey(*query.disputeType)});
    if (query.receivedFrom)
        where.add(QStringLiteral("r.received_on >= ?"), {dates::toIso(*query.receivedFrom)});
    if (query.receivedTo)
        where.add(QStringLiteral("r.received_on <= ?"), {dates::toIso(*query.receivedTo)});
    if (query.openOn)
        where.add(MediationFigures::openOnClause(), {dates::toIso(*query.openOn)});
    return where;
}

} // namespace

Problems MediationCaseService::validate(const MediationCase &c) const
{
    Problems problems = Mediation::validate(c);
    const auto chamber = RecordChecks::chamber(m_db, c.chamberId, problems);
    if (!chamber)
        return problems;
    if (c.receivedOn.isValid())
        RecordChecks::notBeforeFounding(problems, QStringLiteral("received_on"), c.receivedOn, *chamber);
    if (!c.number.trimmed().isEmpty()) {
        const auto same = sql::select<qint64>(m_db, QStringLiteral("SELECT id FROM mediation_case WHERE chamber_id = ? AND case_number = ? AND id <> ?"),
                                              {c.chamberId, c.number.trimmed(), c.id}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
        if (!same)
            return problems + same.problems();
        if (!same->isEmpty())
            problems.append(Problem::error(QStringLiteral("case_number"), tr("%1 already has a case numbered %2 (number %3).")
                                                                              .arg(chamber->name, c.number.trimmed())
                                                                              .arg(same->first())));
    }
    const auto committee = MediationService(m_db).committeeOf(c.chamberId);
    if (!committee)
        return problems + committee.problems();
    if (!*committee)
        problems.append(Problem::warning(QStringLiteral("chamber"), tr("%1 has no mediation committee on record.").arg(chamber->name)));
    return problems;
}

Result<QString> MediationCaseService::nextNumber(qint64 chamberId, int year) const
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-(\\d+)$"));
    int last = 0;
    const auto numbers = sql::select<QString>(m_db, QStringLiteral("SELECT case_number FROM mediation_case WHERE chamber_id = ? AND case_number LIKE ?"),
                                              {chamberId, QStringLiteral("%1-%").arg(year)},
                                              [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!numbers)
        return numbers.problems();
    for (const auto &n : *numbers)
        if (const auto m = pattern.match(n); m.hasMatch())
            last = std::max(last, m.captured(1).toInt());
    return QStringLiteral("%1-%2").arg(year).arg(last + 1, 3, 10, QLatin1Char('0'));
}

Status MediationCaseService::writeChanges(const MediationCase &c, const QList<CaseStatusChange> &changes)
{
    for (const auto &change : changes) {
        const QString table = QStringLiteral("mediation_case_change");
        if (change.id == 0) {
            auto added = sql::insert(m_db, table,
                                     {{QStringLiteral("case_id"), c.id},
                                      {QStringLiteral("status"), Mediation::statusKey(change.status)},
                                      {QStringLiteral("effective_on"), dates::toIso(change.date)},
                                      {QStringLiteral("reopen"), change.reopen ? 1 : 0},
                                      {QStringLiteral("reason"), nonNull(change.reason.trimmed())},
                                      {QStringLiteral("recorded_at"), sql::now()}});
            if (!added)
                return added.problems();
        } else if (auto s = sql::update(m_db, table, change.id, {{QStringLiteral("effective_on"), dates::toIso(change.date)}}); !s) {
            return s;
        }
    }
    return success();
}

Result<qint64> MediationCaseService::add(const MediationCase &input)
{
    MediationCase c = input;
    const Problems problems = validate(c);
    if (hasErrors(problems))
        return problems;
    if (c.number.trimmed().isEmpty()) {
        const auto number = nextNumber(c.chamberId, c.receivedOn.year());
        if (!number)
            return number.problems();
        c.number = *number;
    }
    auto id = sql::write<qint64>(m_db, [&]() -> Result<qint64> {
        auto added = sql::insert(m_db, kCases, sql::storedValues(c));
        if (!added)
            return added;
        c.id = added.value();
        if (auto s = writeChanges(c, CaseLifecycle::impliedChanges(c)); !s)
            return s.problems();
        return added;
    });
    return id ? Result<qint64>(id.value(), problems) : id;
}

Status MediationCaseService::update(const MediationCase &c, std::optional<qint64> expectedVersion)
{
    const auto stored = get(c.id);
    if (!stored)
        return stored.problems();
    Problems problems = validate(c);
    RecordChecks::sameChamber(problems, stored->chamberId, c.chamberId);
    if (c.status != stored->status)
        problems.append(Problem::error(QStringLiteral("status"), tr("The status changes only by a dated status change, not by editing the case.")));
    if (c.number.trimmed().isEmpty())
        problems.append(Problem::error(QStringLiteral("case_number"), tr("The case number is missing.")));
    if (hasErrors(problems))
        return problems;
    // Move the dates the edit moves, then check the history is still in order.
    const auto past = history(c.id);
    if (!past)
        return past.problems();
    QList<CaseStatusChange> changes = *past;
    QList<CaseStatusChange> moved;
    for (int i = 0; i < changes.size(); ++i) {
        QDate date = changes[i].date;
        if (c.receivedOn > stored->receivedOn && date == stored->receivedOn)
            date = c.receivedOn;  // a change recorded on the day of receipt stays on it
        if (i == changes.size() - 1 && c.closedOn)
            date = *c.closedOn;
        if (date != changes[i].date) {
            changes[i].date = date;
            moved.append(changes[i]);
        }
    }
    QDate previous = c.receivedOn;
    for (int i = 0; i < changes.size(); ++i) {
        const CaseStatusChange &change = changes.at(i);
        if (change.date < previous) {
            const bool closing = Mediation::isClosed(change.status) && i == changes.size() - 1;
            problems.append(Problem::error(closing ? QStringLiteral("closed_on") : QStringLiteral("received_on"),
                                           tr("The case went %1 on %2; that cannot come before %3.")
                                               .arg(Mediation::statusName(change.status), dates::toIso(change.date), dates::toIso(previous))));
            return problems;
        }
        previous = change.date;
    }
    return sql::write<Done>(m_db, [&]() -> Status {
        if (auto s = sql::update(m_db, kCases, c.id, sql::storedValues(c), expectedVersion); !s)
            return s;
        if (auto s = writeChanges(c, moved); !s)
            return s;
        return success(problems);
    });
}

Status MediationCaseService::changeStatus(const CaseStatusChange &change, const std::optional<MediationCase> &details)
{
    const auto stored = get(change.caseId);
    if (!stored)
        return stored.problems();
    const auto past = history(change.caseId);
    if (!past)
        return past.problems();
    Problems problems = CaseLifecycle::validateChange(*stored, *past, change);
    if (hasErrors(problems))
        return problems;
    MediationCase base = details.value_or(*stored);
    base.id = stored->id;
    base.chamberId = stored->chamberId;
    base.status = stored->status;
    base.closedOn = stored->closedOn;
    // A reopening clears what belonged to the mediation that ended; a forward step keeps what
    // was given, so that details a step cannot have are refused, not dropped.
    MediationCase after = change.reopen ? CaseLifecycle::applied(base, change) : base;
    after.status = change.status;
    after.closedOn = Mediation::isClosed(change.status) ? std::optional(change.date) : std::nullopt;
    problems.append(validate(after));
    if (hasErrors(problems))
        return problems;
    CaseStatusChange recorded = change;
    recorded.id = 0;
    // The log line's values say what changed and what a reopening cleared; the dated change (with
    // its reason) is a row of its own.
    return sql::write<Done>(m_db, [&]() -> Status {
        if (auto s = sql::update(m_db, kCases, after.id, sql::storedValues(after), {},
                                 change.reopen ? QStringLiteral("reopen") : Mediation::statusKey(change.status));
            !s)
            return s;
        if (auto s = writeChanges(after, {recorded}); !s)
            return s;
        return success(problems);
    });
}

Status MediationCaseService::remove(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.problems();
    return sql::removeRecord(m_db, kCases, id);
}

Result<MediationCase> MediationCaseService::get(qint64 id) const
{
    return sql::byId<MediationCase>(m_db, kCases, id, sql::RowReader<MediationCase>(), tr("There is no mediation case number %1.").arg(id));
}

Result<QList<CaseStatusChange>> MediationCaseService::history(qint64 caseId) const
{
    return sql::select<CaseStatusChange>(m_db, QStringLiteral("SELECT * FROM mediation_case_change WHERE case_id = ? ORDER BY effective_on, id"),
                                         {caseId}, changeFrom);
}

Result<QList<Listed<MediationCase>>> MediationCaseService::list(const CaseQuery &query) const
{
    static const QList<sql::SortColumn> sorts = caseSorts();
    return sql::list<MediationCase>(m_db, kCases, whereFor(query), query, kText,
                                    sql::orderBy(query, sorts, QStringLiteral("r.received_on DESC, r.id DESC")), sql::RowReader<MediationCase>());
}

Result<int> MediationCaseService::count(const CaseQuery &query) const
{
    return sql::count(m_db, kCases, whereFor(query), query, kText);
}

Result<QList<MediationCase>> MediationCaseService::all(const QString &townshipPrefix) const
{
    if (townshipPrefix.isEmpty())
        return sql::select<MediationCase>(m_db, QStringLiteral("SELECT * FROM mediation_case ORDER BY chamber_id, received_on, id"), {}, sql::RowReader<MediationCase>());
    return sql::select<MediationCase>(m_db,
                                      QStringLiteral("SELECT r.* FROM mediation_case r JOIN chamber c ON c.id = r.chamber_id "
                                                     "WHERE %1 ORDER BY r.chamber_id, r.received_on, r.id")
                                          .arg(sql::prefixClause(QStringLiteral("c.township_code"))),
                                      sql::prefixBounds(townshipPrefix), sql::RowReader<MediationCase>());
}

Result<QHash<qint64, QList<CaseStatusChange>>> MediationCaseService::allHistories(const QString &townshipPrefix) const
{
    QHash<qint64, QList<CaseStatusChange>> out;
    const auto changes = townshipPrefix.isEmpty()
        ? sql::select<CaseStatusChange>(m_db, QStringLiteral("SELECT * FROM mediation_case_change ORDER BY case_id, effective_on, id"), {},
                                        changeFrom)
        : sql::select<CaseStatusChange>(m_db,
                                        QStringLiteral("SELECT h.* FROM mediation_case_change h JOIN mediation_case r ON r.id = h.case_id "
                                                       "JOIN chamber c ON c.id = r.chamber_id WHERE %1 "
                                                       "ORDER BY h.case_id, h.effective_on, h.id")
                                            .arg(sql::prefixClause(QStringLiteral("c.township_code"))),
                                        sql::prefixBounds(townshipPrefix), changeFrom);
    if (!changes)
        return changes.problems();
    for (const auto &c : *changes)
        out[c.caseId].append(c);
    return out;
}

} // namespace chamber
