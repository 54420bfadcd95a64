// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Database.h"
#include "Registration.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class QSqlQuery;

namespace chamber {

// A chamber as listed: the record plus what lists show beside it.
struct ChamberRow
{
    Chamber chamber;
    QString townshipName;
    RegistrationStatus registration = RegistrationStatus::NotRegistered;
};

// The orders a chamber list can be sorted in (each column of the app's list).
enum class ChamberSort { ByTownship, ByName, ByFounded, ByStatus, ByMembers, ByRegistration, ByPresident, ByPhone };

// What a list asks for; filtering, sorting and paging happen in SQL so that region-scale lists
// stay light.
struct ChamberQuery
{
    QString text;            // matches chamber name, township name, president, secretary-general
    QString divisionPrefix;  // township code prefix: a city, county or township
    std::optional<ChamberStatus> status;
    std::optional<RegistrationStatus> registration;
    // Only chambers not registered, not dissolved, that meet every condition of Readiness::check.
    bool readyOnly = false;
    // With (true) or without (false) a Party organisation (党组织) on record.
    std::optional<bool> hasPartyOrganization;
    // Only chambers with open verification items (待核实).
    bool toVerifyOnly = false;
    // Only this chamber: the list reading one of its rows again after a write (with the filters,
    // so that a chamber that no longer matches them leaves the list).
    std::optional<qint64> id;
    ChamberSort sort = ChamberSort::ByTownship;
    bool descending = false;
    int limit = -1;
    int offset = 0;
};

// Keeps chambers: validation, uniqueness, writes in one transaction each.
class ChamberService
{
    Q_DECLARE_TR_FUNCTIONS(ChamberService)
public:
    explicit ChamberService(Database &db) : m_db(db) {}

    // Returns the new id. Errors name the field; warnings (e.g. credit-code prefix) pass through.
    Result<qint64> add(const Chamber &chamber);
    // expectedVersion: the row_version the editor loaded (version()); a chamber saved by someone
    // else since is refused, naming who and when.
    Status update(const Chamber &chamber, std::optional<qint64> expectedVersion = {});
    Status remove(qint64 id, std::optional<qint64> expectedVersion = {});
    Result<qint64> version(qint64 id) const;
    Result<Chamber> get(qint64 id) const;
    // By id, or by name (unique in the scope, or with candidates listed).
    Result<Chamber> find(const QString &idOrName) const;
    // Reads return an error (field "database") when the query fails: an empty list means none.
    Result<QList<ChamberRow>> list(const ChamberQuery &query = {}) const;
    Result<int> count(const ChamberQuery &query = {}) const;
    // Every chamber, for figures.
    Result<QList<Chamber>> all() const;
    // The validation add/update run, without writing: for editors that check as the user types.
    Problems validate(const Chamber &chamber) const;

private:
    Database &m_db;
};

// Keeps each chamber's dated registration history.
class RegistrationService
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationService)
public:
    explicit RegistrationService(Database &db) : m_db(db) {}

    // Appends a change after validating it against the chamber and its history; a registered
    // change also records the credit code on the chamber.
    Result<qint64> record(const RegistrationEvent &event);
    Problems validate(const RegistrationEvent &event) const;
    Result<QList<RegistrationEvent>> history(qint64 chamberId) const;
    // The chamber of each of these events (an event that no longer exists is left out): a list
    // of chambers told that events changed updates the chambers' rows.
    Result<QHash<qint64, qint64>> chambersOf(const QList<qint64> &eventIds) const;
    // Every chamber's history, by chamber id, each in date order; with a division prefix, only
    // those of the chambers there (a county's report need not read the region's).
    Result<QHash<qint64, QList<RegistrationEvent>>> allHistories(const QString &divisionPrefix = {}) const;

    // The registration_event columns every reader selects, and the event read from a row of them
    // (one mapping for the services and HistoryCorrections).
    static const QString &eventColumns();
    static RegistrationEvent eventFrom(const QSqlQuery &row);

private:
    Database &m_db;
};

} // namespace chamber
