// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceRequestService.h"

#include "MemberService.h"
#include "RecordChecks.h"
#include "RecordRow.h"
#include "RecordSql.h"

namespace chamber {

namespace {

const QString kTable = QStringLiteral("service_request");
const QStringList kText = {QStringLiteral("r.requester"), QStringLiteral("r.description"), QStringLiteral("r.partner"),
                           QStringLiteral("r.resolution")};

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
    return sql::addChecked(m_db, kTable, validate(r), sql::storedValues(r));
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
    return sql::updateChecked(m_db, kTable, r.id, problems, sql::storedValues(r), expectedVersion);
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
        if (auto s = sql::update(m_db, kTable, after.id, sql::storedValues(after), {}, change.reopen ? QStringLiteral("reopen") : QStringLiteral("status"),
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
    return sql::byId<ServiceRequest>(m_db, kTable, id, sql::RowReader<ServiceRequest>(), tr("There is no need number %1.").arg(id));
}

Result<QList<Listed<ServiceRequest>>> ServiceRequestService::list(const NeedQuery &query) const
{
    return sql::list<ServiceRequest>(m_db, kTable, whereFor(query), query, kText, QStringLiteral("r.raised_on DESC, r.id DESC"), sql::RowReader<ServiceRequest>());
}

Result<int> ServiceRequestService::count(const NeedQuery &query) const
{
    return sql::count(m_db, kTable, whereFor(query), query, kText);
}

Result<QList<ServiceRequest>> ServiceRequestService::all() const
{
    return sql::select<ServiceRequest>(m_db, QStringLiteral("SELECT * FROM service_request ORDER BY chamber_id, raised_on, id"), {}, sql::RowReader<ServiceRequest>());
}

} // namespace chamber
