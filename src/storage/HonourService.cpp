// SPDX-License-Identifier: GPL-3.0-or-later
#include "HonourService.h"

#include "RecordChecks.h"
#include "RecordRow.h"
#include "RecordSql.h"
#include "VerificationService.h"

#include <QRegularExpression>

namespace chamber {

namespace {

const QString kTable = QStringLiteral("honour");
const QStringList kText = {QStringLiteral("r.issuing_body"), QStringLiteral("r.document_number"), QStringLiteral("r.notes")};

// Whether a ledger's honours cell, as a verification item keeps it ("广西四好商会2019、全国“四好”商会
// 2099"), names one of the kinds: an honour written by hand settles the items about its kind only.
std::function<bool(const QString &)> naming(const QList<HonourKind> &kinds)
{
    return [kinds](const QString &cell) {
        static const QRegularExpression separators(QStringLiteral("[、，,；;/\\n]+"));
        static const QRegularExpression yearAndBrackets(QStringLiteral("[0-9０-９年度（）()\\[\\]【】\\s]"));
        for (QString part : cell.split(separators, Qt::SkipEmptyParts)) {
            part.remove(yearAndBrackets);
            if (const auto kind = Honours::kindFromText(part); kind && kinds.contains(*kind))
                return true;
        }
        return false;
    };
}

sql::Where whereFor(const HonourQuery &query)
{
    sql::Where where;
    if (query.kind)
        where.add(QStringLiteral("r.kind = ?"), {Honours::kindKey(*query.kind)});
    if (query.year)
        where.add(QStringLiteral("r.year = ?"), {*query.year});
    return where;
}

} // namespace

Problems HonourService::validate(const Honour &h) const
{
    Problems problems = Honours::validate(h);
    const auto chamber = RecordChecks::chamber(m_db, h.chamberId, problems);
    if (!chamber)
        return problems;
    // A contradiction to verify (the founding date or the honour's year is wrong), kept as found.
    if (chamber->founded && h.year > 0 && h.year < chamber->founded->year())
        problems.append(Problem::warning(QStringLiteral("year"), tr("%1 was founded in %2; it cannot have been honoured in %3.")
                                                                   .arg(chamber->name)
                                                                   .arg(chamber->founded->year())
                                                                   .arg(h.year)));
    // A check built on a read refuses when the read fails: a duplicate must never pass unseen.
    Statement &q = m_db.statement(QStringLiteral("SELECT id FROM honour WHERE chamber_id = ? AND kind = ? AND year = ? AND id <> ? ORDER BY id LIMIT 1"));
    if (auto s = sql::exec(q, {h.chamberId, Honours::kindKey(h.kind), h.year, h.id}); !s) {
        problems.append(sql::readError(q));  // a duplicate must never pass unseen
        return problems;
    }
    const bool found = q.next();
    const qint64 other = found ? q.value(0).toLongLong() : 0;
    const Status end = sql::readEnd(q);
    q.finish();
    if (!end)
        return problems + end.problems();
    if (found)
        problems.append(Problem::error(QStringLiteral("year"), tr("%1 already holds %2 for %3 (number %4).")
                                                                   .arg(chamber->name, Honours::kindName(h.kind))
                                                                   .arg(h.year)
                                                                   .arg(other)));
    return problems;
}

Result<qint64> HonourService::add(const Honour &h)
{
    return VerificationService::settling<qint64>(
        m_db, h.chamberId, VerificationService::Record::Honour,
        [&] { return sql::addChecked(m_db, kTable, validate(h), sql::storedValues(h)); }, naming({h.kind}));
}

Status HonourService::update(const Honour &h, std::optional<qint64> expectedVersion)
{
    const auto stored = get(h.id);
    if (!stored)
        return stored.problems();
    Problems problems = validate(h);
    RecordChecks::sameChamber(problems, stored->chamberId, h.chamberId);
    return VerificationService::settling<Done>(
        m_db, h.chamberId, VerificationService::Record::Honour,
        [&] { return sql::updateChecked(m_db, kTable, h.id, problems, sql::storedValues(h), expectedVersion); }, naming({stored->kind, h.kind}));
}

Status HonourService::remove(qint64 id)
{
    const auto stored = get(id);
    if (!stored)
        return stored.problems();
    return VerificationService::settling<Done>(m_db, stored->chamberId, VerificationService::Record::Honour,
                                               [&] { return sql::removeRecord(m_db, kTable, id); }, naming({stored->kind}));
}

Result<Honour> HonourService::get(qint64 id) const
{
    return sql::byId<Honour>(m_db, kTable, id, sql::RowReader<Honour>(), tr("There is no honour number %1.").arg(id));
}

Result<QList<Honour>> HonourService::of(qint64 chamberId) const
{
    return sql::select<Honour>(m_db, QStringLiteral("SELECT * FROM honour WHERE chamber_id = ? ORDER BY year, kind"), {chamberId}, sql::RowReader<Honour>());
}

Result<QList<Listed<Honour>>> HonourService::list(const HonourQuery &query) const
{
    return sql::list<Honour>(m_db, kTable, whereFor(query), query, kText, QStringLiteral("r.year DESC, c.township_code, c.name, r.kind"), sql::RowReader<Honour>());
}

Result<int> HonourService::count(const HonourQuery &query) const
{
    return sql::count(m_db, kTable, whereFor(query), query, kText);
}

Result<QList<Honour>> HonourService::all() const
{
    return sql::select<Honour>(m_db, QStringLiteral("SELECT * FROM honour ORDER BY chamber_id, year, kind"), {}, sql::RowReader<Honour>());
}

} // namespace chamber
