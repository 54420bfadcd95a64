// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberService.h"
#include "Database.h"
#include "Division.h"
#include "DivisionService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace chamber {

// The gaps officials chase, for a scope as of a date. A list whose records are not kept by this
// build (no Party or mediation records yet) is marked unknown rather than shown empty.
struct Gaps
{
    Division scope;
    QDate asOf;
    // Townships counted in coverage with no active chamber on the date: the complement of the
    // coverage numerator, so its size is coverage.denominator − coverage.numerator.
    QList<TownshipInfo> townshipsWithoutChamber;
    // Chambers existing on the date, not registered on it, whose current record meets every
    // condition of Readiness (the conditions are what the record says now: members, premises and
    // funds have no dated history). registration is the status on the date.
    QList<ChamberRow> readyToRegister;
};

// Finds the gap lists of a scope from the same dated histories StatsService reads.
class GapLists
{
    Q_DECLARE_TR_FUNCTIONS(GapLists)
public:
    explicit GapLists(Database &db) : m_db(db) {}

    // scope: a division of the database (as resolved by StatsService, e.g. Stats::scope).
    Gaps compute(const Division &scope, const QDate &asOf) const;

private:
    Database &m_db;
};

} // namespace chamber
