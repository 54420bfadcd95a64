// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerImport.h"

#include "DivisionService.h"
#include "RecordSql.h"
#include "RecordWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace chamber {

namespace {

const QString kField = QStringLiteral("file");

// The tables of a county's records, parents before children, and the columns that refer to a
// parent whose number changes on the way (table → the table it refers to).
struct Table
{
    QString name;
    QList<std::pair<QString, QString>> references;
};

const QList<Table> &tables()
{
    const QString chamber = QStringLiteral("chamber");
    const std::pair<QString, QString> ofChamber{QStringLiteral("chamber_id"), chamber};
    static const QList<Table> list{
        {chamber, {}},
        {QStringLiteral("registration_event"), {ofChamber}},
        {QStringLiteral("party_organization"), {ofChamber}},
        {QStringLiteral("party_instructor"), {ofChamber}},
        {QStringLiteral("party_disclosure"), {ofChamber}},
        {QStringLiteral("honour"), {ofChamber}},
        {QStringLiteral("mediation_committee"), {ofChamber}},
        {QStringLiteral("mediation_case"), {ofChamber}},
        {QStringLiteral("mediation_case_change"), {{QStringLiteral("case_id"), QStringLiteral("mediation_case")}}},
        {QStringLiteral("mediation_tally"), {ofChamber}},
        {QStringLiteral("member"), {ofChamber}},
        {QStringLiteral("service_request"), {ofChamber, {QStringLiteral("member_id"), QStringLiteral("member")}}},
        {QStringLiteral("verification_item"), {ofChamber}},
    };
    return list;
}

std::optional<qint64> count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace

QStringList ServerImport::tableNames()
{
    QStringList names;
    for (const auto &table : tables())
        names.append(table.name);
    return names;
}

Result<ServerImport::Summary> ServerImport::importFile(const QString &file)
{
    auto summaries = importFiles({{file, QFileInfo(file).fileName()}});
    if (!summaries)
        return summaries.problems();
    return summaries->first();
}

Result<QList<ServerImport::Summary>> ServerImport::importFiles(const QList<Source> &sources)
{
    if (!m_server.isServer())
        return Problem::error(QStringLiteral("database"), tr("import-file takes a file into a server database; %1 is a file.").arg(m_server.path()));
    const auto serverScopeRead = DivisionService(m_server).scope();
    if (!serverScopeRead)
        return serverScopeRead.problems();
    const std::optional<Division> &serverScope = *serverScopeRead;

    // Every file checked before anything is written.
    struct Opened
    {
        QString name;
        Division county;
        std::unique_ptr<Database> db;
    };
    std::vector<Opened> opened;
    QTemporaryDir work;
    if (!work.isValid())
        return Problem::error(kField, tr("Cannot make a temporary folder to read the file in."));
    for (const auto &source : sources) {
        const QString &file = source.name;
        const QFileInfo info(source.path);
        if (!info.isFile())
            return Problem::error(kField, tr("There is no file %1.").arg(file));
        // Read from a copy: the county's own file is never changed, not even migrated.
        const QString copy = work.filePath(QStringLiteral("county-%1.sqlite").arg(opened.size()));
        if (!QFile::copy(info.absoluteFilePath(), copy))
            return Problem::error(kField, tr("Cannot read %1.").arg(file));
        Database::Options options;
        options.create = false;
        auto countyDb = Database::open(copy, options);
        if (!countyDb)
            return Problem::error(kField, tr("%1 cannot be taken in: %2").arg(file, countyDb.firstError()));
        Database &county = *countyDb.value();
        const auto scopeRead = DivisionService(county).scope();
        if (!scopeRead)
            return Problem::error(kField, tr("%1 cannot be taken in: %2").arg(file, scopeRead.firstError()));
        const std::optional<Division> &scope = *scopeRead;
        if (!scope || scope->level != DivisionLevel::County)
            return Problem::error(kField, tr("%1 is not one county's database (its scope is %2); only a county's file is taken in.")
                                              .arg(file, scope ? scope->name : tr("not set")));
        if (!serverScope || !scope->code.startsWith(serverScope->code))
            return Problem::error(kField, tr("%1 (%2) is outside the server database's scope %3; nothing was taken in.")
                                              .arg(scope->name, scope->code, serverScope ? serverScope->name : tr("(not set)")));
        for (const auto &other : opened)
            if (other.county.code == scope->code)
                return Problem::error(kField, tr("%1 and %2 both hold %3; a county is taken in from one file only. Nothing was taken in.")
                                                  .arg(other.name, file, scope->name));
        const auto held = count(m_server, QStringLiteral("SELECT count(*) FROM chamber WHERE township_code >= ? AND township_code < ?"),
                                sql::prefixBounds(scope->code));
        if (!held)
            return Problem::error(kField, tr("Cannot read the server database."));
        if (*held > 0)
            return Problem::error(kField, tr("The server already holds %1 chambers of %2; a file is taken in only into a county with none, "
                                             "so that nothing is doubled or overwritten. Nothing was taken in.")
                                              .arg(*held)
                                              .arg(scope->name));
        for (const auto &table : tables())
            if (count(county, QStringLiteral("SELECT count(*) FROM %1 WHERE origin <> ''").arg(table.name)).value_or(0) > 0)
                return Problem::error(kField, tr("%1 holds records another office reported to it (%2); only a county's own records are "
                                                 "taken in. Nothing was taken in.")
                                                  .arg(file, table.name));
        opened.push_back({file, *scope, std::move(countyDb.value())});
    }

    QList<Summary> summaries;
    Transaction tx(m_server);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    for (auto &source : opened) {
        auto taken = write(*source.db, source.county, source.name);
        if (!taken)
            return taken.problems();
        summaries.append(*taken);
    }
    if (auto s = tx.commit(); !s)
        return s.problems();
    return summaries;
}

// Inside the caller's transaction: one county's records, parents first, each parent's number
// in the file mapped to its number on the server.
Result<ServerImport::Summary> ServerImport::write(Database &county, const Division &scope, const QString &file)
{
    Summary summary{scope.code, scope.name, {}};
    QHash<QString, QHash<qint64, qint64>> numbers;  // table → the file's number → the server's
    for (const auto &table : tables()) {
        const TableShape &shape = RecordWrite::shape(m_server, table.name);
        QSqlQuery rows(county.sql());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table.name)))
            return Problem::error(kField, rows.lastError().text());
        qsizetype taken = 0;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            sql::Values values;
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                if (column == QStringLiteral("id") || column == QStringLiteral("row_version") || !shape.column(column))
                    continue;
                QVariant value = record.value(i);
                for (const auto &[referring, parent] : table.references) {
                    if (column != referring || value.isNull())
                        continue;
                    const auto found = numbers.value(parent).constFind(value.toLongLong());
                    if (found == numbers.value(parent).constEnd())
                        return Problem::error(kField, tr("Record %1 of %2 in %3 refers to %4 number %5, which the file does not hold.")
                                                          .arg(record.value(QStringLiteral("id")).toString(), table.name, file, parent)
                                                          .arg(value.toLongLong()));
                    value = *found;
                }
                values.append({column, value});
            }
            auto id = sql::insert(m_server, table.name, values, QStringLiteral("import-file"), file);
            if (!id)
                return Problem::error(kField, tr("Record %1 of %2 in %3 cannot be taken in: %4")
                                                  .arg(record.value(QStringLiteral("id")).toString(), table.name, file, id.firstError()));
            numbers[table.name].insert(record.value(QStringLiteral("id")).toLongLong(), *id);
            ++taken;
        }
        summary.rows.append({table.name, taken});
    }
    if (auto s = m_server.log(QStringLiteral("import-file"), 0, QStringLiteral("import-file"), QStringLiteral("%1 %2").arg(scope.code, file)); !s)
        return s.problems();
    return summary;
}

} // namespace chamber
