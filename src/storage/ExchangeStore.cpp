// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeStore.h"

#include "RecordSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace chamber {

namespace {

using json = nlohmann::json;

QString mapText(const QMap<QString, int> &counts)
{
    json o = json::object();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o[it.key().toStdString()] = it.value();
    return QString::fromStdString(o.dump());
}

QMap<QString, int> textMap(const QString &text)
{
    QMap<QString, int> counts;
    const json o = json::parse(text.toStdString(), nullptr, false);
    if (o.is_object())
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().is_number_integer())
                counts.insert(QString::fromStdString(it.key()), it.value().get<int>());
    return counts;
}

json toJson(const QVariant &v)
{
    if (v.isNull())
        return nullptr;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString().toStdString();
    }
}

} // namespace

const QStringList &ExchangeStore::kinds()
{
    static const QStringList k = {
        QStringLiteral("chamber"),
        QStringLiteral("registration_event"),
        QStringLiteral("party_organization"),
        QStringLiteral("party_instructor"),
        QStringLiteral("party_disclosure"),
        QStringLiteral("honour"),
        QStringLiteral("mediation_committee"),
        QStringLiteral("mediation_case"),
        QStringLiteral("mediation_case_change"),
        QStringLiteral("mediation_tally"),
        QStringLiteral("member"),
        QStringLiteral("service_request"),
        QStringLiteral("points_category"),
        QStringLiteral("points_year"),
        QStringLiteral("points_category_cap"),
        QStringLiteral("points_rule"),
        QStringLiteral("points_entry"),
        QStringLiteral("points_veto"),
        QStringLiteral("points_publication"),
        QStringLiteral("import_log"),
        QStringLiteral("verification_item"),
    };
    return k;
}

Result<QStringList> ExchangeStore::recordTables() const
{
    // Packages are read and written through SQLite's own interface (ExchangeStoreReplace.cpp); a
    // server's offices share its data directly instead (docs/server.md).
    if (m_db.isServer())
        return Problem::error(QStringLiteral("database"), tr("Report packages are made from and taken into database files; a server "
                                                             "database is shared by its offices directly (docs/server.md)."));
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
                               "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'uid') ORDER BY m.name")))
        return sql::databaseError(q);
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

Result<ExchangeStore::Table> ExchangeStore::table(const QString &kind) const
{
    if (const auto found = m_tables.constFind(kind); found != m_tables.cend())
        return *found;
    if (!kinds().contains(kind))
        return Problem::error(QStringLiteral("kind"), tr("%1 is not a record kind of the exchange format.").arg(kind));
    QHash<QString, QString> references;  // column → parent table (references by id only)
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list('%1')").arg(kind)))
        return sql::databaseError(q);
    while (q.next())
        if (q.value(2).toString() == QStringLiteral("id"))
            references.insert(q.value(0).toString(), q.value(1).toString());
    Table t;
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(kind)))
        return sql::databaseError(q);
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name == QStringLiteral("id")) {
            t.hasId = true;
            continue;
        }
        if (name == QStringLiteral("origin"))
            continue;
        Column c{name, name, references.value(name)};
        if (!c.parent.isEmpty() && name.endsWith(QStringLiteral("_id")))
            c.key = name.chopped(3) + QStringLiteral("_uid");
        t.columns.append(c);
    }
    if (t.columns.isEmpty())
        return Problem::error(QStringLiteral("kind"), tr("The database has no table %1.").arg(kind));
    m_tables.insert(kind, t);
    return t;
}

Result<QList<ExchangeLine>> ExchangeStore::lines(const QString &kind, const QString &origin, const QString &divisionPrefix) const
{
    const auto t = table(kind);
    if (!t)
        return t.problems();
    QStringList select;
    QString joins;
    int uidColumn = -1;
    for (int i = 0; i < t->columns.size(); ++i) {
        const Column &c = t->columns[i];
        // Uids as text, as packages carry them: a file keeps them as 16 bytes (Uid.h).
        if (c.parent.isEmpty()) {
            select.append(c.name == QStringLiteral("uid") ? QStringLiteral("uid_text(t.uid)") : QStringLiteral("t.") + c.name);
        } else {
            const QString alias = QStringLiteral("p%1").arg(i);
            select.append(QStringLiteral("uid_text(%1.uid)").arg(alias));
            joins += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = t.%3").arg(c.parent, alias, c.name);
        }
        if (c.name == QStringLiteral("uid"))
            uidColumn = i;
    }
    QString where = QStringLiteral("t.origin = ?");
    bool byDivision = false;
    if (!divisionPrefix.isEmpty()) {
        const QString township = sql::prefixClause(QStringLiteral("township_code"));
        QStringList names;
        for (const auto &c : t->columns)
            names.append(c.name);
        byDivision = true;
        if (kind == QStringLiteral("chamber"))
            where += QStringLiteral(" AND t.") + township;
        else if (names.contains(QStringLiteral("chamber_id")))
            where += QStringLiteral(" AND t.chamber_id IN (SELECT id FROM chamber WHERE %1)").arg(township);
        else if (names.contains(QStringLiteral("case_id")))
            where += QStringLiteral(" AND t.case_id IN (SELECT id FROM mediation_case WHERE chamber_id IN (SELECT id FROM chamber WHERE %1))").arg(township);
        else
            byDivision = false;  // belongs to no chamber: whole
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 t%3 WHERE %4 ORDER BY t.rowid").arg(select.join(QStringLiteral(", ")), kind, joins, where));
    q.addBindValue(nonNull(origin));
    if (byDivision)
        for (const auto &b : sql::prefixBounds(divisionPrefix))
            q.addBindValue(b);
    if (!q.exec())
        return sql::databaseError(q);
    QList<ExchangeLine> out;
    std::vector<std::string> keys;
    for (const auto &c : t->columns)
        keys.push_back(c.key.toStdString());
    while (q.next()) {
        json row = json::object();
        for (int i = 0; i < int(keys.size()); ++i)
            row[keys[size_t(i)]] = toJson(q.value(i));
        out.append({q.value(uidColumn).toString(), QByteArray::fromStdString(row.dump())});
    }
    return out;
}

Result<QList<ExchangeOrigin>> ExchangeStore::origins() const
{
    // A server database takes no packages in: every county's rows are its own, written by its
    // clerks directly (docs/server.md). That is an answer, not a failed read: none received.
    if (m_db.isServer())
        return QList<ExchangeOrigin>();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT code, name, sequence, made_at, made_by, as_of, schema_version, counts, sha256, file_name, "
                               "forwarded_by, received_at, received_by FROM exchange_origin ORDER BY code")))
        return sql::databaseError(q);
    QList<ExchangeOrigin> out;
    while (q.next()) {
        ExchangeOrigin o;
        o.code = q.value(0).toString();
        o.name = q.value(1).toString();
        o.sequence = q.value(2).toInt();
        o.madeAt = q.value(3).toString();
        o.madeBy = q.value(4).toString();
        o.asOf = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        o.schemaVersion = q.value(6).toInt();
        o.counts = textMap(q.value(7).toString());
        o.sha256 = q.value(8).toString();
        o.fileName = q.value(9).toString();
        o.forwardedBy = q.value(10).toString();
        o.receivedAt = q.value(11).toString();
        o.receivedBy = q.value(12).toString();
        out.append(o);
    }
    return out;
}

void ExchangeStore::endReplace()
{
    m_bulk.reset();
}

Status ExchangeStore::saveOrigin(const ExchangeOrigin &o, const std::optional<ExchangeOrigin> &previous)
{
    endReplace();  // written with the connection's checks and triggers
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO exchange_origin (code, name, sequence, made_at, made_by, as_of, schema_version, counts, "
                             "sha256, file_name, forwarded_by, received_at, received_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(o.code), QVariant(nonNull(o.name)), QVariant(o.sequence), QVariant(nonNull(o.madeAt)),
                              QVariant(nonNull(o.madeBy)), QVariant(o.asOf.toString(Qt::ISODate)), QVariant(o.schemaVersion),
                              QVariant(mapText(o.counts)), QVariant(o.sha256), QVariant(nonNull(o.fileName)), QVariant(nonNull(o.forwardedBy)),
                              QVariant(nonNull(o.receivedAt)), QVariant(nonNull(o.receivedBy))})
        q.addBindValue(v);
    if (!q.exec())
        return sql::databaseError(q);
    // The import's one line in change_log (not one per record): which package replaced which,
    // with its checksum and counts — enough to put the previous state back by taking the previous
    // package in again (docs/exchange.md).
    QString detail = QStringLiteral("%1 %2 #%3 %4 sha256=%5 counts=%6")
                         .arg(o.code, o.name)
                         .arg(o.sequence)
                         .arg(o.asOf.toString(Qt::ISODate), o.sha256, mapText(o.counts));
    if (previous)
        detail += QStringLiteral(" replaces #%1 %2 sha256=%3").arg(previous->sequence).arg(previous->asOf.toString(Qt::ISODate), previous->sha256);
    return m_db.log(QStringLiteral("exchange_origin"), o.code.toLongLong(), QStringLiteral("import"), detail);
}

Result<QList<ExchangeExport>> ExchangeStore::exports() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT sequence, made_at, made_by, as_of, file_name, sha256, counts FROM exchange_export ORDER BY sequence")))
        return sql::databaseError(q);
    QList<ExchangeExport> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), QDate::fromString(q.value(3).toString(), Qt::ISODate),
                    q.value(4).toString(), q.value(5).toString(), textMap(q.value(6).toString())});
    return out;
}

Status ExchangeStore::saveExport(const ExchangeExport &e)
{
    endReplace();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO exchange_export (sequence, made_at, made_by, as_of, file_name, sha256, counts) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(e.sequence), QVariant(e.madeAt), QVariant(nonNull(e.madeBy)), QVariant(e.asOf.toString(Qt::ISODate)),
                              QVariant(nonNull(e.fileName)), QVariant(e.sha256), QVariant(mapText(e.counts))})
        q.addBindValue(v);
    if (!q.exec())
        return sql::databaseError(q);
    return m_db.log(QStringLiteral("exchange_export"), e.sequence, QStringLiteral("export"),
                    QStringLiteral("#%1 %2 %3").arg(e.sequence).arg(e.asOf.toString(Qt::ISODate), e.fileName));
}

Result<QString> ExchangeStore::ownerOf(const QString &divisionPrefix) const
{
    if (divisionPrefix.size() < 6)
        return QString();
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT code FROM exchange_origin WHERE code = ?"));
    q.addBindValue(divisionPrefix.left(6));
    // A failed read is an error, not "this database's own": taken as that, the county's received
    // records would be scored and reported by this database's rules.
    if (!q.exec())
        return sql::readError(q);
    QString owner;
    if (q.next())
        owner = q.value(0).toString();
    else if (auto end = sql::readEnd(q); !end)
        return end.problems();
    q.finish();
    return owner;
}

Result<int> ExchangeStore::ownChambers(const QString &divisionPrefix) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM chamber WHERE origin = '' AND %1").arg(sql::prefixClause(QStringLiteral("township_code"))));
    for (const auto &b : sql::prefixBounds(divisionPrefix))
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sql::databaseError(q);
    return q.value(0).toInt();
}

} // namespace chamber
