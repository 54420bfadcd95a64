// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerificationService.h"

#include "RecordSql.h"

#include <QSqlQuery>

namespace chamber {

namespace {

const QString kColumns = QStringLiteral("id, chamber_id, field, value, reason, kind, source_file, sheet, source_row, created_at, "
                                        "created_by, resolved_at, resolved_by, resolution, resolution_note");

std::optional<VerificationItem::Resolution> resolutionFrom(const QString &key)
{
    for (auto r : {VerificationItem::Resolution::UsedValue, VerificationItem::Resolution::Dismissed, VerificationItem::Resolution::Edited})
        if (VerificationItem::resolutionKey(r) == key)
            return r;
    return std::nullopt;
}

VerificationItem itemFrom(const QSqlQuery &q)
{
    VerificationItem v;
    v.id = q.value(0).toLongLong();
    v.chamberId = q.value(1).toLongLong();
    v.field = q.value(2).toString();
    v.value = q.value(3).toString();
    v.reason = q.value(4).toString();
    v.kind = q.value(5).toString() == QStringLiteral("doubtful") ? VerificationItem::Kind::Doubtful : VerificationItem::Kind::HeldBack;
    v.sourceFile = q.value(6).toString();
    v.sheet = q.value(7).toString();
    v.sourceRow = q.value(8).toInt();
    v.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    v.createdBy = q.value(10).toString();
    if (!q.value(11).isNull())
        v.resolvedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    v.resolvedBy = q.value(12).toString();
    v.resolution = resolutionFrom(q.value(13).toString());
    v.resolutionNote = q.value(14).toString();
    return v;
}

} // namespace

QString VerificationItem::kindKey(Kind kind)
{
    return kind == Kind::Doubtful ? QStringLiteral("doubtful") : QStringLiteral("held_back");
}

QString VerificationItem::resolutionKey(Resolution r)
{
    switch (r) {
    case Resolution::UsedValue: return QStringLiteral("used_value");
    case Resolution::Dismissed: return QStringLiteral("dismissed");
    case Resolution::Edited: return QStringLiteral("edited");
    }
    return {};
}

QString VerificationItem::resolutionName(Resolution r)
{
    switch (r) {
    case Resolution::UsedValue: return VerificationService::tr("value used");
    case Resolution::Dismissed: return VerificationService::tr("dismissed");
    case Resolution::Edited: return VerificationService::tr("field edited");
    }
    return {};
}

Result<qint64> VerificationService::add(const VerificationItem &item)
{
    if (item.chamberId <= 0)
        return Problem::error(QStringLiteral("chamber"), tr("A verification item needs its chamber."));
    if (item.field.trimmed().isEmpty())
        return Problem::error(QStringLiteral("field"), tr("A verification item needs the field it is about."));
    if (item.reason.trimmed().isEmpty())
        return Problem::error(QStringLiteral("reason"), tr("A verification item needs the reason it was raised."));
    return sql::write<qint64>(m_db, [&]() -> Result<qint64> {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id FROM verification_item WHERE chamber_id = ? AND field = ? AND value = ? AND resolved_at IS NULL"));
        if (auto s = sql::exec(q, {item.chamberId, item.field, nonNull(item.value)}); !s)
            return s.problems();
        if (q.next())
            return qint64(0);  // already open: a re-import adds nothing
        q.finish();
        const QDateTime at = item.createdAt.isValid() ? item.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
        return sql::insert(m_db, QStringLiteral("verification_item"),
                           {{QStringLiteral("chamber_id"), item.chamberId},
                            {QStringLiteral("field"), item.field},
                            {QStringLiteral("value"), nonNull(item.value)},
                            {QStringLiteral("reason"), item.reason},
                            {QStringLiteral("kind"), VerificationItem::kindKey(item.kind)},
                            {QStringLiteral("source_file"), nonNull(item.sourceFile)},
                            {QStringLiteral("sheet"), nonNull(item.sheet)},
                            {QStringLiteral("source_row"), item.sourceRow > 0 ? QVariant(item.sourceRow) : QVariant()},
                            {QStringLiteral("created_at"), at.toString(Qt::ISODate)},
                            {QStringLiteral("created_by"), item.createdBy.isEmpty() ? Database::actor() : item.createdBy}});
    });
}

Result<VerificationItem> VerificationService::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM verification_item WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    const auto found = sql::rows<VerificationItem>(q, itemFrom);
    if (!found)
        return found.problems();
    if (found->isEmpty())
        return Problem::error(QStringLiteral("id"), tr("There is no verification item number %1.").arg(id));
    return found->first();
}

Result<QList<VerificationItem>> VerificationService::list(const VerificationQuery &query) const
{
    QStringList where;
    QVariantList binds;
    if (query.chamberId) {
        where.append(QStringLiteral("chamber_id = ?"));
        binds.append(*query.chamberId);
    }
    if (query.openOnly)
        where.append(QStringLiteral("resolved_at IS NULL"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM verification_item%2 ORDER BY chamber_id, id")
                  .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const auto &b : binds)
        q.addBindValue(b);
    return sql::rows<VerificationItem>(q, itemFrom);
}

Result<int> VerificationService::openCount() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM verification_item WHERE resolved_at IS NULL"));
    const auto count = sql::number(q);
    if (!count)
        return count.problems();
    return int(*count);
}

Result<QHash<qint64, int>> VerificationService::openCountsByChamber() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT chamber_id, count(*) FROM verification_item WHERE resolved_at IS NULL GROUP BY chamber_id"));
    const auto counts = sql::rows<std::pair<qint64, int>>(q, [](const QSqlQuery &row) {
        return std::pair{row.value(0).toLongLong(), row.value(1).toInt()};
    });
    if (!counts)
        return counts.problems();
    QHash<qint64, int> out;
    for (const auto &[chamber, count] : *counts)
        out.insert(chamber, count);
    return out;
}

Status VerificationService::resolve(qint64 id, VerificationItem::Resolution resolution, const QString &note)
{
    const auto item = get(id);
    if (!item)
        return item.problems();
    if (!item->open())
        return Problem::error(QStringLiteral("id"), tr("Verification item number %1 is already resolved (%2).")
                                                        .arg(id)
                                                        .arg(VerificationItem::resolutionName(*item->resolution)));
    if (resolution == VerificationItem::Resolution::Dismissed && note.trimmed().isEmpty())
        return Problem::error(QStringLiteral("reason"), tr("Say why the value is dismissed."));
    const auto written = sql::write<bool>(m_db, [&]() -> Result<bool> {
        if (auto s = sql::update(m_db, QStringLiteral("verification_item"), id,
                                 {{QStringLiteral("resolved_at"), sql::now()},
                                  {QStringLiteral("resolved_by"), Database::actor()},
                                  {QStringLiteral("resolution"), VerificationItem::resolutionKey(resolution)},
                                  {QStringLiteral("resolution_note"), nonNull(note.trimmed())}},
                                 {}, VerificationItem::resolutionKey(resolution));
            !s)
            return s.problems();
        return true;
    });
    if (!written)
        return written.problems();
    return success();
}

Status VerificationService::resolveEdited(qint64 chamberId, const QStringList &fields, const std::function<bool(const QString &)> &matches)
{
    if (fields.isEmpty() || chamberId <= 0)
        return success();
    // Prepared once per connection: every record an import writes comes here.
    Statement &q = m_db.statement(QStringLiteral("SELECT id, field, value FROM verification_item WHERE chamber_id = ? AND resolved_at IS NULL"));
    if (auto s = sql::exec(q, {chamberId}); !s) {
        q.finish();
        return s;
    }
    QList<qint64> ids;
    while (q.next())
        if (fields.contains(q.value(1).toString()) && (!matches || matches(q.value(2).toString())))
            ids.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 id : ids)
        if (auto s = resolve(id, VerificationItem::Resolution::Edited); !s)
            return s;
    return success();
}

QStringList VerificationService::editedFields(const Chamber &a, const Chamber &b)
{
    QStringList out;
    auto check = [&out](bool differs, const char *key) {
        if (differs)
            out.append(QString::fromLatin1(key));
    };
    check(a.townshipCode != b.townshipCode, "township");
    check(a.name.trimmed() != b.name.trimmed(), "name");
    check(a.founded != b.founded, "founded");
    check(a.status != b.status, "status");
    check(a.dissolved != b.dissolved, "dissolved");
    check(a.president != b.president, "president");
    check(a.presidentPhone != b.presidentPhone, "president_phone");
    check(a.secretaryGeneral != b.secretaryGeneral, "secretary_general");
    check(a.secretaryPhone != b.secretaryPhone, "secretary_phone");
    check(a.contactPerson != b.contactPerson, "contact_person");
    check(a.contactPhone != b.contactPhone, "contact_phone");
    check(a.premises != b.premises, "premises");
    check(a.fullTimeStaff != b.fullTimeStaff, "full_time_staff");
    check(a.activityFundsFen != b.activityFundsFen, "activity_funds");
    check(a.individualMembers != b.individualMembers, "individual_members");
    check(a.unitMembers != b.unitMembers, "unit_members");
    check(a.individualMembers != b.individualMembers || a.unitMembers != b.unitMembers, "total_members");
    check(a.independentLiability != b.independentLiability, "independent_liability");
    check(a.creditCode != b.creditCode, "credit_code");
    check(a.notes != b.notes, "notes");
    check(a.supervisingUnit != b.supervisingUnit, "supervising_unit");
    return out;
}

const QStringList &VerificationService::recordFields(Record record)
{
    static const QStringList party = {QStringLiteral("party_organization"), QStringLiteral("party_form"), QStringLiteral("party_members")};
    static const QStringList instructor = {QStringLiteral("party_instructor")};
    static const QStringList committee = {QStringLiteral("mediation_committee")};
    static const QStringList tally = {QStringLiteral("mediation_cases"), QStringLiteral("mediation_settled")};
    static const QStringList honour = {QStringLiteral("honours")};
    switch (record) {
    case Record::PartyOrganization: return party;
    case Record::PartyInstructor: return instructor;
    case Record::MediationCommittee: return committee;
    case Record::MediationTally: return tally;
    case Record::Honour: return honour;
    }
    return honour;
}

const QStringList &VerificationService::registrationFields()
{
    static const QStringList fields = {QStringLiteral("registration"), QStringLiteral("registration_date"), QStringLiteral("credit_code")};
    return fields;
}

} // namespace chamber
