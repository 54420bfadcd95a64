// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Honour.h"
#include "ImportLogService.h"
#include "LedgerRecord.h"
#include "Mediation.h"
#include "Party.h"
#include "TableLocator.h"

#include <QCoreApplication>

#include <functional>

namespace chamber {

// What an update does to a chamber that is already in the database.
enum class UpdatePolicy {
    Overwrite,  // the ledger's values replace the stored ones (an empty cell never erases one)
    FillEmpty,  // the ledger fills only fields that are empty in the database
    Skip,       // chambers already in the database are left alone
};

// What a row will do.
enum class RowAction { Create, Update, Unchanged, Skip, Refuse };

struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

// One record of the ledger with the decision taken for it.
struct PlannedRow
{
    LedgerRecord record;
    RowAction action = RowAction::Refuse;
    qint64 chamberId = 0;        // the matched chamber, 0 when it is new
    Chamber chamber;             // as it will be written (create, update)
    QList<FieldChange> changes;  // update: the fields that change, registration included
    std::optional<RegistrationEvent> registration;  // a registration change to record
    // Records the row adds or changes (their chamberId is 0 for a new chamber until it is added).
    std::optional<PartyOrganization> party;         // added or replacing the one on record
    std::optional<PartyInstructor> instructor;      // added
    std::optional<MediationCommittee> committee;    // added
    std::optional<MediationTally> tally;            // the year's count, added or replacing
    QList<Honour> honours;                          // added
    // Contradictions taken in as found (an honour before the founding year), to verify.
    Problems doubtful;

    const ImportProblems &problems() const { return record.problems; }
};

struct ImportCounts
{
    int records = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    int refused = 0;
    int notRecords = 0;  // title, totals and note rows
    int heldBack = 0;    // values held back from imported rows, to verify
    int doubtful = 0;    // values taken in as found although they contradict another, to verify
};

// The preview of an import: every record matched to the database by township and name and
// shown as create / update (with the changed fields) / unchanged / skip, or refused with its
// problems; nothing is written. Each row is validated as the services will validate it, so the
// rows that pass here are the rows the import writes.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    struct Options
    {
        UpdatePolicy policy = UpdatePolicy::Overwrite;
        QString fileName;
        QString fileSha256;
        QDate today = QDate::currentDate();
        // The ledger's year, for 年度调解案件数 and honours without a year; when not given, the
        // year in the count's header (2025年调解案件数) or in the title (截至2025年12月).
        std::optional<int> year;
    };
    // Called as rows are planned or written; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    static Result<ImportPlan> build(Database &db, const LedgerTable &table, const Options &options, const Progress &progress = {});

    LedgerTable table;
    Options options;
    QList<PlannedRow> rows;
    ImportProblems fileProblems;                 // about the whole file or a column
    std::optional<int> year;                     // the ledger's year, as used
    std::optional<ImportLogEntry> importedBefore;  // the last import of the same file

    ImportCounts counts() const;
    // File problems first, then each row's, in sheet order.
    ImportProblems allProblems() const;

    static QString policyKey(UpdatePolicy policy);  // overwrite, fill_empty, skip
    static std::optional<UpdatePolicy> policyFromText(const QString &text);
    static QString actionKey(RowAction action);     // create, update, unchanged, skip, refuse
    static QString actionName(RowAction action);    // translated
};

} // namespace chamber
