// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chamber.h"
#include "Database.h"
#include "VerificationService.h"

#include <QCoreApplication>

namespace chamber {

// What a clerk can do with a verification item beyond dismissing it: use the value found. A
// held-back value of one of the chamber's own fields is read as the ledger wrote it and, if the
// chamber passes its checks with it now, written into the chamber; a doubtful value (already
// taken in) is confirmed as it stands. Both resolve the item in the same transaction as the write.
class VerificationActions
{
    Q_DECLARE_TR_FUNCTIONS(VerificationActions)
public:
    // The chamber as it would be with the item's value, or why the value cannot be used now.
    static Result<Chamber> withValue(Database &db, const VerificationItem &item);
    // Whether "use this value" is offered for the item; an error when the chamber cannot be read
    // (not "the value cannot be used", which would hide the damaged file behind a missing button).
    static Result<bool> canUseValue(Database &db, const VerificationItem &item);
    static Status useValue(Database &db, qint64 itemId);
};

} // namespace chamber
