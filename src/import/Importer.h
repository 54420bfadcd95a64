// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"
#include "VerificationService.h"

#include <QCoreApplication>

namespace chamber {

struct ImportOutcome
{
    qint64 logId = 0;
    ImportCounts counts;
    QString backupPath;  // the copy of the file made before the import wrote (Backups)
};

// Carries out an import plan: the created and updated chambers and their registration changes,
// through ChamberService and RegistrationService, and the import log entry — all in ONE
// transaction (the services' own transactions nest in it as savepoints), so that an import is
// written whole or not at all. Values held back or doubtful become verification items (待核实). Refused, skipped and unchanged rows write nothing.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    static Result<ImportOutcome> commit(Database &db, const ImportPlan &plan, const ImportPlan::Progress &progress = {});
    // The verification items a row raises (its chamber id is 0 for a chamber not yet added).
    static QList<VerificationItem> verificationItems(const ImportPlan &plan, const PlannedRow &row);
};

} // namespace chamber
