// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceRequest.h"

#include "EnumText.h"
#include "RecordKind.h"
#include "RecordRules.h"

namespace chamber {

namespace {
const EnumText<NeedKind> kKinds[] = {
    {NeedKind::Water, "water", QT_TRANSLATE_NOOP("ServiceRequests", "water"), "用水|供水|水"},
    {NeedKind::Power, "power", QT_TRANSLATE_NOOP("ServiceRequests", "power"), "用电|供电|电|electricity"},
    {NeedKind::Sewage, "sewage", QT_TRANSLATE_NOOP("ServiceRequests", "sewage"), "排污|污水|排水"},
    {NeedKind::Funding, "funding", QT_TRANSLATE_NOOP("ServiceRequests", "funding shortage"), "资金短缺|资金|融资|贷款"},
    {NeedKind::Legal, "legal", QT_TRANSLATE_NOOP("ServiceRequests", "legal rights"), "法律维权|维权|法律"},
    {NeedKind::Other, "other", QT_TRANSLATE_NOOP("ServiceRequests", "other"), "其他"},
};
const EnumText<NeedStatus> kStatuses[] = {
    {NeedStatus::Open, "open", QT_TRANSLATE_NOOP("ServiceRequests", "open"), "待办|未办理|未解决|待解决"},
    {NeedStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("ServiceRequests", "in progress"), "办理中|处理中|跟进中"},
    {NeedStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("ServiceRequests", "resolved"), "已解决|已办结|办结"},
};
const EnumTexts<NeedKind> kKindTexts("ServiceRequests", kKinds);
const EnumTexts<NeedStatus> kStatusTexts("ServiceRequests", kStatuses);
} // namespace

QString ServiceRequests::kindKey(NeedKind kind) { return kKindTexts.key(kind); }
QString ServiceRequests::kindName(NeedKind kind) { return kKindTexts.name(kind); }
std::optional<NeedKind> ServiceRequests::kindFromText(const QString &text) { return kKindTexts.fromText(text); }
QList<NeedKind> ServiceRequests::allKinds() { return kKindTexts.values(); }
QString ServiceRequests::statusKey(NeedStatus status) { return kStatusTexts.key(status); }
QString ServiceRequests::statusName(NeedStatus status) { return kStatusTexts.name(status); }
std::optional<NeedStatus> ServiceRequests::statusFromText(const QString &text) { return kStatusTexts.fromText(text); }
QList<NeedStatus> ServiceRequests::allStatuses() { return kStatusTexts.values(); }

QStringList ServiceRequests::usualPartners()
{
    return {QStringLiteral("法律服务中心"), QStringLiteral("社会治理中心"), QStringLiteral("物流企业"), QStringLiteral("电商平台"),
            QStringLiteral("银行"), QStringLiteral("保险机构"), QStringLiteral("村（社区）委员会"), QStringLiteral("供水公司"),
            QStringLiteral("供电所")};
}

Problems ServiceRequests::validate(const ServiceRequest &r, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::ServiceRequest, problems);
    if (r.chamberId <= 0)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("The need's chamber is missing.")));
    if (!r.memberId)
        rules.required(QStringLiteral("requester"), r.requester);
    rules.maxLength(QStringLiteral("requester"), r.requester, 100);
    rules.required(QStringLiteral("description"), r.description);
    const std::optional<QDate> raised = r.raisedOn.isValid() ? std::optional(r.raisedOn) : std::nullopt;
    if (!raised)
        problems.append(Problem::error(QStringLiteral("raised_on"), tr("The date the need was raised is missing.")));
    rules.notInFuture(QStringLiteral("raised_on"), raised, today);
    rules.notInFuture(QStringLiteral("started_on"), r.startedOn, today);
    rules.notInFuture(QStringLiteral("resolved_on"), r.resolvedOn, today);
    rules.notBefore(QStringLiteral("started_on"), r.startedOn, QStringLiteral("raised_on"), raised);
    rules.notBefore(QStringLiteral("resolved_on"), r.resolvedOn, QStringLiteral("raised_on"), raised);
    rules.notBefore(QStringLiteral("resolved_on"), r.resolvedOn, QStringLiteral("started_on"), r.startedOn);
    switch (r.status) {
    case NeedStatus::Open:
        if (r.startedOn || r.resolvedOn)
            problems.append(Problem::error(QStringLiteral("status"), tr("An open need has no start or resolution date yet.")));
        break;
    case NeedStatus::InProgress:
        if (!r.startedOn)
            problems.append(Problem::error(QStringLiteral("started_on"), tr("A need in progress needs the date work on it started.")));
        if (r.resolvedOn)
            problems.append(Problem::error(QStringLiteral("resolved_on"), tr("A need in progress has no resolution date yet.")));
        break;
    case NeedStatus::Resolved:
        if (!r.resolvedOn)
            problems.append(Problem::error(QStringLiteral("resolved_on"), tr("A resolved need needs its resolution date.")));
        break;
    }
    if (r.status != NeedStatus::Resolved && !r.resolution.trimmed().isEmpty())
        problems.append(Problem::error(QStringLiteral("resolution"), tr("Only a resolved need has a resolution.")));
    return withKind(RecordKindId::ServiceRequest, problems);
}

Problems ServiceRequests::validateChange(const ServiceRequest &r, NeedStatus next, const QDate &date, bool reopen,
                                         const QString &reason, const QDate &today)
{
    Problems problems;
    RecordRules rules(RecordKindId::ServiceRequest, problems);
    if (reopen) {
        if (r.status != NeedStatus::Resolved)
            problems.append(Problem::error(QStringLiteral("status"), tr("Only a resolved need can be reopened; this one is %1.").arg(statusName(r.status))));
        if (next == NeedStatus::Resolved)
            problems.append(Problem::error(QStringLiteral("status"), tr("A reopened need goes back to open or in progress.")));
        if (reason.trimmed().isEmpty())
            problems.append(Problem::error(QStringLiteral("reason"), tr("Reopening a need needs the reason.")));
    } else if (next == r.status) {
        problems.append(Problem::error(QStringLiteral("status"), tr("The need is already %1.").arg(statusName(r.status))));
    } else if (int(next) < int(r.status)) {
        problems.append(Problem::error(QStringLiteral("status"), tr("The need is %1; it goes back only by reopening it, with a reason.")
                                                                     .arg(statusName(r.status))));
    }
    const QString field = next == NeedStatus::Resolved ? QStringLiteral("resolved_on") : QStringLiteral("started_on");
    if (!date.isValid())
        problems.append(Problem::error(field, tr("The date of the status change is missing.")));
    else if (reopen && r.resolvedOn && date < *r.resolvedOn)
        problems.append(Problem::error(QStringLiteral("date"), tr("The need cannot be reopened on %1, before it was resolved on %2.")
                                                                   .arg(date.toString(Qt::ISODate), r.resolvedOn->toString(Qt::ISODate))));
    if (!hasErrors(problems))
        problems.append(validate(applied(r, next, date, reopen), today));
    if (reopen)  // the reopening date is not kept on the record, so applied() does not see it
        rules.notInFuture(QStringLiteral("date"), date.isValid() ? std::optional(date) : std::nullopt, today);
    return withKind(RecordKindId::ServiceRequest, problems);
}

ServiceRequest ServiceRequests::applied(const ServiceRequest &r, NeedStatus next, const QDate &date, bool reopen)
{
    ServiceRequest out = r;
    out.status = next;
    if (reopen) {
        out.resolvedOn.reset();
        out.resolution.clear();
        if (next == NeedStatus::Open)
            out.startedOn.reset();
        else if (!out.startedOn)
            out.startedOn = date;
        return out;
    }
    if (next == NeedStatus::InProgress)
        out.startedOn = date;
    if (next == NeedStatus::Resolved)
        out.resolvedOn = date;
    return out;
}

std::optional<NeedStatus> ServiceRequests::statusOn(const ServiceRequest &r, const QDate &date)
{
    if (!r.raisedOn.isValid() || r.raisedOn > date)
        return std::nullopt;
    if (r.resolvedOn && *r.resolvedOn <= date)
        return NeedStatus::Resolved;
    if (r.startedOn && *r.startedOn <= date)
        return NeedStatus::InProgress;
    return NeedStatus::Open;
}

const EnumTextSet &ServiceRequests::kindTexts()
{
    return kKindTexts;
}

const EnumTextSet &ServiceRequests::statusTexts()
{
    return kStatusTexts;
}

} // namespace chamber
