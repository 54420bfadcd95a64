// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChamberService.h"

#include "CreditCode.h"
#include "Dates.h"
#include "DivisionService.h"
#include "MemberService.h"
#include "Readiness.h"
#include "RecordChecks.h"
#include "VerificationService.h"
#include "RecordRow.h"
#include "RecordSql.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace chamber {

namespace {

// What the SELECT gives for the fields read from an expression (FieldDescription::computedOnRead):
// a chamber's member counts, from its member list where one is kept (MemberService).
QString computedColumn(const QString &column)
{
    if (column == QLatin1String("individual_members"))
        return MemberService::individualCountSql();
    Q_ASSERT(column == QLatin1String("unit_members"));
    return MemberService::unitCountSql();
}

// A chamber's columns: its id, then its fields in the description's order, each by its column or,
// computed on read, by its expression. A list adds the township's name and the registration
// status after them (kListedAt).
const QString &chamberColumns()
{
    static const QString columns = [] {
        QStringList out{QStringLiteral("c.id")};
        for (const auto &f : sql::storedFields<Chamber>())
            out.append(f.field->computedOnRead ? computedColumn(f.column) : QStringLiteral("c.") + f.column);
        return out.join(QStringLiteral(", "));
    }();
    return columns;
}

// The current registration status: the last event by date, then by insertion.
const QString kCurrentRegistration = QStringLiteral(
    "coalesce((SELECT r.status FROM registration_event r WHERE r.chamber_id = c.id "
    "ORDER BY r.effective_on DESC, r.id DESC LIMIT 1), 'not_registered')");

// A chamber from a row of chamberColumns(): its columns by the one row mapping (RecordRow.h), the
// fields computed on read by their places (after the id, in the description's order). One reader
// per statement run.
class ChamberReader
{
public:
    Chamber operator()(const QSqlQuery &q)
    {
        Chamber c = m_read(q);
        const auto &fields = sql::storedFields<Chamber>();
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (fields[i].field->computedOnRead)
                fields[i].binding->set(c, sql::storedForm(*fields[i].field, q.value(int(i) + 1)));
        return c;
    }

private:
    sql::RowReader<Chamber> m_read;
};

// Where a list's township name and registration status stand: after the id and the fields.
int listedAt()
{
    return int(sql::storedFields<Chamber>().size()) + 1;
}

// Readiness::ready written as SQL, so that the list of chambers ready to register can be paged:
// the same conditions with the same thresholds (a storage test holds the two together), on the
// member counts the list shows (from the member list where it is kept).
QString readyToRegisterSql()
{
    // The count expressions hold no %-markers, so arg() fills only the thresholds.
    const QString individual = MemberService::individualCountSql();
    const QString unit = MemberService::unitCountSql();
    const QString members = QStringLiteral("(") + unit + QStringLiteral(" >= %1 OR ") + individual + QStringLiteral(" + ") + unit
                            + QStringLiteral(" >= %2)");
    return QStringLiteral("(c.status <> 'dissolved' AND ") + kCurrentRegistration + QStringLiteral(" <> 'registered' AND ")
           + members.arg(Readiness::kMinUnitMembers).arg(Readiness::kMinMixedMembers)
           + QStringLiteral(" AND trim(c.name) <> '' AND trim(c.president) <> '' AND trim(c.secretary_general) <> '' "
                            "AND trim(c.premises) <> '' AND c.full_time_staff > 0 AND c.activity_funds_fen >= %1 "
                            "AND c.independent_liability = 1)")
                 .arg(Readiness::kMinActivityFundsFen);
}

// ORDER BY for a sort, always ending in a unique key so that pages never overlap.
QString orderFor(const ChamberQuery &query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    QString key;
    switch (query.sort) {
    case ChamberSort::ByTownship: key = QStringLiteral("c.township_code") + direction + QStringLiteral(", c.name"); break;
    case ChamberSort::ByName: key = QStringLiteral("c.name") + direction; break;
    case ChamberSort::ByFounded: key = QStringLiteral("c.founded_on IS NULL, c.founded_on") + direction; break;
    case ChamberSort::ByStatus:
        key = QStringLiteral("CASE c.status WHEN 'active' THEN 0 WHEN 'dormant' THEN 1 ELSE 2 END") + direction;
        break;
    case ChamberSort::ByMembers:
        key = QStringLiteral("(") + MemberService::individualCountSql() + QStringLiteral(") + (") + MemberService::unitCountSql()
              + QStringLiteral(")") + direction;
        break;
    case ChamberSort::ByRegistration:  // in the order a chamber goes through them
        key = QStringLiteral("CASE ") + kCurrentRegistration
              + QStringLiteral(" WHEN 'not_registered' THEN 0 WHEN 'preparing' THEN 1 WHEN 'applied' THEN 2 "
                               "WHEN 'registered' THEN 3 ELSE 4 END")
              + direction;
        break;
    case ChamberSort::ByPresident: key = QStringLiteral("c.president = '', c.president") + direction; break;
    case ChamberSort::ByPhone: key = QStringLiteral("coalesce(nullif(c.contact_phone, ''), c.president_phone) = '', "
                                                          "coalesce(nullif(c.contact_phone, ''), c.president_phone)") + direction; break;
    }
    return QStringLiteral(" ORDER BY ") + key + QStringLiteral(", c.township_code, c.name, c.id");
}

// WHERE clause and its bound values for a query.
QString whereFor(const ChamberQuery &query, QVariantList &binds)
{
    QStringList parts;
    if (!query.text.trimmed().isEmpty()) {
        // lower() on both sides: the same rows on SQLite (whose LIKE ignores ASCII case) and PostgreSQL.
        parts.append(QStringLiteral("(lower(c.name) LIKE lower(?) ESCAPE '\\' OR lower(d.name) LIKE lower(?) ESCAPE '\\' "
                                    "OR lower(c.president) LIKE lower(?) ESCAPE '\\' OR lower(c.secretary_general) LIKE lower(?) ESCAPE '\\' "
                                    "OR lower(c.credit_code) LIKE lower(?) ESCAPE '\\')"));
        const QString pattern = sql::likePattern(query.text.trimmed());
        for (int i = 0; i < 5; ++i)
            binds.append(pattern);
    }
    if (!query.divisionPrefix.isEmpty()) {
        parts.append(sql::prefixClause(QStringLiteral("c.township_code")));
        binds.append(sql::prefixBounds(query.divisionPrefix));
    }
    if (query.status) {
        parts.append(QStringLiteral("c.status = ?"));
        binds.append(Chambers::statusKey(*query.status));
    }
    if (query.registration) {
        parts.append(kCurrentRegistration + QStringLiteral(" = ?"));
        binds.append(Registrations::statusKey(*query.registration));
    }
    if (query.readyOnly)
        parts.append(readyToRegisterSql());
    if (query.hasPartyOrganization)
        parts.append((*query.hasPartyOrganization ? QStringLiteral("EXISTS") : QStringLiteral("NOT EXISTS"))
                     + QStringLiteral(" (SELECT 1 FROM party_organization p WHERE p.chamber_id = c.id)"));
    if (query.toVerifyOnly)
        parts.append(QStringLiteral("EXISTS (SELECT 1 FROM verification_item v WHERE v.chamber_id = c.id AND v.resolved_at IS NULL)"));
    if (query.id) {
        parts.append(QStringLiteral("c.id = ?"));
        binds.append(*query.id);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Problems ChamberService::validate(const Chamber &chamber) const
{
    Problems problems = Chambers::validate(chamber);
    const auto isTownship = DivisionService(m_db).isTownship(chamber.townshipCode);
    if (!isTownship)
        return problems + isTownship.problems();
    if (!chamber.townshipCode.isEmpty() && !*isTownship)
        problems.append(Problem::error(QStringLiteral("township"),
                                       tr("There is no township %1 in this database's scope.").arg(chamber.townshipCode)));
    if (!chamber.creditCode.isEmpty())
        problems.append(CreditCode::validate(chamber.creditCode, chamber.townshipCode.left(6)));
    // The checks run for every chamber an import or the demo adds: each statement is prepared once.
    Statement &q = m_db.statement(QStringLiteral("SELECT id FROM chamber WHERE township_code = ? AND name = ? AND id <> ?"));
    q.addBindValue(chamber.townshipCode);
    q.addBindValue(chamber.name.trimmed());
    q.addBindValue(chamber.id);
    if (!q.exec())
        problems.append(sql::readError(q));
    else if (q.next())
        problems.append(Problem::error(QStringLiteral("name"), tr("The township already has a chamber named %1 (number %2).")
                                                                   .arg(chamber.name.trimmed()).arg(q.value(0).toLongLong())));
    // A chamber whose member list is kept takes its counts from the list (MemberService).
    q.finish();
    if (chamber.id > 0) {  // a new chamber has no member list yet
        static const QString kept = QStringLiteral("SELECT %1, %2 FROM chamber c WHERE c.id = ? AND c.member_list_kept = 1")
                                        .arg(MemberService::individualCountSql(), MemberService::unitCountSql());
        Statement &k = m_db.statement(kept);
        k.addBindValue(chamber.id);
        if (!k.exec())
            problems.append(sql::readError(k));
        else if (k.next() && (k.value(0).toInt() != chamber.individualMembers || k.value(1).toInt() != chamber.unitMembers))
            problems.append(Problem::error(QStringLiteral("individual_members"),
                                           tr("The member counts of %1 follow from its member list (%2 individual, %3 unit); "
                                              "add or remove members there, or stop keeping the list.")
                                               .arg(chamber.name.trimmed()).arg(k.value(0).toInt()).arg(k.value(1).toInt())));
        k.finish();
    }
    if (!chamber.creditCode.isEmpty()) {
        Statement &c = m_db.statement(QStringLiteral("SELECT id, name FROM chamber WHERE credit_code = ? AND credit_code <> '' AND id <> ?"));
        c.addBindValue(CreditCode::normalise(chamber.creditCode));
        c.addBindValue(chamber.id);
        if (!c.exec())
            problems.append(sql::readError(c));
        else if (c.next())
            problems.append(Problem::error(QStringLiteral("credit_code"), tr("The credit code %1 already belongs to %2 (number %3).")
                                                                              .arg(CreditCode::normalise(chamber.creditCode), c.value(1).toString())
                                                                              .arg(c.value(0).toLongLong())));
        c.finish();
    }
    return problems;
}

Result<qint64> ChamberService::add(const Chamber &chamber)
{
    Problems problems = validate(chamber);
    if (hasErrors(problems))
        return problems;
    auto id = sql::write<qint64>(m_db, [&] { return sql::insert(m_db, QStringLiteral("chamber"), sql::storedValues(chamber)); });
    return id ? Result<qint64>(id.value(), problems) : id;
}

Status ChamberService::update(const Chamber &chamber, std::optional<qint64> expectedVersion)
{
    const auto before = get(chamber.id);
    if (!before)
        return readFailed(before.problems()) ? before.problems()
                                                  : Problems{Problem::error(QStringLiteral("id"), tr("There is no chamber number %1.").arg(chamber.id))};
    Problems problems = validate(chamber);
    if (hasErrors(problems))
        return problems;
    auto written = sql::write<Done>(m_db, [&]() -> Status {
        if (auto s = sql::update(m_db, QStringLiteral("chamber"), chamber.id, sql::storedValues(chamber), expectedVersion); !s)
            return s;
        // Editing a field settles what was waiting to be verified about it.
        return VerificationService(m_db).resolveEdited(chamber.id, VerificationService::editedFields(*before, chamber));
    });
    return written ? success(problems) : written;
}

Status ChamberService::remove(qint64 id, std::optional<qint64> expectedVersion)
{
    const auto existing = get(id);
    if (!existing)
        return existing.problems();
    // The log keeps the chamber and every record removed with it, so that it can be put back.
    return sql::removeRecord(m_db, QStringLiteral("chamber"), id, expectedVersion);
}

Result<qint64> ChamberService::version(qint64 id) const
{
    return sql::rowVersion(m_db, QStringLiteral("chamber"), id);
}

Result<Chamber> ChamberService::get(qint64 id) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM chamber c WHERE c.id = ?").arg(chamberColumns()));
    q.addBindValue(id);
    if (!q.exec())
        return sql::readError(q);
    if (!q.next()) {
        if (auto end = sql::readEnd(q); !end)
            return end.problems();
        return Problem::error(QStringLiteral("chamber"), tr("There is no chamber number %1.").arg(id));
    }
    const Chamber chamber = ChamberReader()(q);
    q.finish();
    return chamber;
}

Result<Chamber> ChamberService::find(const QString &idOrName) const
{
    const QString text = idOrName.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return get(id);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM chamber c WHERE c.name = ? ORDER BY c.id").arg(chamberColumns()));
    q.addBindValue(text);
    if (!q.exec())
        return sql::readError(q);
    QList<Chamber> found;
    ChamberReader read;
    while (q.next())
        found.append(read(q));
    if (auto end = sql::readEnd(q); !end)
        return end.problems();
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Problem::error(QStringLiteral("chamber"), tr("There is no chamber named %1.").arg(text));
    QStringList ids;
    for (const auto &c : found)
        ids.append(QString::number(c.id));
    return Problem::error(QStringLiteral("chamber"), tr("Several chambers are named %1; give one of the numbers %2.")
                                                         .arg(text, ids.join(QStringLiteral(", "))));
}

Result<QList<ChamberRow>> ChamberService::list(const ChamberQuery &query) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1, d.name, %2 FROM chamber c JOIN division d ON d.code = c.township_code")
                      .arg(chamberColumns(), kCurrentRegistration);
    sql += whereFor(query, binds);
    sql += orderFor(query);
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    QList<ChamberRow> out;
    if (!q.exec())
        return sql::readError(q);
    ChamberReader read;
    while (q.next()) {
        ChamberRow row{read(q), q.value(listedAt()).toString(),
                       Registrations::statusFromText(q.value(listedAt() + 1).toString()).value_or(RegistrationStatus::NotRegistered)};
        out.append(row);
    }
    if (auto end = sql::readEnd(q); !end)
        return end.problems();
    return out;
}

Result<int> ChamberService::count(const ChamberQuery &query) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT count(*) FROM chamber c JOIN division d ON d.code = c.township_code");
    sql += whereFor(query, binds);
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sql::readError(q);
    return q.value(0).toInt();
}

Result<QList<Chamber>> ChamberService::all() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    QList<Chamber> out;
    if (!q.exec(QStringLiteral("SELECT %1 FROM chamber c ORDER BY c.township_code, c.id").arg(chamberColumns())))
        return sql::readError(q);
    ChamberReader read;
    while (q.next())
        out.append(read(q));
    if (auto end = sql::readEnd(q); !end)
        return end.problems();
    return out;
}

// ---------------------------------------------------------------------------------------------

const QString &RegistrationService::eventColumns()
{
    static const QString columns = QStringLiteral("id, chamber_id, status, effective_on, credit_code, note");
    return columns;
}

RegistrationEvent RegistrationService::eventFrom(const QSqlQuery &q)
{
    RegistrationEvent e;
    e.id = q.value(0).toLongLong();
    e.chamberId = q.value(1).toLongLong();
    e.status = Registrations::statusFromText(q.value(2).toString()).value_or(RegistrationStatus::NotRegistered);
    e.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    e.creditCode = q.value(4).toString();
    e.note = q.value(5).toString();
    return e;
}

Problems RegistrationService::validate(const RegistrationEvent &event) const
{
    // The light read of the record checks: the rules need the founding date and the county only,
    // and every registration an import records comes here.
    Problems read;
    const auto chamber = RecordChecks::chamber(m_db, event.chamberId, read);
    if (!chamber)
        return read;
    const auto past = history(event.chamberId);
    if (!past)
        return past.problems();
    Problems problems = Registrations::validateNext(*chamber, *past, event, chamber->townshipCode.left(6));
    if (event.status == RegistrationStatus::Registered && !event.creditCode.isEmpty()) {
        Statement &q = m_db.statement(QStringLiteral("SELECT id, name FROM chamber WHERE credit_code = ? AND credit_code <> '' AND id <> ?"));
        q.addBindValue(CreditCode::normalise(event.creditCode));
        q.addBindValue(event.chamberId);
        if (!q.exec())
            problems.append(sql::readError(q));
        else if (q.next())
            problems.append(Problem::error(QStringLiteral("credit_code"), tr("The credit code %1 already belongs to %2 (number %3).")
                                                                              .arg(CreditCode::normalise(event.creditCode), q.value(1).toString())
                                                                              .arg(q.value(0).toLongLong())));
        q.finish();
    }
    return problems;
}

Result<qint64> RegistrationService::record(const RegistrationEvent &event)
{
    const Problems problems = validate(event);
    if (hasErrors(problems))
        return problems;
    const QString code = CreditCode::normalise(event.creditCode);
    auto id = sql::write<qint64>(m_db, [&]() -> Result<qint64> {
        auto added = sql::insert(m_db, QStringLiteral("registration_event"),
                                 {{QStringLiteral("chamber_id"), event.chamberId},
                                  {QStringLiteral("status"), Registrations::statusKey(event.status)},
                                  {QStringLiteral("effective_on"), dates::toIso(event.date)},
                                  {QStringLiteral("credit_code"), nonNull(code)},
                                  {QStringLiteral("note"), nonNull(event.note)},
                                  {QStringLiteral("recorded_at"), sql::now()}});
        if (!added)
            return added;
        if (event.status == RegistrationStatus::Registered)
            if (auto s = sql::update(m_db, QStringLiteral("chamber"), event.chamberId, {{QStringLiteral("credit_code"), code}}); !s)
                return s.problems();
        if (auto s = VerificationService(m_db).resolveEdited(event.chamberId, VerificationService::registrationFields()); !s)
            return s.problems();
        return added;
    });
    return id ? Result<qint64>(id.value(), problems) : id;
}

Result<QList<RegistrationEvent>> RegistrationService::history(qint64 chamberId) const
{
    return sql::select<RegistrationEvent>(
        m_db, QStringLiteral("SELECT %1 FROM registration_event WHERE chamber_id = ? ORDER BY effective_on, id").arg(eventColumns()),
        {chamberId}, eventFrom);
}

Result<QHash<qint64, qint64>> RegistrationService::chambersOf(const QList<qint64> &eventIds) const
{
    QHash<qint64, qint64> out;
    Statement &q = m_db.statement(QStringLiteral("SELECT chamber_id FROM registration_event WHERE id = ?"));
    for (qint64 id : eventIds) {
        q.addBindValue(id);
        if (!q.exec())
            return sql::readError(q);
        if (q.next())
            out.insert(id, q.value(0).toLongLong());
        else if (auto end = sql::readEnd(q); !end)
            return end.problems();
        q.finish();
    }
    return out;
}

Result<QHash<qint64, QList<RegistrationEvent>>> RegistrationService::allHistories(const QString &divisionPrefix) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    QHash<qint64, QList<RegistrationEvent>> out;
    bool read = false;
    if (divisionPrefix.isEmpty()) {
        read = q.exec(QStringLiteral("SELECT %1 FROM registration_event ORDER BY chamber_id, effective_on, id").arg(eventColumns()));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM registration_event WHERE chamber_id IN (SELECT id FROM chamber WHERE %2) "
                                 "ORDER BY chamber_id, effective_on, id")
                      .arg(eventColumns(), sql::prefixClause(QStringLiteral("township_code"))));
        for (const auto &bound : sql::prefixBounds(divisionPrefix))
            q.addBindValue(bound);
        read = q.exec();
    }
    if (!read)
        return sql::readError(q);
    while (q.next()) {
        const auto e = eventFrom(q);
        out[e.chamberId].append(e);
    }
    if (auto end = sql::readEnd(q); !end)
        return end.problems();
    return out;
}

} // namespace chamber
