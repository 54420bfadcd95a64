// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberService.h"

#include "CreditCode.h"
#include "RecordChecks.h"
#include "RecordRow.h"
#include "RecordSql.h"

namespace chamber {

namespace {

const QString kTable = QStringLiteral("member");
const QStringList kText = {QStringLiteral("r.name"), QStringLiteral("r.credit_code"), QStringLiteral("r.representative"),
                           QStringLiteral("r.phone"), QStringLiteral("r.industry")};

sql::Where whereFor(const MemberQuery &query)
{
    sql::Where where;
    if (query.kind)
        where.add(QStringLiteral("r.kind = ?"), {Members::kindKey(*query.kind)});
    if (query.role)
        where.add(QStringLiteral("r.role = ?"), {Members::roleKey(*query.role)});
    if (query.currentOnly)
        where.add(QStringLiteral("r.left_on IS NULL"));
    return where;
}

// Leaders first, in the order of Members::allRoles(), then by name.
const QString kRoleOrder = QStringLiteral(
    "CASE r.role WHEN 'president' THEN 0 WHEN 'executive_vice_president' THEN 1 WHEN 'vice_president' THEN 2 "
    "WHEN 'secretary_general' THEN 3 WHEN 'executive_director' THEN 4 WHEN 'director' THEN 5 WHEN 'supervisor' THEN 6 ELSE 7 END");

} // namespace

Problems MemberService::validate(const Member &m) const
{
    Problems problems = Members::validate(m);
    const auto chamber = RecordChecks::chamber(m_db, m.chamberId, problems);
    if (!chamber)
        return problems;
    const QString code = CreditCode::normalise(m.creditCode);
    // Only the members that can clash (same credit code, or another current president), in the
    // list's order: reading the whole list per member added made a chamber's members quadratic.
    const bool president = m.role == MemberRole::President && !m.leftOn;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT * FROM member r WHERE chamber_id = ? AND id <> ? AND ((credit_code <> '' AND credit_code = ?) "
                                                "OR (? = 1 AND role = 'president' AND left_on IS NULL)) ORDER BY %1, r.name, r.id")
                                     .arg(kRoleOrder));
    QList<Member> others;
    if (!sql::exec(q, {m.chamberId, m.id, code, president ? 1 : 0})) {
        problems.append(sql::readError(q));
        return problems;
    }
    sql::RowReader<Member> read;
    while (q.next())
        others.append(read(q));
    const Status end = sql::readEnd(q);
    q.finish();
    if (!end)
        return problems + end.problems();
    for (const auto &other : others) {
        if (other.id == m.id)
            continue;
        if (!code.isEmpty() && other.creditCode == code)
            problems.append(Problem::error(QStringLiteral("credit_code"), tr("%1 is already on the list with the credit code %2 (number %3).")
                                                                              .arg(other.name, code)
                                                                              .arg(other.id)));
        if (m.role == MemberRole::President && other.role == MemberRole::President && !other.leftOn && !m.leftOn)
            problems.append(Problem::warning(QStringLiteral("role"), tr("%1 is also listed as president of %2.").arg(other.name, chamber->name)));
    }
    return problems;
}

Result<qint64> MemberService::add(const Member &m)
{
    return sql::addChecked(m_db, kTable, validate(m), sql::storedValues(m));
}

Status MemberService::update(const Member &m, std::optional<qint64> expectedVersion)
{
    const auto stored = get(m.id);
    if (!stored)
        return stored.problems();
    Problems problems = validate(m);
    RecordChecks::sameChamber(problems, stored->chamberId, m.chamberId);
    return sql::updateChecked(m_db, kTable, m.id, problems, sql::storedValues(m), expectedVersion);
}

Status MemberService::remove(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.problems();
    return sql::removeRecord(m_db, kTable, id);
}

Result<Member> MemberService::get(qint64 id) const
{
    return sql::byId<Member>(m_db, kTable, id, sql::RowReader<Member>(), tr("There is no member number %1.").arg(id));
}

Result<QList<Member>> MemberService::of(qint64 chamberId) const
{
    return sql::select<Member>(m_db, QStringLiteral("SELECT * FROM member r WHERE chamber_id = ? ORDER BY %1, r.name, r.id").arg(kRoleOrder),
                               {chamberId}, sql::RowReader<Member>());
}

Result<QList<Listed<Member>>> MemberService::list(const MemberQuery &query) const
{
    return sql::list<Member>(m_db, kTable, whereFor(query), query, kText,
                             QStringLiteral("c.township_code, c.name, %1, r.name, r.id").arg(kRoleOrder), sql::RowReader<Member>());
}

Result<int> MemberService::count(const MemberQuery &query) const
{
    return sql::count(m_db, kTable, whereFor(query), query, kText);
}

namespace {
QString countSql(const char *kind, const char *plainColumn)
{
    return QStringLiteral("(CASE WHEN c.member_list_kept = 1 THEN (SELECT count(*) FROM member m WHERE m.chamber_id = c.id "
                          "AND m.kind = '%1' AND m.left_on IS NULL) ELSE c.%2 END)")
        .arg(QLatin1String(kind), QLatin1String(plainColumn));
}
} // namespace

QString MemberService::individualCountSql()
{
    return countSql("individual", "individual_members");
}

QString MemberService::unitCountSql()
{
    return countSql("enterprise", "unit_members");
}

Result<bool> MemberService::listKept(qint64 chamberId) const
{
    const auto kept = sql::select<bool>(m_db, QStringLiteral("SELECT member_list_kept FROM chamber WHERE id = ?"), {chamberId},
                                        [](const QSqlQuery &q) { return q.value(0).toInt() != 0; });
    if (!kept)
        return kept.problems();
    return !kept->isEmpty() && kept->first();
}

Result<MemberCounts> MemberService::countsOf(qint64 chamberId, const QDate &date) const
{
    const auto members = of(chamberId);
    if (!members)
        return members.problems();
    return Members::countOn(*members, date);
}

Status MemberService::setListKept(qint64 chamberId, bool kept)
{
    Problems problems;
    if (!RecordChecks::chamber(m_db, chamberId, problems))
        return problems;
    const auto keptNow = listKept(chamberId);
    if (!keptNow)
        return keptNow.problems();
    if (*keptNow == kept)
        return success();
    const auto read = countsOf(chamberId);
    if (!read)
        return read.problems();
    const MemberCounts counts = *read;
    return sql::write<Done>(m_db, [&]() -> Status {
        const QString action = kept ? QStringLiteral("member_list_kept") : QStringLiteral("member_list_not_kept");
        if (kept)
            return sql::update(m_db, QStringLiteral("chamber"), chamberId, {{QStringLiteral("member_list_kept"), 1}}, {}, action);
        // The counts the list gave are kept as the chamber's own.
        return sql::update(m_db, QStringLiteral("chamber"), chamberId,
                           {{QStringLiteral("member_list_kept"), 0},
                            {QStringLiteral("individual_members"), counts.individual},
                            {QStringLiteral("unit_members"), counts.enterprise}},
                           {}, action);
    });
}

} // namespace chamber
