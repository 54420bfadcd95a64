// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceRequestService.h"

#include "MemberService.h"
#include "RecordChecks.h"
#include "RecordSql.h"

namespace chamber {

namespace {

const QString kTable = QStringLiteral("service_request");
const QStringList kText = {QStringLiteral("r.requester"), QStringLiteral("r.description"), QStringLiteral("r.partner"),
                           QStringLiteral("r.resolution")};

ServiceRequest requestFrom(const QSqlQuery &q)
{
    // One record per row: QSqlQuery::value(name) builds the whole record again for each field.
    const QSqlRecord row = q.record();
    ServiceRequest r;
    r.id = row.value(QStringLiteral("id")).toLongLong();
    r.chamberId = row.value(QStringLiteral("chamber_id")).toLongLong();
    r.memberId = sql::optionalNumber(row.value(QStringLiteral("member_id")));
    r.requester = row.value(QStringLiteral("requester")).toString();
    r.kind = ServiceRequests::kindFromText(row.value(QStringLiteral("kind")).toString()).value_or(NeedKind::Other);
    r.description = row.value(QStringLiteral("description")).toString();
    r.partner = row.value(QStringLiteral("partner")).toString();
    r.raisedOn = QDate::fromString(row.value(QStringLiteral("raised_on")).toString(), Qt::ISODate);
    r.status = ServiceRequests::statusFromText(row.value(QStringLiteral("status")).toString()).value_or(NeedStatus::Open);
    r.startedOn = sql::optionalDate(row.value(QStringLiteral("started_on")));
    r.resolvedOn = sql::optionalDate(row.value(QStringLiteral("resolved_on")));
    r.resolution = row.value(QStringLiteral("resolution")).toString();
    r.notes = row.value(QStringLiteral("notes")).toString();
    return r;
}

sql::Values requestValues(const ServiceRequest &r)
{
    return {{QStringLiteral("chamber_id"), r.chamberId},
            {QStringLiteral("member_id"), sql::number(r.memberId)},
            {QStringLiteral("requester"), sql::text(r.requester)},
            {QStringLiteral("kind"), ServiceRequests::kindKey(r.kind)},
            {QStringLiteral("description"), sql::text(r.description)},
            {QStringLiteral("partner"), sql::text(r.partner)},
            {QStringLiteral("raised_on"), sql::date(r.raisedOn)},
            {QStringLiteral("status"), ServiceRequests::statusKey(r.status)},
            {QStringLiteral("started_on"), sql::date(r.startedOn)},
            {QStringLiteral("resolved_on"), sql::date(r.resolvedOn)},
            {QStringLiteral("resolution"), nonNull(r.resolution.trimmed())},
            {QStringLiteral("notes"), nonNull(r.notes)}};
}

sql::Where whereFor(const NeedQuery &query)
{
    sql::Where where;
    if (query.status)
        where.add(QStringLiteral("r.status = ?"), {ServiceRequests::statusKey(*query.status)});
    if (query.resolved)
        where.add(*query.resolved ? QStringLiteral("r.status = 'resolved'") : QStringLiteral("r.status <> 'resolved'"));
    if (query.kind)
        where.add(QStringLiteral("r.kind = ?"), {ServiceRequests::kindKey(*query.kind)});
    return where;
}

// The requester's name from the member list when the need names a listed member.
ServiceRequest withRequester(ServiceRequest r, Database &db)
{
    if (r.memberId && r.requester.trimmed().isEmpty())
        if (const auto member = MemberService(db).get(*r.memberId))
            r.requester = member->name;
    return r;
}

} // namespace

Problems ServiceRequestService::validate(const ServiceRequest &r) const
{
    Problems problems = ServiceRequests::validate(r);
    const auto chamber = RecordChecks::chamber(m_db, r.chamberId, problems);
    if (!chamber)
        return problems;
    if (r.memberId) {
        const auto member = MemberService(m_db).get(*r.memberId);
        if (!member || member->chamberId != r.chamberId)
            problems.append(Problem::error(QStringLiteral("member"), tr("Member number %1 is not on the member list of %2.")
                                                                         .arg(*r.memberId)
                                                                         .arg(chamber->name)));
    }
    return problems;
}

Result<qint64> ServiceRequestService::add(const ServiceRequest &input)
{
    const ServiceRequest r = withRequester(input, m_db);
    return sql::addChecked(m_db, kTable, validate(r), requestValues(r));
}

Status ServiceRequestService::update(const ServiceRequest &input, std::optional<qint64> expectedVersion)
{
    const ServiceRequest r = withRequester(input, m_db);
    const auto stored = get(r.id);
    if (!stored)
        return stored.problems();
    Problems problems = validate(r);
    RecordChecks::sameChamber(problems, stored->chamberId, r.chamberId);
    if (r.status != stored->status)
        problems.append(Problem::error(QStringLiteral("status"), tr("The status changes only by a dated status change, not by editing the need.")));
    return sql::updateChecked(m_db, kTable, r.id, problems, requestValues(r), expectedVersion);
}

Status ServiceRequestService::changeStatus(const NeedChange &change)
{
    const auto stored = get(change.requestId);
    if (!stored)
        return stored.problems();
    Problems problems = ServiceRequests::validateChange(*stored, change.status, change.date, change.reopen, change.reason);
    if (hasErrors(problems))
        return problems;
    ServiceRequest after = ServiceRequests::applied(*stored, change.status, change.date, change.reopen);
    if (!change.partner.trimmed().isEmpty())
        after.partner = change.partner.trimmed();
    if (!change.resolution.trimmed().isEmpty())
        after.resolution = change.resolution.trimmed();
    problems.append(validate(after));
    if (hasErrors(problems))
        return problems;
    return sql::write<Done>(m_db, [&]() -> Status {
        // The values say what changed and what a reopening cleared; its reason is kept as the detail.
        if (auto s = sql::update(m_db, kTable, after.id, requestValues(after), {}, change.reopen ? QStringLiteral("reopen") : QStringLiteral("status"),
                                 change.reopen ? change.reason.trimmed() : QString());
            !s)
            return s;
        return success(problems);
    });
}

Status ServiceRequestService::remove(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.problems();
    return sql::removeRecord(m_db, kTable, id);
}

Result<ServiceRequest> ServiceRequestService::get(qint64 id) const
{
    return sql::byId<ServiceRequest>(m_db, kTable, id, requestFrom, tr("There is no need number %1.").arg(id));
}

Result<QList<Listed<ServiceRequest>>> ServiceRequestService::list(const NeedQuery &query) const
{
    return sql::list<ServiceRequest>(m_db, kTable, whereFor(query), query, kText, QStringLiteral("r.raised_on DESC, r.id DESC"), requestFrom);
}

Result<int> ServiceRequestService::count(const NeedQuery &query) const
{
    return sql::count(m_db, kTable, whereFor(query), query, kText);
}

Result<QList<ServiceRequest>> ServiceRequestService::all() const
{
    return sql::select<ServiceRequest>(m_db, QStringLiteral("SELECT * FROM service_request ORDER BY chamber_id, raised_on, id"), {}, requestFrom);
}

} // namespace chamber
