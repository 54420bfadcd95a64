// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChamberService.h"
#include "Database.h"
#include "Division.h"
#include "DivisionService.h"
#include "Mediation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace chamber {

// A mediation case still open on a date, with the chamber it belongs to.
struct OverdueCase
{
    MediationCase mediationCase;
    QString chamberName;
    QString townshipCode;
    QString townshipName;
    CaseStatus status = CaseStatus::Received;  // on the date: received or mediating
    qint64 daysOpen = 0;                       // from receipt to the date
};

// The gaps officials chase, for a scope as of a date.
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
    // Chambers existing on the date with no Party organisation founded by it.
    QList<ChamberRow> withoutParty;
    // Cases of the scope's chambers received more than kOverdueDays before the date and still
    // received or mediating on it, longest open first.
    QList<OverdueCase> casesOpenPastLimit;
};

// Finds the gap lists of a scope from the same dated histories StatsService reads.
class GapLists
{
    Q_DECLARE_TR_FUNCTIONS(GapLists)
public:
    // Days after which an open case counts as overdue on the dashboard.
    static constexpr int kOverdueDays = 60;

    explicit GapLists(Database &db) : m_db(db) {}

    // scope: a division of the database (as resolved by StatsService, e.g. Stats::scope).
    Result<Gaps> compute(const Division &scope, const QDate &asOf) const;

private:
    Result<QList<OverdueCase>> overdueCases(const QString &scopeCode, const QDate &asOf, const QHash<qint64, const Chamber *> &chambers,
                                    const QHash<QString, QString> &townshipNames) const;
    Database &m_db;
};

} // namespace chamber
