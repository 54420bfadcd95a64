// SPDX-License-Identifier: GPL-3.0-or-later
// PointsService: entries with their approval workflow, and vetoes.
#include "PointsService.h"

#include "ChamberService.h"
#include "Dates.h"
#include "PointsSql.h"
#include "RecordChecks.h"
#include "RecordSql.h"

#include <QSqlQuery>

namespace chamber {

using namespace pointsql;

namespace {

// Points 0 without a reason means "from the rule".
PointsEntry resolved(PointsEntry entry, const PointsRule &rule)
{
    if (entry.pointsTenths == 0 && entry.manualReason.trimmed().isEmpty())
        entry.pointsTenths = Points::pointsFromRule(rule, entry.quantity);
    if (entry.pointsTenths == Points::pointsFromRule(rule, entry.quantity))
        entry.manualReason.clear();  // a reason only accompanies points changed by hand
    return entry;
}

} // namespace

Problems PointsService::validateEntry(const PointsEntry &input) const
{
    const auto rule = this->rule(input.ruleId);
    if (!rule)
        return rule.problems();
    return validateEntry(resolved(input, *rule), *rule);
}

Problems PointsService::validateEntry(const PointsEntry &entry, const PointsRule &rule) const
{
    Problems problems = Points::validateEntry(entry, rule);
    // Its name and dates only (the full record was a sixth of the demo's points).
    const auto chamber = RecordChecks::chamber(m_db, entry.chamberId, problems);
    if (chamber && entry.date.isValid() && !Chambers::existsOn(*chamber, entry.date)) {
        problems.append(Problem::error(QStringLiteral("date"), tr("%1 did not exist on %2 (founded %3%4).")
                                                                   .arg(chamber->name, dates::toIso(entry.date),
                                                                        chamber->founded ? dates::toIso(*chamber->founded) : QStringLiteral("?"),
                                                                        chamber->dissolved ? tr(", dissolved %1").arg(dates::toIso(*chamber->dissolved))
                                                                                           : QString())));
    }
    if (rule.retired) {
        // Entries made before the rule was retired may still be corrected.
        bool keepsItsRule = false;
        if (entry.id > 0)
            if (const auto before = this->entry(entry.id))
                keepsItsRule = before->ruleId == entry.ruleId;
        if (!keepsItsRule)
            problems.append(Problem::error(QStringLiteral("rule"), tr("The rule \"%1\" is retired; it takes no new entries.").arg(rule.description)));
    }
    // No double counting: the same rule for the same chamber on the same day is most likely entered twice.
    Statement &q = m_db.statement(QStringLiteral("SELECT id FROM points_entry WHERE chamber_id = ? AND rule_id = ? AND occurred_on = ? AND id <> ? "
                                                "AND status <> 'rejected' LIMIT 1"));
    q.addBindValue(entry.chamberId);
    q.addBindValue(entry.ruleId);
    q.addBindValue(dates::toIso(entry.date));
    q.addBindValue(entry.id);
    if (!q.exec())
        problems.append(sql::readError(q));
    else if (q.next())
        problems.append(Problem::warning(QStringLiteral("entry"), tr("Entry number %1 already records this rule for this chamber on %2; make sure it is not counted twice.")
                                                                      .arg(q.value(0).toLongLong()).arg(dates::toIso(entry.date))));
    q.finish();
    return problems;
}

Result<qint64> PointsService::addEntry(const PointsEntry &input)
{
    const auto rule = this->rule(input.ruleId);
    if (!rule)
        return rule.problems();
    if (auto s = ensureOpen(rule->year); !s)
        return s.problems();
    PointsEntry entry = resolved(input, *rule);
    entry.status = EntryStatus::Draft;
    if (entry.enteredBy.trimmed().isEmpty())
        entry.enteredBy = Database::actor();
    const Problems problems = validateEntry(entry, *rule);
    if (hasErrors(problems))
        return problems;
    auto id = sql::write<qint64>(m_db, [&] {
        return sql::insert(m_db, QStringLiteral("points_entry"),
                           {{QStringLiteral("chamber_id"), entry.chamberId},
                            {QStringLiteral("rule_id"), entry.ruleId},
                            {QStringLiteral("year"), entry.year()},
                            {QStringLiteral("occurred_on"), dates::toIso(entry.date)},
                            {QStringLiteral("quantity"), entry.quantity},
                            {QStringLiteral("points"), entry.pointsTenths},
                            {QStringLiteral("manual_reason"), nonNull(entry.manualReason.trimmed())},
                            {QStringLiteral("evidence"), nonNull(entry.evidence.trimmed())},
                            {QStringLiteral("entered_by"), entry.enteredBy.trimmed()},
                            {QStringLiteral("status"), QStringLiteral("draft")}});
    });
    return id ? Result<qint64>(id.value(), problems) : id;
}

Status PointsService::updateEntry(const PointsEntry &input, std::optional<qint64> expectedVersion)
{
    const auto existing = entry(input.id);
    if (!existing)
        return existing.problems();
    if (!Points::isEditable(existing->status))
        return Problem::error(QStringLiteral("status"), tr("Entry number %1 is %2; only drafts and rejected entries can be changed.")
                                                            .arg(input.id).arg(Points::statusName(existing->status)));
    const auto rule = this->rule(input.ruleId);
    if (!rule)
        return rule.problems();
    if (auto s = ensureOpen(existing->year()); !s)
        return s;
    if (auto s = ensureOpen(rule->year); !s)
        return s;
    PointsEntry entry = resolved(input, *rule);
    const Problems problems = validateEntry(entry, *rule);
    if (hasErrors(problems))
        return problems;
    // A rejected entry that is corrected starts over as a draft.
    if (auto s = sql::updateRecord(m_db, QStringLiteral("points_entry"), entry.id,
                                   {{QStringLiteral("chamber_id"), entry.chamberId},
                                    {QStringLiteral("rule_id"), entry.ruleId},
                                    {QStringLiteral("year"), entry.year()},
                                    {QStringLiteral("occurred_on"), dates::toIso(entry.date)},
                                    {QStringLiteral("quantity"), entry.quantity},
                                    {QStringLiteral("points"), entry.pointsTenths},
                                    {QStringLiteral("manual_reason"), nonNull(entry.manualReason.trimmed())},
                                    {QStringLiteral("evidence"), nonNull(entry.evidence.trimmed())},
                                    {QStringLiteral("status"), QStringLiteral("draft")},
                                    {QStringLiteral("rejection_reason"), QStringLiteral("")},
                                    {QStringLiteral("decided_by"), QStringLiteral("")},
                                    {QStringLiteral("decided_at"), QStringLiteral("")}},
                                   expectedVersion);
        !s)
        return s;
    return success(problems);
}

namespace {

// Moves an entry from one of the allowed statuses to another, in one logged transaction.
Status moveEntry(Database &db, const PointsService &service, qint64 id, const QList<EntryStatus> &from, EntryStatus to,
                 const QString &reason = {})
{
    const auto existing = service.entry(id);
    if (!existing)
        return existing.problems();
    if (auto s = service.ensureOpen(existing->year()); !s)
        return s;
    if (!from.contains(existing->status)) {
        QStringList allowed;
        for (auto s : from)
            allowed.append(Points::statusName(s));
        return Problem::error(QStringLiteral("status"), PointsService::tr("Entry number %1 is %2; only an entry that is %3 can be %4.")
                                                            .arg(id)
                                                            .arg(Points::statusName(existing->status), allowed.join(PointsService::tr(" or ")),
                                                                 Points::statusName(to)));
    }
    if (to == EntryStatus::Submitted) {
        const auto rule = service.rule(existing->ruleId);
        if (!rule)
            return rule.problems();
        if (const Problems problems = Points::validateSubmission(*existing, *rule); hasErrors(problems))
            return problems;
    }
    if (to == EntryStatus::Rejected && reason.trimmed().isEmpty())
        return Problem::error(QStringLiteral("rejection_reason"), PointsService::tr("A rejection needs a reason."));
    const bool decision = to == EntryStatus::Approved || to == EntryStatus::Rejected;
    return sql::write<Done>(db, [&] {
        return sql::update(db, QStringLiteral("points_entry"), id,
                           {{QStringLiteral("status"), Points::statusKey(to)},
                            {QStringLiteral("rejection_reason"), nonNull(to == EntryStatus::Rejected ? reason.trimmed() : QString())},
                            {QStringLiteral("decided_by"), decision ? Database::actor() : QStringLiteral("")},
                            {QStringLiteral("decided_at"), decision ? now() : QStringLiteral("")}},
                           {}, Points::statusKey(to));
    });
}

} // namespace

Status PointsService::submitEntry(qint64 id)
{
    return moveEntry(m_db, *this, id, Points::movesTo(EntryStatus::Submitted), EntryStatus::Submitted);
}

Status PointsService::approveEntry(qint64 id)
{
    return moveEntry(m_db, *this, id, Points::movesTo(EntryStatus::Approved), EntryStatus::Approved);
}

Status PointsService::rejectEntry(qint64 id, const QString &reason)
{
    return moveEntry(m_db, *this, id, Points::movesTo(EntryStatus::Rejected), EntryStatus::Rejected, reason);
}

Status PointsService::removeEntry(qint64 id)
{
    const auto existing = entry(id);
    if (!existing)
        return existing.problems();
    if (auto s = ensureOpen(existing->year()); !s)
        return s;
    if (!Points::isEditable(existing->status))
        return Problem::error(QStringLiteral("status"), tr("Entry number %1 is %2; only drafts and rejected entries can be removed.")
                                                            .arg(id).arg(Points::statusName(existing->status)));
    return sql::removeRecord(m_db, QStringLiteral("points_entry"), id);
}

Result<PointsEntry> PointsService::entry(qint64 id) const
{
    Statement &q = m_db.statement(QStringLiteral("SELECT %1 FROM points_entry e WHERE e.id = ?").arg(kEntryColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sql::readError(q);
    if (!q.next()) {
        if (auto end = sql::readEnd(q); !end)
            return end.problems();
        return Problem::error(QStringLiteral("entry"), tr("There is no points entry number %1.").arg(id));
    }
    const PointsEntry entry = entryFrom(q);
    q.finish();
    return entry;
}

namespace {
QString entryWhere(const PointsEntryQuery &query, QVariantList &binds)
{
    QStringList parts;
    auto add = [&](const QString &clause, const QVariant &value) {
        parts.append(clause);
        binds.append(value);
    };
    if (query.year)
        add(QStringLiteral("e.year = ?"), *query.year);
    if (query.chamberId)
        add(QStringLiteral("e.chamber_id = ?"), *query.chamberId);
    if (query.ruleId)
        add(QStringLiteral("e.rule_id = ?"), *query.ruleId);
    if (query.categoryId)
        add(QStringLiteral("r.category_id = ?"), *query.categoryId);
    if (query.status)
        add(QStringLiteral("e.status = ?"), Points::statusKey(*query.status));
    if (!query.divisionPrefix.isEmpty()) {
        parts.append(sql::prefixClause(QStringLiteral("c.township_code")));
        binds.append(sql::prefixBounds(query.divisionPrefix));
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
// The columns the entry list sorts by: categories and rules in the order the rule table keeps.
QList<sql::SortColumn> entrySorts()
{
    QStringList statuses;
    for (auto s : {EntryStatus::Draft, EntryStatus::Submitted, EntryStatus::Approved, EntryStatus::Rejected})
        statuses.append(Points::statusKey(s));
    return {{QStringLiteral("township"), QStringLiteral("c.township_code")},
            {QStringLiteral("chamber"), QStringLiteral("c.name")},
            {QStringLiteral("date"), QStringLiteral("e.occurred_on")},
            {QStringLiteral("category"), QStringLiteral("k.position")},
            {QStringLiteral("rule"), QStringLiteral("k.position * 100000 + r.position")},  // category, then rule within it
            {QStringLiteral("quantity"), QStringLiteral("e.quantity")},
            {QStringLiteral("points"), QStringLiteral("e.points")},
            {QStringLiteral("status"), sql::rank(QStringLiteral("e.status"), statuses)},
            {QStringLiteral("entered_by"), QStringLiteral("e.entered_by")}};
}
const QString kEntryJoins = QStringLiteral(
    " FROM points_entry e JOIN chamber c ON c.id = e.chamber_id JOIN division d ON d.code = c.township_code "
    "JOIN points_rule r ON r.id = e.rule_id JOIN points_category k ON k.id = r.category_id");
} // namespace

Result<QList<PointsEntryRow>> PointsService::entryRows(const PointsEntryQuery &query) const
{
    static const QList<sql::SortColumn> sorts = entrySorts();
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1, c.name, d.name, r.description, k.id, k.name").arg(kEntryColumns) + kEntryJoins
                  + entryWhere(query, binds) + QStringLiteral(" ORDER BY ")
                  + sql::orderBy(query.sortKey, query.descending, sorts, QStringLiteral("e.occurred_on, e.id"));
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    return sql::rows<PointsEntryRow>(q, [](const QSqlQuery &row) {
        return PointsEntryRow{entryFrom(row), row.value(13).toString(), row.value(14).toString(), row.value(15).toString(),
                              row.value(16).toLongLong(), row.value(17).toString()};
    });
}

Result<int> PointsService::entryCount(const PointsEntryQuery &query) const
{
    QVariantList binds;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*)") + kEntryJoins + entryWhere(query, binds));
    for (const auto &b : binds)
        q.addBindValue(b);
    const auto count = sql::number(q);
    if (!count)
        return count.problems();
    return int(*count);
}

// Vetoes ---------------------------------------------------------------------------------------

Result<qint64> PointsService::addVeto(const Veto &input)
{
    if (auto s = ensureOpen(input.year); !s)
        return s.problems();
    Veto veto = input;
    if (veto.recordedBy.trimmed().isEmpty())
        veto.recordedBy = Database::actor();
    Problems problems = Points::validateVeto(veto);
    if (const auto chamber = ChamberService(m_db).get(veto.chamberId); !chamber)
        problems += chamber.problems();
    if (hasErrors(problems))
        return problems;
    auto id = sql::write<qint64>(m_db, [&] {
        return sql::insert(m_db, QStringLiteral("points_veto"),
                           {{QStringLiteral("chamber_id"), veto.chamberId},
                            {QStringLiteral("year"), veto.year},
                            {QStringLiteral("decided_on"), dates::toIso(veto.date)},
                            {QStringLiteral("reason"), veto.reason.trimmed()},
                            {QStringLiteral("recorded_by"), veto.recordedBy.trimmed()}});
    });
    return id ? Result<qint64>(id.value(), problems) : id;
}

Status PointsService::removeVeto(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM points_veto v WHERE v.id = ?").arg(kVetoColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sql::readError(q);
    if (!q.next()) {
        if (auto end = sql::readEnd(q); !end)
            return end.problems();
        return Problem::error(QStringLiteral("veto"), tr("There is no veto number %1.").arg(id));
    }
    const Veto veto = vetoFrom(q);
    q.finish();
    if (auto s = ensureOpen(veto.year); !s)
        return s;
    return sql::removeRecord(m_db, QStringLiteral("points_veto"), id);
}

Result<QList<Veto>> PointsService::vetoes(int year, std::optional<qint64> chamberId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM points_veto v WHERE v.year = ? %2 ORDER BY v.decided_on, v.id")
                  .arg(kVetoColumns, chamberId ? QStringLiteral("AND v.chamber_id = ?") : QString()));
    q.addBindValue(year);
    if (chamberId)
        q.addBindValue(*chamberId);
    return sql::rows<Veto>(q, [](const QSqlQuery &row) { return vetoFrom(row); });
}

} // namespace chamber
