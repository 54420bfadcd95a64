// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"

#include <QCoreApplication>
#include <QStringList>

namespace chamber {

// The fields of a Chamber by key (the keys of Problem::field and the ledger mapping), so that an
// import can copy, compare and show them one by one: an update touches only what the ledger gave.
class ChamberFields
{
    Q_DECLARE_TR_FUNCTIONS(ChamberFields)
public:
    // Every field a ledger can set, township and name (which identify the chamber) first.
    static const QStringList &keys();
    // The value as text for people: ISO dates, yuan, yes/no, the status name; empty when unset.
    static QString text(const Chamber &chamber, const QString &key);
    // Whether the field holds nothing yet (what "fill empty fields" may fill).
    static bool isEmpty(const Chamber &chamber, const QString &key);
    static void copy(Chamber &to, const Chamber &from, const QString &key);
    static bool same(const Chamber &a, const Chamber &b, const QString &key);
};

} // namespace chamber
