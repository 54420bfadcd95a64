// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCorrections.h"

#include "ChamberService.h"
#include "CreditCode.h"
#include "Dates.h"
#include "MediationCaseService.h"
#include "RecordSql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace chamber {

struct HistoryCorrections::RegistrationPlan
{
    Chamber chamber;
    RegistrationEvent before;
    std::optional<RegistrationEvent> after;
    QString reason;
    std::optional<QString> chamberCode;  // the chamber's credit code as the correction leaves it, when it changes
    Problems warnings;
};

struct HistoryCorrections::CasePlan
{
    MediationCase caseBefore;
    MediationCase caseAfter;
    CaseStatusChange before;
    std::optional<CaseStatusChange> after;
    QString reason;
    Problems warnings;
};

namespace {

const QString kReason = QStringLiteral("reason");

QJsonObject toJson(const RegistrationEvent &e)
{
    return {{QStringLiteral("status"), Registrations::statusKey(e.status)},
            {QStringLiteral("date"), dates::toIso(e.date)},
            {QStringLiteral("credit_code"), e.creditCode},
            {QStringLiteral("note"), e.note}};
}

QJsonObject toJson(const CaseStatusChange &c)
{
    return {{QStringLiteral("status"), Mediation::statusKey(c.status)},
            {QStringLiteral("date"), dates::toIso(c.date)},
            {QStringLiteral("reopen"), c.reopen},
            {QStringLiteral("reason"), c.reason}};
}

QJsonObject caseState(const MediationCase &c)
{
    return {{QStringLiteral("status"), Mediation::statusKey(c.status)}, {QStringLiteral("closed_on"), dates::toIsoOrEmpty(c.closedOn)}};
}

QString detailText(qint64 entry, const QString &reason, const QJsonObject &before, const std::optional<QJsonObject> &after,
                   const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("entry"), entry);
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("before"), before);
    o.insert(QStringLiteral("after"), after ? QJsonValue(*after) : QJsonValue(QJsonValue::Null));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The credit code of the last "registered" change: the chamber's code follows it.
QString lastRegisteredCode(const QList<RegistrationEvent> &history)
{
    QString code;
    for (const auto &e : history)
        if (e.status == RegistrationStatus::Registered)
            code = CreditCode::normalise(e.creditCode);
    return code;
}

// The rows of a registration query; a failed query is an error, never an empty history.
Result<QList<RegistrationEvent>> events(Database &db, const QString &where, qint64 id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %2 FROM registration_event WHERE %1 "
                             "ORDER BY effective_on, id")
                  .arg(where, RegistrationService::eventColumns()));
    q.addBindValue(id);
    return sql::rows<RegistrationEvent>(q, RegistrationService::eventFrom);
}

CaseStatusChange changeFrom(const QSqlQuery &q)
{
    CaseStatusChange c;
    c.id = q.value(0).toLongLong();
    c.caseId = q.value(1).toLongLong();
    c.status = Mediation::statusFromText(q.value(2).toString()).value_or(CaseStatus::Mediating);
    c.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.reopen = q.value(4).toInt() != 0;
    c.reason = q.value(5).toString();
    return c;
}

Result<QList<CaseStatusChange>> changes(Database &db, const QString &where, qint64 id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, case_id, status, effective_on, reopen, reason FROM mediation_case_change WHERE %1 "
                             "ORDER BY effective_on, id")
                  .arg(where));
    q.addBindValue(id);
    return sql::rows<CaseStatusChange>(q, changeFrom);
}

void needReason(Problems &problems, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        problems.append(Problem::error(kReason, HistoryCorrections::tr("Give the reason for the correction; it is kept in the change log.")));
}

} // namespace

// Registration -----------------------------------------------------------------------------------

Result<RegistrationEvent> HistoryCorrections::registrationEntry(qint64 id) const
{
    const auto found = events(m_db, QStringLiteral("id = ?"), id);
    if (!found)
        return found.problems();
    if (found->isEmpty())
        return Problem::error(QStringLiteral("entry"), tr("There is no registration entry number %1.").arg(id));
    return found->first();
}

Result<HistoryCorrections::RegistrationPlan> HistoryCorrections::planRegistration(qint64 entryId, const std::optional<RegistrationEvent> &corrected,
                                                                                  const QString &reason) const
{
    const auto before = registrationEntry(entryId);
    if (!before)
        return before.problems();
    Problems problems;
    needReason(problems, reason);
    std::optional<RegistrationEvent> after = corrected;
    if (after) {
        if (after->chamberId && after->chamberId != before->chamberId)
            problems.append(Problem::error(QStringLiteral("entry"), tr("Registration entry %1 belongs to another chamber.").arg(entryId)));
        after->id = entryId;
        after->chamberId = before->chamberId;
        after->creditCode = CreditCode::normalise(after->creditCode);
        after->note = after->note.trimmed();
        if (*after == *before)
            problems.append(Problem::error(QStringLiteral("entry"), tr("The corrected entry is the same as the recorded one; there is nothing to correct.")));
    }
    const auto chamber = ChamberService(m_db).get(before->chamberId);
    if (!chamber)
        return chamber.problems();
    const auto history = events(m_db, QStringLiteral("chamber_id = ?"), before->chamberId);
    if (!history)
        return history.problems();
    QList<RegistrationEvent> next;
    for (const auto &e : *history)
        if (e.id != entryId)
            next.append(e);
    if (after)
        next.append(*after);
    next = Registrations::sorted(next);
    int focus = -1;
    for (int i = 0; after && i < next.size(); ++i)
        if (next.at(i).id == entryId)
            focus = i;
    problems.append(Registrations::validateHistory(*chamber, next, chamber->townshipCode.left(6), focus));
    if (after && after->status == RegistrationStatus::Registered && !after->creditCode.isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id, name FROM chamber WHERE credit_code = ? AND id <> ?"));
        if (auto s = sql::exec(q, {after->creditCode, before->chamberId}); !s)
            return s.problems();
        if (q.next())
            problems.append(Problem::error(QStringLiteral("credit_code"), tr("The credit code %1 already belongs to %2 (number %3).")
                                                                              .arg(after->creditCode, q.value(1).toString())
                                                                              .arg(q.value(0).toLongLong())));
    }
    if (hasErrors(problems))
        return problems;
    RegistrationPlan plan{*chamber, *before, after, reason.trimmed(), std::nullopt, problems};
    // The chamber's credit code follows its last registration, unless it was set apart from it.
    const QString codeBefore = lastRegisteredCode(*history);
    const QString codeAfter = lastRegisteredCode(next);
    if (codeBefore != codeAfter && (chamber->creditCode.isEmpty() || CreditCode::normalise(chamber->creditCode) == codeBefore))
        plan.chamberCode = codeAfter;
    return plan;
}

Problems HistoryCorrections::checkRegistration(qint64 entryId, const std::optional<RegistrationEvent> &corrected, const QString &reason) const
{
    const auto plan = planRegistration(entryId, corrected, reason);
    return plan ? plan->warnings : plan.problems();
}

Status HistoryCorrections::applyRegistration(const RegistrationPlan &plan)
{
    return sql::write<Done>(m_db, [&]() -> Status {
        // The rows change through the write path (their before and after, with the reason); the
        // correction's own line below says what was corrected as a whole.
        const QString table = QStringLiteral("registration_event");
        if (plan.after) {
            if (auto s = sql::update(m_db, table, plan.before.id,
                                     {{QStringLiteral("status"), Registrations::statusKey(plan.after->status)},
                                      {QStringLiteral("effective_on"), dates::toIso(plan.after->date)},
                                      {QStringLiteral("credit_code"), nonNull(plan.after->creditCode)},
                                      {QStringLiteral("note"), nonNull(plan.after->note)}},
                                     {}, QStringLiteral("correct"), plan.reason);
                !s)
                return s;
        } else if (auto s = sql::remove(m_db, table, plan.before.id, {}, QStringLiteral("remove"), plan.reason); !s) {
            return s;
        }
        QJsonObject extra;
        if (plan.chamberCode) {
            if (auto s = sql::update(m_db, QStringLiteral("chamber"), plan.chamber.id, {{QStringLiteral("credit_code"), nonNull(*plan.chamberCode)}},
                                     {}, QStringLiteral("correct"), plan.reason);
                !s)
                return s;
            extra.insert(QStringLiteral("chamber_credit_code"),
                         QJsonObject{{QStringLiteral("before"), plan.chamber.creditCode}, {QStringLiteral("after"), *plan.chamberCode}});
        }
        const QString detail = detailText(plan.before.id, plan.reason, toJson(plan.before),
                                          plan.after ? std::optional(toJson(*plan.after)) : std::nullopt, extra);
        if (auto s = m_db.log(QStringLiteral("registration"), plan.chamber.id, plan.after ? QStringLiteral("correct") : QStringLiteral("delete"),
                              detail);
            !s)
            return s;
        return success(plan.warnings);
    });
}

Status HistoryCorrections::correctRegistration(const RegistrationEvent &corrected, const QString &reason)
{
    const auto plan = planRegistration(corrected.id, corrected, reason);
    return plan ? applyRegistration(*plan) : Status(plan.problems());
}

Status HistoryCorrections::deleteRegistration(qint64 entryId, const QString &reason)
{
    const auto plan = planRegistration(entryId, std::nullopt, reason);
    return plan ? applyRegistration(*plan) : Status(plan.problems());
}

// Mediation case status ---------------------------------------------------------------------------

Result<CaseStatusChange> HistoryCorrections::caseChange(qint64 id) const
{
    const auto found = changes(m_db, QStringLiteral("id = ?"), id);
    if (!found)
        return found.problems();
    if (found->isEmpty())
        return Problem::error(QStringLiteral("entry"), tr("There is no status change number %1.").arg(id));
    return found->first();
}

Result<HistoryCorrections::CasePlan> HistoryCorrections::planCase(qint64 changeId, const std::optional<CaseStatusChange> &corrected,
                                                                  const QString &reason) const
{
    const auto before = caseChange(changeId);
    if (!before)
        return before.problems();
    Problems problems;
    needReason(problems, reason);
    std::optional<CaseStatusChange> after = corrected;
    if (after) {
        if (after->caseId && after->caseId != before->caseId)
            problems.append(Problem::error(QStringLiteral("entry"), tr("Status change %1 belongs to another case.").arg(changeId)));
        after->id = changeId;
        after->caseId = before->caseId;
        after->reopen = before->reopen;  // a reopening stays one; its reason may be corrected
        after->reason = after->reason.trimmed();
        if (*after == *before)
            problems.append(Problem::error(QStringLiteral("entry"), tr("The corrected entry is the same as the recorded one; there is nothing to correct.")));
    }
    MediationCaseService cases(m_db);
    const auto stored = cases.get(before->caseId);
    if (!stored)
        return stored.problems();
    const auto history = changes(m_db, QStringLiteral("case_id = ?"), before->caseId);
    if (!history)
        return history.problems();
    QList<CaseStatusChange> next;
    for (const auto &c : *history)
        if (c.id != changeId)
            next.append(c);
    if (after)
        next.append(*after);
    next = CaseLifecycle::sorted(next);
    problems.append(CaseLifecycle::validateHistory(*stored, next));
    if (hasErrors(problems))
        return problems;
    const MediationCase caseAfter = CaseLifecycle::followingHistory(*stored, next);
    // The case as it would stand must pass the case's own checks (a follow-up visit before a
    // moved closed date, say).
    for (const auto &p : cases.validate(caseAfter))
        if (p.isError())
            problems.append(p);
    if (hasErrors(problems))
        return problems;
    return CasePlan{*stored, caseAfter, *before, after, reason.trimmed(), problems};
}

Problems HistoryCorrections::checkCaseChange(qint64 changeId, const std::optional<CaseStatusChange> &corrected, const QString &reason) const
{
    const auto plan = planCase(changeId, corrected, reason);
    return plan ? plan->warnings : plan.problems();
}

Status HistoryCorrections::applyCase(const CasePlan &plan)
{
    return sql::write<Done>(m_db, [&]() -> Status {
        const QString table = QStringLiteral("mediation_case_change");
        if (plan.after) {
            if (auto s = sql::update(m_db, table, plan.before.id,
                                     {{QStringLiteral("status"), Mediation::statusKey(plan.after->status)},
                                      {QStringLiteral("effective_on"), dates::toIso(plan.after->date)},
                                      {QStringLiteral("reason"), nonNull(plan.after->reason)}},
                                     {}, QStringLiteral("correct"), plan.reason);
                !s)
                return s;
        } else if (auto s = sql::remove(m_db, table, plan.before.id, {}, QStringLiteral("remove"), plan.reason); !s) {
            return s;
        }
        const MediationCase &a = plan.caseAfter;
        const MediationCase &b = plan.caseBefore;
        QJsonObject extra{{QStringLiteral("case_before"), caseState(b)}, {QStringLiteral("case_after"), caseState(a)}};
        if (a != b) {
            // Only the columns a history decides; what it clears is named in the log.
            if (auto s = sql::update(
                    m_db, QStringLiteral("mediation_case"), a.id,
                    {{QStringLiteral("status"), Mediation::statusKey(a.status)},
                     {QStringLiteral("closed_on"), sql::date(a.closedOn)},
                     {QStringLiteral("agreed_amount_fen"), sql::number(a.agreedAmountFen)},
                     {QStringLiteral("agreement_number"), sql::text(a.agreementNumber)},
                     {QStringLiteral("judicial_confirmation"), sql::flag(a.judicialConfirmation)},
                     {QStringLiteral("performance"), a.performance ? Mediation::performanceKey(*a.performance) : QStringLiteral("")},
                     {QStringLiteral("performance_proof"), sql::text(a.performanceProof)},
                     {QStringLiteral("follow_up_on"), sql::date(a.followUpOn)},
                     {QStringLiteral("follow_up_satisfaction"), a.followUpSatisfaction ? Mediation::satisfactionKey(*a.followUpSatisfaction) : QStringLiteral("")},
                     {QStringLiteral("follow_up_note"), nonNull(a.followUpNote)}},
                    {}, QStringLiteral("correct"), plan.reason);
                !s)
                return s;
            QStringList cleared;
            if (b.agreedAmountFen && !a.agreedAmountFen)
                cleared.append(QStringLiteral("agreed_amount_fen=%1").arg(*b.agreedAmountFen));
            if (!b.agreementNumber.isEmpty() && a.agreementNumber.isEmpty())
                cleared.append(QStringLiteral("agreement_number=%1").arg(b.agreementNumber));
            if (b.judicialConfirmation && !a.judicialConfirmation)
                cleared.append(QStringLiteral("judicial_confirmation=%1").arg(*b.judicialConfirmation ? 1 : 0));
            if (b.performance && !a.performance)
                cleared.append(QStringLiteral("performance=%1 %2").arg(Mediation::performanceKey(*b.performance), b.performanceProof));
            if (b.followUpOn && !a.followUpOn)
                cleared.append(QStringLiteral("follow_up_on=%1 %2").arg(dates::toIso(*b.followUpOn), b.followUpNote));
            if (!cleared.isEmpty())
                extra.insert(QStringLiteral("cleared"), cleared.join(QStringLiteral("; ")));
        }
        const QString detail = detailText(plan.before.id, plan.reason, toJson(plan.before),
                                          plan.after ? std::optional(toJson(*plan.after)) : std::nullopt, extra);
        if (auto s = m_db.log(QStringLiteral("mediation_case"), a.id,
                              plan.after ? QStringLiteral("correct_status") : QStringLiteral("delete_status"), detail);
            !s)
            return s;
        return success(plan.warnings);
    });
}

Status HistoryCorrections::correctCaseChange(const CaseStatusChange &corrected, const QString &reason)
{
    const auto plan = planCase(corrected.id, corrected, reason);
    return plan ? applyCase(*plan) : Status(plan.problems());
}

Status HistoryCorrections::deleteCaseChange(qint64 changeId, const QString &reason)
{
    const auto plan = planCase(changeId, std::nullopt, reason);
    return plan ? applyCase(*plan) : Status(plan.problems());
}

} // namespace chamber
