// SPDX-License-Identifier: GPL-3.0-or-later
// PointsService: what scorecards are computed from, and the publication that freezes a year.
#include "PointsService.h"

#include "ChamberService.h"
#include "ExchangeStore.h"
#include "Dates.h"
#include "PointsSql.h"
#include "RecordSql.h"
#include "Uid.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

namespace chamber {

using namespace pointsql;

Result<ScorecardInput> PointsService::scorecardInput(int year, const QString &divisionPrefix) const
{
    // The chambers of a county whose report package was taken in are scored by that county's own
    // rule set (docs/exchange.md).
    const auto owner = ExchangeStore(m_db).ownerOf(divisionPrefix);
    if (!owner)
        return owner.problems();
    if (*owner != m_origin)
        return PointsService(m_db, *owner).scorecardInput(year, divisionPrefix);
    const auto settings = this->year(year);
    if (!settings)
        return settings.problems();
    ScorecardInput input;
    input.year = *settings;
    const auto categories = this->categories();
    const auto caps = categoryCaps(year);
    const auto rules = this->rules(year);
    if (!categories || !caps || !rules)
        return categories.problems() + caps.problems() + rules.problems();
    input.categories = *categories;
    input.categoryCapsTenths = *caps;
    input.rules = *rules;

    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // By the county's chambers (the year's entries of one chamber through points_entry_year), not
    // by every entry of the year looked up in chamber: a region's reports are one per county.
    q.prepare(QStringLiteral("SELECT %1 FROM points_entry e WHERE e.year = ? AND e.status = 'approved' "
                             "AND e.chamber_id IN (SELECT id FROM chamber WHERE %2) ORDER BY e.id")
                  .arg(kEntryColumns, sql::prefixClause(QStringLiteral("township_code"))));
    q.addBindValue(year);
    for (const auto &bound : sql::prefixBounds(divisionPrefix))
        q.addBindValue(bound);
    if (!q.exec())
        return sql::readError(q);
    QSet<qint64> withPoints;
    while (q.next()) {
        input.entries.append(entryFrom(q));
        withPoints.insert(input.entries.last().chamberId);
    }
    if (auto end = sql::readEnd(q); !end)
        return end.problems();
    const auto readVetoes = vetoes(year);
    if (!readVetoes)
        return readVetoes.problems();
    const QList<Veto> &yearVetoes = *readVetoes;
    for (const auto &v : yearVetoes)
        withPoints.insert(v.chamberId);

    // A chamber is scored for a year when it existed on any day of it (and whenever it has points).
    const QDate first(year, 1, 1), last(year, 12, 31);
    const auto histories = RegistrationService(m_db).allHistories(divisionPrefix);
    if (!histories)
        return histories.problems();
    ChamberQuery query;
    query.divisionPrefix = divisionPrefix;
    const auto chambers = ChamberService(m_db).list(query);
    if (!chambers)
        return chambers.problems();
    QSet<qint64> scored;
    for (const auto &row : *chambers) {
        const Chamber &c = row.chamber;
        const bool existed = (!c.founded || *c.founded <= last) && (!c.dissolved || *c.dissolved > first);
        if (!existed && !withPoints.contains(c.id))
            continue;
        ScoredChamber sc;
        sc.id = c.id;
        sc.name = c.name;
        sc.townshipCode = c.townshipCode;
        sc.townshipName = row.townshipName;
        sc.registeredSince = Registrations::registeredSince(histories->value(c.id), last);
        input.chambers.append(sc);
        scored.insert(c.id);
    }
    for (const auto &v : yearVetoes)
        if (scored.contains(v.chamberId))
            input.vetoes.append(v);
    return input;
}

Result<QList<Scorecard>> PointsService::scorecards(int year, const QString &divisionPrefix) const
{
    const auto input = scorecardInput(year, divisionPrefix);
    if (!input)
        return input.problems();
    return Scorecards::compute(*input);
}

// Publication ----------------------------------------------------------------------------------

namespace {

// A published report is stored compressed (issue 16): a region's is ~2.4 MB of JSON, and the
// publications were a fifth of a region's file; zlib makes one 1/14 of that, as base64 text so
// that the column stays text on every backend and in report packages. A report stored plainly (a
// file of an earlier version) reads as it is. Damaged compressed bytes read as empty, which the
// report's fingerprint check then refuses as altered.
const QByteArray kPackedPrefix = QByteArrayLiteral("zlib:");

QString packSnapshot(const QByteArray &snapshot)
{
    return QString::fromLatin1(kPackedPrefix + qCompress(snapshot, 6).toBase64());
}

QByteArray unpackSnapshot(const QByteArray &stored)
{
    if (!stored.startsWith(kPackedPrefix))
        return stored;
    const auto decoded = QByteArray::fromBase64Encoding(stored.mid(kPackedPrefix.size()), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? qUncompress(*decoded) : QByteArray();
}

PointsPublication publicationFrom(const QSqlQuery &q)
{
    PointsPublication p;
    p.id = q.value(0).toLongLong();
    p.year = q.value(1).toInt();
    p.action = q.value(2).toString() == QStringLiteral("reopen") ? PointsPublication::Action::Reopen : PointsPublication::Action::Publish;
    p.at = q.value(3).toString();
    p.actor = q.value(4).toString();
    p.reason = q.value(5).toString();
    p.issueDate = dates::fromIsoOrEmpty(q.value(6).toString());
    p.snapshot = unpackSnapshot(q.value(7).toByteArray());
    p.sha256 = q.value(8).toString();
    return p;
}

const QString kPublicationColumns = QStringLiteral("id, year, action, at, actor, reason, issue_date, snapshot, snapshot_sha256");

Result<qint64> countEntries(Database &db, int year, const QString &status)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM points_entry WHERE year = ? AND status = ?"));
    q.addBindValue(year);
    q.addBindValue(status);
    return sql::number(q);
}

} // namespace

Status PointsService::publish(int year, const QDate &issueDate, const QByteArray &snapshot)
{
    if (auto s = ensureOpen(year); !s)
        return s;
    Problems problems;
    if (!issueDate.isValid())
        problems.append(Problem::error(QStringLiteral("issue_date"), tr("The date of issue is missing.")));
    else if (issueDate < QDate(year, 1, 1))
        problems.append(Problem::error(QStringLiteral("issue_date"), tr("The date of issue %1 is before the year %2 began.")
                                                                         .arg(dates::toIso(issueDate)).arg(year)));
    else if (issueDate > QDate::currentDate())
        problems.append(Problem::error(QStringLiteral("issue_date"), tr("The date of issue %1 is in the future.").arg(dates::toIso(issueDate))));
    if (snapshot.isEmpty())
        problems.append(Problem::error(QStringLiteral("snapshot"), tr("There is no report to publish.")));
    const auto waiting = countEntries(m_db, year, QStringLiteral("submitted"));
    const auto drafts = countEntries(m_db, year, QStringLiteral("draft"));
    if (!waiting || !drafts)
        return problems + waiting.problems() + drafts.problems();
    if (*waiting > 0)
        problems.append(Problem::error(QStringLiteral("entry"), tr("%n entries of %1 still wait for approval; approve or reject them before publishing.",
                                                                   nullptr, int(*waiting)).arg(year)));
    if (*drafts > 0)
        problems.append(Problem::warning(QStringLiteral("entry"), tr("%n draft entries of %1 were never submitted; they do not count and are frozen with the year.",
                                                                     nullptr, int(*drafts)).arg(year)));
    if (hasErrors(problems))
        return problems;
    // The fingerprint covers the first line: the whole of a one-line snapshot; of a report kept in
    // parts, its header, which holds the hash of every part (ScoringReports::publish).
    const qsizetype firstLineEnd = snapshot.indexOf('\n');
    const QByteArrayView firstLine = QByteArrayView(snapshot).first(firstLineEnd < 0 ? snapshot.size() : firstLineEnd);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(firstLine, QCryptographicHash::Sha256).toHex());
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO points_publication (uid, year, action, at, actor, reason, issue_date, snapshot, snapshot_sha256) "
                             "VALUES (?, ?, 'publish', ?, ?, '', ?, ?, ?) RETURNING id"));
    q.addBindValue(Uid::fresh(m_db));  // as the database keeps uids (Uid.h), not the column's default text
    q.addBindValue(year);
    q.addBindValue(now());
    q.addBindValue(Database::actor());
    q.addBindValue(dates::toIso(issueDate));
    q.addBindValue(packSnapshot(snapshot));
    q.addBindValue(hash);
    if (!q.exec())
        return databaseError(q);
    // The publication row (append-only) keeps its own who, when and report; the year's line in the
    // log names it.
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;  // RETURNING: lastInsertId() is SQLite's alone
    q.finish();  // the statement is done: no savepoint may be released while it is open
    const auto row = ownYearRow(year);
    if (!row)
        return row.problems();
    if (auto s = sql::update(m_db, QStringLiteral("points_year"), *row, {{QStringLiteral("status"), QStringLiteral("published")}}, {},
                             QStringLiteral("publish"), QStringLiteral("publication %1").arg(id));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    return success(problems);
}

Status PointsService::reopen(int year, const QString &reason)
{
    const auto found = this->year(year);
    if (!found)
        return found.problems();
    if (!found->published)
        return Problem::error(QStringLiteral("year"), tr("The points of %1 are not published; there is nothing to reopen.").arg(year));
    if (reason.trimmed().isEmpty())
        return Problem::error(QStringLiteral("reason"), tr("Reopening a published year needs a reason, kept in its history."));
    Transaction tx(m_db);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    const auto row = ownYearRow(year);
    if (!row)
        return row.problems();
    if (auto s = sql::update(m_db, QStringLiteral("points_year"), *row, {{QStringLiteral("status"), QStringLiteral("open")}}, {},
                             QStringLiteral("reopen"), reason.trimmed());
        !s)
        return s;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO points_publication (uid, year, action, at, actor, reason) VALUES (?, ?, 'reopen', ?, ?, ?)"));
    q.addBindValue(Uid::fresh(m_db));
    q.addBindValue(year);
    q.addBindValue(now());
    q.addBindValue(Database::actor());
    q.addBindValue(reason.trimmed());
    if (!q.exec())
        return databaseError(q);
    return tx.commit();
}

Result<QList<PointsPublication>> PointsService::publications(int year) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM points_publication WHERE origin = ? AND year = ? ORDER BY id").arg(kPublicationColumns));
    q.addBindValue(nonNull(m_origin));
    q.addBindValue(year);
    return sql::rows<PointsPublication>(q, publicationFrom);
}

Result<std::optional<PointsPublication>> PointsService::currentPublication(int year) const
{
    const auto found = this->year(year);
    if (!found && readFailed(found.problems()))
        return found.problems();
    if (!found || !found->published)
        return std::optional<PointsPublication>();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM points_publication WHERE origin = ? AND year = ? AND action = 'publish' ORDER BY id DESC LIMIT 1")
                  .arg(kPublicationColumns));
    q.addBindValue(nonNull(m_origin));
    q.addBindValue(year);
    const auto rows = sql::rows<PointsPublication>(q, publicationFrom);
    if (!rows)
        return rows.problems();
    return rows->isEmpty() ? std::nullopt : std::optional(rows->first());
}

} // namespace chamber
