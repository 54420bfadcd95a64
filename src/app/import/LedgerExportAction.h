// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>

class QWidget;

namespace chamber {

class Workspace;

// File → Export a ledger…: the chambers written as a ledger (CSV or XLSX) that the import reads
// back — what `chamberctl export ledger --out FILE` writes.
class LedgerExportAction
{
    Q_DECLARE_TR_FUNCTIONS(LedgerExportAction)
public:
    // Asks where to write, writes, and says how it went.
    static void run(Workspace &workspace, QWidget *parent);
    static Status write(Workspace &workspace, const QString &path);
};

} // namespace chamber
