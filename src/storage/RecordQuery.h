// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace chamber {

// What a list of a chamber's records asks for; each service's query extends it with its own
// filters. Filtering and paging happen in SQL, so that region-scale lists (tens of thousands of
// mediation cases) stay light for the GUI's lazily fetched tables.
struct RecordQuery
{
    std::optional<qint64> chamberId;
    // Only this record: a list reading one of its rows again after a write (with its filters, so
    // that a record that no longer matches them leaves the list).
    std::optional<qint64> id;
    QString divisionPrefix;  // township code prefix: a city, county or township
    QString text;            // matched against the record's names and texts
    // A column to order by, named as the list's service names it (e.g. "township", "received");
    // empty or unknown: the list's usual order. Either way the order ends in a unique key.
    QString sortKey;
    bool descending = false;
    int limit = -1;
    int offset = 0;
};

// A record as lists show it: with the chamber it belongs to.
template<typename T>
struct Listed
{
    T record;
    QString chamberName;
    QString townshipCode;
};

} // namespace chamber
