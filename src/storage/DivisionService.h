// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"

#include <QCoreApplication>
#include <QList>

namespace chamber {

// A township-level division as kept in a database, with its kind.
struct TownshipInfo
{
    Division division;
    TownshipKind kind = TownshipKind::Unknown;
};

// The database's scope (the province, city or county it covers) and its divisions, copied from
// the bundled catalogue at init, plus the settings that change how coverage is counted.
class DivisionService
{
    Q_DECLARE_TR_FUNCTIONS(DivisionService)
public:
    explicit DivisionService(Database &db) : m_db(db) {}

    // Loads the scope, its parents and everything below it. Refused if the database already has
    // another scope; a repeat with the same scope changes nothing.
    Status initialise(const Division &scope);
    // Every read is an error (field "database") when its query fails; nullopt only when there is
    // no such division (or no scope yet).
    Result<std::optional<Division>> scope() const;
    Result<std::optional<Division>> byCode(const QString &code) const;
    // Whether the code is a township's of this database (one indexed look-up, no Division built:
    // asked for every chamber an import or the demo adds).
    Result<bool> isTownship(const QString &code) const;
    Result<QList<Division>> children(const QString &code) const;
    // Township-level units under a division (or the whole scope when code is empty), by code.
    Result<QList<TownshipInfo>> townships(const QString &underCode = {}) const;
    // A township of the scope by code or name; a name that fits several is refused with candidates.
    Result<Division> findTownship(const QString &codeOrName) const;
    // A division of the scope at any level, by code or name.
    Result<Division> findDivision(const QString &codeOrName) const;

    // Whether 400–599 units count in coverage (default: no).
    Result<bool> includeOtherUnits() const;
    Status setIncludeOtherUnits(bool include);

    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Result<Division> pick(const QList<Division> &found, const QString &text, const QString &field) const;
    Database &m_db;
};

} // namespace chamber
