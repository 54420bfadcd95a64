// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediationService.h"

#include "RecordChecks.h"
#include "RecordRow.h"
#include "RecordSql.h"
#include "VerificationService.h"

namespace chamber {

namespace {

const QString kCommittees = QStringLiteral("mediation_committee");
const QString kTallies = QStringLiteral("mediation_tally");
const QList<sql::SortColumn> kCommitteeSorts = {{QStringLiteral("township"), QStringLiteral("c.township_code")},
                                                {QStringLiteral("chamber"), QStringLiteral("c.name")},
                                                {QStringLiteral("name"), QStringLiteral("r.name")},
                                                {QStringLiteral("founded"), QStringLiteral("r.founded_on")},
                                                {QStringLiteral("mediators"), QStringLiteral("r.mediators")}};

} // namespace

Problems MediationService::validate(const MediationCommittee &m) const
{
    Problems problems = Mediation::validate(m);
    const auto chamber = RecordChecks::chamber(m_db, m.chamberId, problems);
    if (!chamber)
        return problems;
    RecordChecks::notBeforeFounding(problems, QStringLiteral("founded"), m.founded, *chamber);
    const auto existing = sql::idWhere(m_db, QStringLiteral("mediation_committee"), QStringLiteral("chamber_id"), m.chamberId);
    if (!existing)
        problems.append(existing.problems());
    else if (*existing && **existing != m.id)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("%1 already has a mediation committee (number %2); change that one instead.")
                                                                      .arg(chamber->name)
                                                                      .arg(**existing)));
    return problems;
}

Result<qint64> MediationService::addCommittee(const MediationCommittee &m)
{
    return VerificationService::settling<qint64>(m_db, m.chamberId, VerificationService::Record::MediationCommittee, [&] {
        return sql::addChecked(m_db, kCommittees, validate(m), sql::storedValues(m));
    });
}

Status MediationService::updateCommittee(const MediationCommittee &m, std::optional<qint64> expectedVersion)
{
    const auto stored = getCommittee(m.id);
    if (!stored)
        return stored.problems();
    Problems problems = validate(m);
    RecordChecks::sameChamber(problems, stored->chamberId, m.chamberId);
    return VerificationService::settling<Done>(m_db, m.chamberId, VerificationService::Record::MediationCommittee, [&] {
        return sql::updateChecked(m_db, kCommittees, m.id, problems, sql::storedValues(m), expectedVersion);
    });
}

Result<qint64> MediationService::setCommittee(MediationCommittee m)
{
    const auto existing = sql::idWhere(m_db, QStringLiteral("mediation_committee"), QStringLiteral("chamber_id"), m.chamberId);
    if (!existing)
        return existing.problems();
    if (!*existing)
        return addCommittee(m);
    m.id = **existing;
    auto updated = updateCommittee(m);
    if (!updated)
        return updated.problems();
    return Result<qint64>(m.id, updated.problems());
}

Status MediationService::removeCommittee(qint64 id)
{
    const auto stored = getCommittee(id);
    if (!stored)
        return stored.problems();
    return VerificationService::settling<Done>(m_db, stored->chamberId, VerificationService::Record::MediationCommittee,
                                               [&] { return sql::removeRecord(m_db, kCommittees, id); });
}

Result<MediationCommittee> MediationService::getCommittee(qint64 id) const
{
    return sql::byId<MediationCommittee>(m_db, kCommittees, id, sql::RowReader<MediationCommittee>(), tr("There is no mediation committee number %1.").arg(id));
}

Result<std::optional<MediationCommittee>> MediationService::committeeOf(qint64 chamberId) const
{
    const auto rows = sql::select<MediationCommittee>(m_db, QStringLiteral("SELECT * FROM mediation_committee WHERE chamber_id = ?"),
                                                      {chamberId}, sql::RowReader<MediationCommittee>());
    if (!rows)
        return rows.problems();
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<QList<Listed<MediationCommittee>>> MediationService::listCommittees(const RecordQuery &query) const
{
    return sql::list<MediationCommittee>(m_db, kCommittees, {}, query, {QStringLiteral("r.name")},
                                         sql::orderBy(query, kCommitteeSorts, QStringLiteral("c.township_code, c.name, r.id")), sql::RowReader<MediationCommittee>());
}

Result<QList<MediationCommittee>> MediationService::allCommittees() const
{
    return sql::select<MediationCommittee>(m_db, QStringLiteral("SELECT * FROM mediation_committee ORDER BY chamber_id"), {}, sql::RowReader<MediationCommittee>());
}

Problems MediationService::validate(const MediationTally &t) const
{
    Problems problems = Mediation::validate(t);
    const auto chamber = RecordChecks::chamber(m_db, t.chamberId, problems);
    if (chamber && chamber->founded && t.year > 0 && t.year < chamber->founded->year())
        problems.append(Problem::error(QStringLiteral("year"), tr("%1 was founded in %2; it has no cases in %3.")
                                                                   .arg(chamber->name)
                                                                   .arg(chamber->founded->year())
                                                                   .arg(t.year)));
    return problems;
}

Result<qint64> MediationService::setTally(MediationTally t, std::optional<qint64> expectedVersion)
{
    const auto tallies = talliesOf(t.chamberId);
    if (!tallies)
        return tallies.problems();
    for (const auto &existing : *tallies)
        if (existing.year == t.year)
            t.id = existing.id;
    const Problems problems = validate(t);
    return VerificationService::settling<qint64>(m_db, t.chamberId, VerificationService::Record::MediationTally, [&]() -> Result<qint64> {
        if (t.id == 0)
            return sql::addChecked(m_db, kTallies, problems, sql::storedValues(t));
        auto updated = sql::updateChecked(m_db, kTallies, t.id, problems, sql::storedValues(t), expectedVersion);
        if (!updated)
            return updated.problems();
        return Result<qint64>(t.id, updated.problems());
    });
}

Status MediationService::removeTally(qint64 id)
{
    const auto stored = getTally(id);
    if (!stored)
        return stored.problems();
    return VerificationService::settling<Done>(m_db, stored->chamberId, VerificationService::Record::MediationTally,
                                               [&] { return sql::removeRecord(m_db, kTallies, id); });
}

Result<MediationTally> MediationService::getTally(qint64 id) const
{
    return sql::byId<MediationTally>(m_db, kTallies, id, sql::RowReader<MediationTally>(), tr("There is no case tally number %1.").arg(id));
}

Result<QList<MediationTally>> MediationService::talliesOf(qint64 chamberId) const
{
    return sql::select<MediationTally>(m_db, QStringLiteral("SELECT * FROM mediation_tally WHERE chamber_id = ? ORDER BY year"), {chamberId},
                                       sql::RowReader<MediationTally>());
}

Result<QList<MediationTally>> MediationService::allTallies() const
{
    return sql::select<MediationTally>(m_db, QStringLiteral("SELECT * FROM mediation_tally ORDER BY chamber_id, year"), {}, sql::RowReader<MediationTally>());
}

} // namespace chamber
