// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureService.h"

#include "RecordChecks.h"
#include "RecordRow.h"
#include "RecordSql.h"

namespace chamber {

namespace {

const QString kTable = QStringLiteral("party_disclosure");
const QList<sql::SortColumn> kSorts = {{QStringLiteral("township"), QStringLiteral("c.township_code")},
                                       {QStringLiteral("chamber"), QStringLiteral("c.name")},
                                       {QStringLiteral("period"), QStringLiteral("r.period")},
                                       {QStringLiteral("party_affairs"), QStringLiteral("r.party_affairs")},
                                       {QStringLiteral("chamber_affairs"), QStringLiteral("r.chamber_affairs")},
                                       {QStringLiteral("finances"), QStringLiteral("r.finances")},
                                       {QStringLiteral("disclosed"), QStringLiteral("r.disclosed_on")}};

} // namespace

Problems DisclosureService::validate(const Disclosure &d) const
{
    Problems problems = Party::validate(d);
    const auto chamber = RecordChecks::chamber(m_db, d.chamberId, problems);
    if (!chamber)
        return problems;
    RecordChecks::notBeforeFounding(problems, QStringLiteral("disclosed_on"), d.disclosedOn, *chamber);
    const auto others = of(d.chamberId);
    if (!others)
        return problems + others.problems();
    for (const auto &other : *others)
        if (other.id != d.id && other.period == d.period.trimmed().toUpper())
            problems.append(Problem::error(QStringLiteral("period"), tr("%1 already has a disclosure for %2 (number %3).")
                                                                         .arg(chamber->name, other.period)
                                                                         .arg(other.id)));
    return problems;
}

Result<qint64> DisclosureService::add(const Disclosure &d)
{
    return sql::addChecked(m_db, kTable, validate(d), sql::storedValues(d));
}

Status DisclosureService::update(const Disclosure &d, std::optional<qint64> expectedVersion)
{
    const auto stored = get(d.id);
    if (!stored)
        return stored.problems();
    Problems problems = validate(d);
    RecordChecks::sameChamber(problems, stored->chamberId, d.chamberId);
    return sql::updateChecked(m_db, kTable, d.id, problems, sql::storedValues(d), expectedVersion);
}

Status DisclosureService::remove(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.problems();
    return sql::removeRecord(m_db, kTable, id);
}

Result<Disclosure> DisclosureService::get(qint64 id) const
{
    return sql::byId<Disclosure>(m_db, kTable, id, sql::RowReader<Disclosure>(), tr("There is no disclosure number %1.").arg(id));
}

Result<QList<Disclosure>> DisclosureService::of(qint64 chamberId) const
{
    return sql::select<Disclosure>(m_db, QStringLiteral("SELECT * FROM party_disclosure WHERE chamber_id = ? ORDER BY period"), {chamberId},
                                   sql::RowReader<Disclosure>());
}

Result<QList<Listed<Disclosure>>> DisclosureService::list(const RecordQuery &query) const
{
    return sql::list<Disclosure>(m_db, kTable, {}, query, {QStringLiteral("r.period")},
                                 sql::orderBy(query, kSorts, QStringLiteral("c.township_code, c.name, r.period, r.id")), sql::RowReader<Disclosure>());
}

} // namespace chamber
