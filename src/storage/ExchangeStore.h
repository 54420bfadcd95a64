// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

struct sqlite3;

namespace chamber {

// The last report package taken from one county, as exchange_origin keeps it.
struct ExchangeOrigin
{
    QString code;         // the county (6 digits)
    QString name;
    int sequence = 0;     // grows with every export the county makes
    QString madeAt;       // UTC, when the county made it
    QString madeBy;       // who made it there
    QDate asOf;           // the date the data stand at
    int schemaVersion = 0;
    QMap<QString, int> counts;  // kind → records
    QString sha256;       // of the section's content (docs/exchange.md)
    QString fileName;
    QString forwardedBy;  // the office that forwarded it (a city), empty when sent directly
    QString receivedAt;   // UTC
    QString receivedBy;
};

// One package this database made (its own records), as exchange_export keeps it.
struct ExchangeExport
{
    int sequence = 0;
    QString madeAt;
    QString madeBy;
    QDate asOf;
    QString fileName;
    QString sha256;
    QMap<QString, int> counts;
};

// Where one county under the scope stands: its last package, its own records here, or nothing.
struct ExchangeCountyStatus
{
    Division county;
    std::optional<ExchangeOrigin> received;
    int ownChambers = 0;  // kept in this database itself
    bool reported() const { return received.has_value(); }
};

// One record as a package carries it: its uid and its JSON object on one line.
using ExchangeLine = std::pair<QString, QByteArray>;

// The SQL of the exchange of report packages (docs/exchange.md): every record of a kind owned by
// an origin as JSON lines (columns by name, references to other records by uid, never by row
// number), and the wholesale replacement of an origin's records by a package's lines. Columns and
// references are read from the schema itself, so a new column travels without code here; a new
// record table must be added to kinds(), or the exchange round-trip test fails.
class ExchangeStore
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeStore)
public:
    explicit ExchangeStore(Database &db) : m_db(db) {}

    // The record kinds of format 1, parents before children (the order they are written in).
    static const QStringList &kinds();
    // The tables of this database holding records: those with a uid column (from sqlite_master).
    Result<QStringList> recordTables() const;

    // The records of one kind that origin owns ('' = this database's own), in row order. With a
    // division prefix, only the records of chambers there (and of their cases); kinds that belong
    // to no chamber (the points rule set, the import log) whole.
    Result<QList<ExchangeLine>> lines(const QString &kind, const QString &origin, const QString &divisionPrefix = {}) const;
    // Inside the caller's transaction: removes every record of the origin, then inserts the given
    // lines (kind → lines) as the origin's. A line that does not fit is refused naming kind and line.
    // On SQLite this goes straight through its C API (ExchangeStoreReplace.cpp): statements prepared
    // once for every origin this store replaces, lines bound as they are parsed, the guard
    // triggers off and SQLite's CHECK constraints off (each kind's rows checked by the store once
    // they are written, TableChecks.h, and their foreign keys too when the connection's are off:
    // ExchangeForeignKeysOff) until endReplace(). Keep one store for all the origins of one import,
    // inside its transaction, and call endReplace() before anything else is written.
    Status replace(const QString &origin, const QHash<QString, QList<QByteArray>> &linesByKind);
    // The connection as it was before replace(): its triggers and CHECK constraints on again.
    // saveOrigin and saveExport call it themselves.
    void endReplace();

    // Bookkeeping -------------------------------------------------------------------------------
    Result<QList<ExchangeOrigin>> origins() const;
    // Inside the caller's transaction; logs the import of the origin's package (one change_log
    // line: sequence, checksum, counts, and the package it replaces).
    Status saveOrigin(const ExchangeOrigin &origin, const std::optional<ExchangeOrigin> &previous = std::nullopt);
    Result<QList<ExchangeExport>> exports() const;
    Status saveExport(const ExchangeExport &made);    // inside the caller's transaction
    // The county whose received records lie under a division code (a county, or a township of
    // it); empty when they are this database's own; an error when the read fails.
    Result<QString> ownerOf(const QString &divisionPrefix) const;
    // This database's own chambers (origin '') under a division code.
    Result<int> ownChambers(const QString &divisionPrefix) const;

private:
    struct Column
    {
        QString name;       // the table's column
        QString key;        // its key in the package (a reference: name with _id → _uid)
        QString parent;     // the table a reference points to (by id), else empty
    };
    struct Table
    {
        QList<Column> columns;  // without id and origin
        bool hasId = false;
    };
    Result<Table> table(const QString &kind) const;
    Status replaceGeneric(const QString &origin, const QHash<QString, QList<QByteArray>> &linesByKind);

    struct Bulk;  // the SQLite connection's statements and settings while replacing (ExchangeStoreReplace.cpp)

    Database &m_db;
    mutable QHash<QString, Table> m_tables;
    std::shared_ptr<Bulk> m_bulk;
};

// While it lives: SQLite's foreign-key enforcement off on a file's connection, for an import that
// adds the records of origins not held and removes none. ExchangeStore::replace then checks every
// foreign key of what it writes, as it checks the CHECKs (TableChecks.h), and writes with INSERT OR
// FAIL: with foreign keys on, SQLite keeps a statement journal for every multi-row INSERT (a tenth
// of a region's import). Made before the import's transaction and ended after it (SQLite changes
// the setting only outside one); inside a transaction, or on a server, it changes nothing.
class ExchangeForeignKeysOff
{
public:
    explicit ExchangeForeignKeysOff(Database &db);
    ~ExchangeForeignKeysOff();
    ExchangeForeignKeysOff(const ExchangeForeignKeysOff &) = delete;
    ExchangeForeignKeysOff &operator=(const ExchangeForeignKeysOff &) = delete;

private:
    sqlite3 *m_handle = nullptr;
};

} // namespace chamber
