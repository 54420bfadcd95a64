// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDate>
#include <QList>

namespace chamber {

// The listed mediation cases of one chamber's year (the year of receipt) as they stood on a date:
// received on or before it, with each case's status on the date taken from its dated history
// (CaseLifecycle::statusOn, done in SQL).
struct CaseYearFigures
{
    qint64 chamberId = 0;
    int year = 0;
    qint64 cases = 0;        // received on or before the date
    qint64 settled = 0;      // settled on the date
    qint64 closed = 0;       // settled, failed or referred on the date
    qint64 disputedFen = 0;  // amounts in dispute of those received (none: 0)
    qint64 agreedFen = 0;    // agreed amounts of those settled (none: 0)
    QList<int> daysToClose;  // per closed case, days from receipt to the closing change
};

// Listed cases per calendar month: received in it, and closed in it (the closing change as of the
// date), of which settled. month is the first day of the month.
struct CaseMonthFigures
{
    QDate month;
    qint64 received = 0;
    qint64 closed = 0;
    qint64 settled = 0;
};

// Reads the figures the stats and the dashboard need from the cases, aggregated in SQL, instead of
// converting every case and its history to records (what MediationCaseService is for).
class MediationFigures
{
public:
    explicit MediationFigures(Database &db) : m_db(db) {}

    // Per chamber and year, for the chambers whose township code starts with townshipPrefix.
    Result<QList<CaseYearFigures>> casesOn(const QDate &date, const QString &townshipPrefix = {}) const;
    // The months from firstMonth to the date's, as the cases stood on the date; months without
    // any case are left out.
    Result<QList<CaseMonthFigures>> byMonth(const QDate &date, const QDate &firstMonth, const QString &townshipPrefix = {}) const;
    // The SQL condition "case r is not closed on the date ?" (one bound value: the date), for lists.
    static QString openOnClause();

private:
    Database &m_db;
};

} // namespace chamber
