// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyService.h"

#include "RecordChecks.h"
#include "RecordRow.h"
#include "RecordSql.h"
#include "VerificationService.h"

namespace chamber {

namespace {

const QString kOrganizations = QStringLiteral("party_organization");
const QString kInstructors = QStringLiteral("party_instructor");

const QStringList kOrganizationText = {QStringLiteral("r.name"), QStringLiteral("r.secretary"), QStringLiteral("r.joint_with")};
const QStringList kInstructorText = {QStringLiteral("r.name"), QStringLiteral("r.unit"), QStringLiteral("r.phone")};

QList<sql::SortColumn> organizationSorts()
{
    QStringList forms;
    for (auto f : Party::allForms())
        forms.append(Party::formKey(f));
    return {{QStringLiteral("township"), QStringLiteral("c.township_code")},
            {QStringLiteral("chamber"), QStringLiteral("c.name")},
            {QStringLiteral("name"), QStringLiteral("r.name")},
            {QStringLiteral("form"), sql::rank(QStringLiteral("r.form"), forms)},
            {QStringLiteral("members"), QStringLiteral("r.members")},
            {QStringLiteral("secretary"), QStringLiteral("r.secretary")},
            {QStringLiteral("stars"), QStringLiteral("r.star_rating")},
            {QStringLiteral("founded"), QStringLiteral("r.founded_on")}};
}
const QList<sql::SortColumn> kInstructorSorts = {{QStringLiteral("township"), QStringLiteral("c.township_code")},
                                                 {QStringLiteral("chamber"), QStringLiteral("c.name")},
                                                 {QStringLiteral("name"), QStringLiteral("r.name")},
                                                 {QStringLiteral("unit"), QStringLiteral("r.unit")},
                                                 {QStringLiteral("phone"), QStringLiteral("r.phone")},
                                                 {QStringLiteral("from"), QStringLiteral("r.from_on")},
                                                 {QStringLiteral("until"), QStringLiteral("r.until_on")}};

} // namespace

// --- organisations ------------------------------------------------------------------------------

Problems PartyService::validate(const PartyOrganization &o) const
{
    Problems problems = Party::validate(o);
    const auto chamber = RecordChecks::chamber(m_db, o.chamberId, problems);
    if (!chamber)
        return problems;
    RecordChecks::notBeforeFounding(problems, QStringLiteral("founded"), o.founded, *chamber);
    const auto existing = sql::idWhere(m_db, QStringLiteral("party_organization"), QStringLiteral("chamber_id"), o.chamberId);
    if (!existing)
        problems.append(existing.problems());
    else if (*existing && **existing != o.id)
        problems.append(Problem::error(QStringLiteral("chamber"), tr("%1 already has a Party organisation (number %2); change that one instead.")
                                                                      .arg(chamber->name)
                                                                      .arg(**existing)));
    return problems;
}

Result<qint64> PartyService::addOrganization(const PartyOrganization &o)
{
    return VerificationService::settling<qint64>(m_db, o.chamberId, VerificationService::Record::PartyOrganization, [&] {
        return sql::addChecked(m_db, kOrganizations, validate(o), sql::storedValues(o));
    });
}

Status PartyService::updateOrganization(const PartyOrganization &o, std::optional<qint64> expectedVersion)
{
    const auto stored = getOrganization(o.id);
    if (!stored)
        return stored.problems();
    Problems problems = validate(o);
    RecordChecks::sameChamber(problems, stored->chamberId, o.chamberId);
    return VerificationService::settling<Done>(m_db, o.chamberId, VerificationService::Record::PartyOrganization, [&] {
        return sql::updateChecked(m_db, kOrganizations, o.id, problems, sql::storedValues(o), expectedVersion);
    });
}

Result<qint64> PartyService::setOrganization(PartyOrganization o)
{
    const auto existing = sql::idWhere(m_db, QStringLiteral("party_organization"), QStringLiteral("chamber_id"), o.chamberId);
    if (!existing)
        return existing.problems();
    if (!*existing)
        return addOrganization(o);
    o.id = **existing;
    auto updated = updateOrganization(o);
    if (!updated)
        return updated.problems();
    return Result<qint64>(o.id, updated.problems());
}

Status PartyService::removeOrganization(qint64 id)
{
    const auto stored = getOrganization(id);
    if (!stored)
        return stored.problems();
    return VerificationService::settling<Done>(m_db, stored->chamberId, VerificationService::Record::PartyOrganization, [&] {
        return sql::removeRecord(m_db, kOrganizations, id);
    });
}

Result<PartyOrganization> PartyService::getOrganization(qint64 id) const
{
    return sql::byId<PartyOrganization>(m_db, kOrganizations, id, sql::RowReader<PartyOrganization>(), tr("There is no Party organisation number %1.").arg(id));
}

Result<std::optional<PartyOrganization>> PartyService::organizationOf(qint64 chamberId) const
{
    const auto rows = sql::select<PartyOrganization>(m_db, QStringLiteral("SELECT * FROM party_organization WHERE chamber_id = ?"),
                                                     {chamberId}, sql::RowReader<PartyOrganization>());
    if (!rows)
        return rows.problems();
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

Result<QList<Listed<PartyOrganization>>> PartyService::listOrganizations(const RecordQuery &query) const
{
    static const QList<sql::SortColumn> sorts = organizationSorts();
    return sql::list<PartyOrganization>(m_db, kOrganizations, {}, query, kOrganizationText,
                                        sql::orderBy(query, sorts, QStringLiteral("c.township_code, c.name, r.id")), sql::RowReader<PartyOrganization>());
}

Result<int> PartyService::countOrganizations(const RecordQuery &query) const
{
    return sql::count(m_db, kOrganizations, {}, query, kOrganizationText);
}

Result<QList<PartyOrganization>> PartyService::allOrganizations() const
{
    return sql::select<PartyOrganization>(m_db, QStringLiteral("SELECT * FROM party_organization ORDER BY chamber_id"), {}, sql::RowReader<PartyOrganization>());
}

// --- instructors --------------------------------------------------------------------------------

Problems PartyService::validate(const PartyInstructor &i) const
{
    Problems problems = Party::validate(i);
    const auto chamber = RecordChecks::chamber(m_db, i.chamberId, problems);
    if (!chamber)
        return problems;
    RecordChecks::notBeforeFounding(problems, QStringLiteral("from"), i.from, *chamber);
    // Two in post at once happens (an instructor and a liaison), but is worth a look.
    const auto others = instructorsOf(i.chamberId);
    if (!others)
        return problems + others.problems();
    for (const auto &other : *others) {
        if (other.id == i.id || other.until || i.until)
            continue;
        problems.append(Problem::warning(QStringLiteral("until"), tr("%1 is also in post for %2; give the date %1 left if %3 took over.")
                                                                      .arg(other.name, chamber->name, i.name)));
    }
    return problems;
}

Result<qint64> PartyService::addInstructor(const PartyInstructor &i)
{
    return VerificationService::settling<qint64>(m_db, i.chamberId, VerificationService::Record::PartyInstructor,
                                                 [&] { return sql::addChecked(m_db, kInstructors, validate(i), sql::storedValues(i)); });
}

Status PartyService::updateInstructor(const PartyInstructor &i, std::optional<qint64> expectedVersion)
{
    const auto stored = getInstructor(i.id);
    if (!stored)
        return stored.problems();
    Problems problems = validate(i);
    RecordChecks::sameChamber(problems, stored->chamberId, i.chamberId);
    return VerificationService::settling<Done>(m_db, i.chamberId, VerificationService::Record::PartyInstructor,
                                               [&] { return sql::updateChecked(m_db, kInstructors, i.id, problems, sql::storedValues(i), expectedVersion); });
}

Status PartyService::removeInstructor(qint64 id)
{
    const auto stored = getInstructor(id);
    if (!stored)
        return stored.problems();
    return VerificationService::settling<Done>(m_db, stored->chamberId, VerificationService::Record::PartyInstructor,
                                               [&] { return sql::removeRecord(m_db, kInstructors, id); });
}

Result<PartyInstructor> PartyService::getInstructor(qint64 id) const
{
    return sql::byId<PartyInstructor>(m_db, kInstructors, id, sql::RowReader<PartyInstructor>(), tr("There is no Party instructor number %1.").arg(id));
}

Result<QList<PartyInstructor>> PartyService::instructorsOf(qint64 chamberId) const
{
    return sql::select<PartyInstructor>(m_db, QStringLiteral("SELECT * FROM party_instructor WHERE chamber_id = ? ORDER BY from_on, id"),
                                        {chamberId}, sql::RowReader<PartyInstructor>());
}

Result<QList<Listed<PartyInstructor>>> PartyService::listInstructors(const RecordQuery &query) const
{
    return sql::list<PartyInstructor>(m_db, kInstructors, {}, query, kInstructorText,
                                      sql::orderBy(query, kInstructorSorts, QStringLiteral("c.township_code, c.name, r.from_on, r.id")),
                                      sql::RowReader<PartyInstructor>());
}

Result<QList<PartyInstructor>> PartyService::allInstructors() const
{
    return sql::select<PartyInstructor>(m_db, QStringLiteral("SELECT * FROM party_instructor ORDER BY chamber_id, from_on, id"), {}, sql::RowReader<PartyInstructor>());
}

} // namespace chamber
