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

QString entrySummary(const PointsEntry &e)
{
    return QStringLiteral("chamber %1 rule %2 %3 ×%4 = %5")
        .arg(e.chamberId).arg(e.ruleId).arg(dates::toIso(e.date)).arg(e.quantity).arg(Points::formatTenths(e.pointsTenths));
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
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM points_entry WHERE chamber_id = ? AND rule_id = ? AND occurred_on = ? AND id <> ? "
                                                "AND status <> 'rejected' LIMIT 1"));
    q.addBindValue(entry.chamberId);
    q.addBindValue(entry.ruleId);
    q.addBindValue(dates::toIso(entry.date));
    q.addBindValue(entry.id);
    if (q.exec() && q.next())
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
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO points_entry (chamber_id, rule_id, year, occurred_on, quantity, points, manual_reason, "
                                                "evidence, entered_by, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)"));
    q.addBindValue(entry.chamberId);
    q.addBindValue(entry.ruleId);
    q.addBindValue(entry.year());
    q.addBindValue(dates::toIso(entry.date));
    q.addBindValue(entry.quantity);
    q.addBindValue(entry.pointsTenths);
    q.addBindValue(nonNull(entry.manualReason.trimmed()));
    q.addBindValue(nonNull(entry.evidence.trimmed()));
    q.addBindValue(entry.enteredBy.trimmed());
    q.addBindValue(now());
    q.addBindValue(now());
    if (!q.exec())
        return databaseError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = m_db.log(QStringLiteral("points_entry"), id, QStringLiteral("add"), entrySummary(entry)); !s)
        return s.problems();
    if (auto s = tx.commit(); !s)
        return s.problems();
    return Result<qint64>(id, problems);
}

Status PointsService::updateEntry(const PointsEntry &input)
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
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    // A rejected entry that is corrected starts over as a draft.
    q.prepare(QStringLiteral("UPDATE points_entry SET chamber_id = ?, rule_id = ?, year = ?, occurred_on = ?, quantity = ?, points = ?, "
                             "manual_reason = ?, evidence = ?, status = 'draft', rejection_reason = '', decided_by = '', decided_at = '', "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(entry.chamberId);
    q.addBindValue(entry.ruleId);
    q.addBindValue(entry.year());
    q.addBindValue(dates::toIso(entry.date));
    q.addBindValue(entry.quantity);
    q.addBindValue(entry.pointsTenths);
    q.addBindValue(nonNull(entry.manualReason.trimmed()));
    q.addBindValue(nonNull(entry.evidence.trimmed()));
    q.addBindValue(now());
    q.addBindValue(entry.id);
    if (!q.exec())
        return databaseError(q);
    if (auto s = m_db.log(QStringLiteral("points_entry"), entry.id, QStringLiteral("update"), entrySummary(entry)); !s)
        return s;
    if (auto s = tx.commit(); !s)
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
    Transaction tx(db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    const bool decision = to == EntryStatus::Approved || to == EntryStatus::Rejected;
    QSqlQuery &q = db.prepared(QStringLiteral("UPDATE points_entry SET status = ?, rejection_reason = ?, decided_by = ?, decided_at = ?, updated_at = ? "
                                              "WHERE id = ?"));
    q.addBindValue(Points::statusKey(to));
    q.addBindValue(nonNull(to == EntryStatus::Rejected ? reason.trimmed() : QString()));
    q.addBindValue(decision ? Database::actor() : QStringLiteral(""));
    q.addBindValue(decision ? now() : QStringLiteral(""));
    q.addBindValue(now());
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (auto s = db.log(QStringLiteral("points_entry"), id, Points::statusKey(to), reason.trimmed()); !s)
        return s;
    return tx.commit();
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
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM points_entry WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (auto s = m_db.log(QStringLiteral("points_entry"), id, QStringLiteral("remove"), entrySummary(*existing)); !s)
        return s;
    return tx.commit();
}

Result<PointsEntry> PointsService::entry(qint64 id) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM points_entry e WHERE e.id = ?").arg(kEntryColumns));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        return Problem::error(QStringLiteral("entry"), tr("There is no points entry number %1.").arg(id));
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

QList<PointsEntryRow> PointsService::entryRows(const PointsEntryQuery &query) const
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
    QList<PointsEntryRow> out;
    if (q.exec())
        while (q.next())
            out.append({entryFrom(q), q.value(13).toString(), q.value(14).toString(), q.value(15).toString(), q.value(16).toLongLong(),
                        q.value(17).toString()});
    return out;
}

int PointsService::entryCount(const PointsEntryQuery &query) const
{
    QVariantList binds;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*)") + kEntryJoins + entryWhere(query, binds));
    for (const auto &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
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
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO points_veto (chamber_id, year, decided_on, reason, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(veto.chamberId);
    q.addBindValue(veto.year);
    q.addBindValue(dates::toIso(veto.date));
    q.addBindValue(veto.reason.trimmed());
    q.addBindValue(veto.recordedBy.trimmed());
    q.addBindValue(now());
    if (!q.exec())
        return databaseError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = m_db.log(QStringLiteral("points_veto"), id, QStringLiteral("add"),
                          QStringLiteral("chamber %1 year %2: %3").arg(veto.chamberId).arg(veto.year).arg(veto.reason.trimmed()));
        !s)
        return s.problems();
    if (auto s = tx.commit(); !s)
        return s.problems();
    return Result<qint64>(id, problems);
}

Status PointsService::removeVeto(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM points_veto v WHERE v.id = ?").arg(kVetoColumns));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        return Problem::error(QStringLiteral("veto"), tr("There is no veto number %1.").arg(id));
    const Veto veto = vetoFrom(q);
    if (auto s = ensureOpen(veto.year); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    q.prepare(QStringLiteral("DELETE FROM points_veto WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (auto s = m_db.log(QStringLiteral("points_veto"), id, QStringLiteral("remove"),
                          QStringLiteral("chamber %1 year %2: %3").arg(veto.chamberId).arg(veto.year).arg(veto.reason));
        !s)
        return s;
    return tx.commit();
}

QList<Veto> PointsService::vetoes(int year, std::optional<qint64> chamberId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM points_veto v WHERE v.year = ? %2 ORDER BY v.decided_on, v.id")
                  .arg(kVetoColumns, chamberId ? QStringLiteral("AND v.chamber_id = ?") : QString()));
    q.addBindValue(year);
    if (chamberId)
        q.addBindValue(*chamberId);
    QList<Veto> out;
    if (q.exec())
        while (q.next())
            out.append(vetoFrom(q));
    return out;
}

} // namespace chamber
