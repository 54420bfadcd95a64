// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"

#include "Backups.h"
#include "ChamberService.h"
#include "ChamberFields.h"
#include "HonourService.h"
#include "ImportLogService.h"
#include "MediationService.h"
#include "PartyService.h"
#include "VerificationService.h"

#include <algorithm>

namespace chamber {

namespace {
// A service refused a row the plan had passed (the database changed since the preview):
// the problems keep the row so the message says where.
Problems atRow(Problems problems, int row)
{
    for (auto &p : problems)
        p.row = row;
    return problems;
}
// The row's Party, mediation and honour records, for the chamber they now belong to.
Status writeRecords(Database &db, const PlannedRow &row, qint64 chamberId)
{
    auto owned = [chamberId](auto record) {
        record.chamberId = chamberId;
        return record;
    };
    if (row.party)
        if (auto r = PartyService(db).setOrganization(owned(*row.party)); !r)
            return r.problems();
    if (row.instructor)
        if (auto r = PartyService(db).addInstructor(owned(*row.instructor)); !r)
            return r.problems();
    if (row.committee)
        if (auto r = MediationService(db).setCommittee(owned(*row.committee)); !r)
            return r.problems();
    if (row.tally)
        if (auto r = MediationService(db).setTally(owned(*row.tally)); !r)
            return r.problems();
    for (const auto &honour : row.honours)
        if (auto r = HonourService(db).add(owned(honour)); !r)
            return r.problems();
    return success();
}

// The row's held-back and doubtful values, as verification items of its chamber.
Status writeItems(Database &db, const ImportPlan &plan, const PlannedRow &row, qint64 chamberId)
{
    for (const auto &item : Importer::verificationItems(plan, row)) {
        VerificationItem owned = item;
        owned.chamberId = chamberId;
        if (auto r = VerificationService(db).add(owned); !r)
            return r.problems();
    }
    return success();
}

} // namespace

QList<VerificationItem> Importer::verificationItems(const ImportPlan &plan, const PlannedRow &row)
{
    QList<VerificationItem> items;
    for (const auto &p : row.problems()) {
        if (!p.toVerify())
            continue;
        VerificationItem item;
        item.chamberId = row.chamberId;
        item.field = p.problem.field == QStringLiteral("date") ? QStringLiteral("registration_date") : p.problem.field;
        item.value = p.value;
        item.reason = p.problem.message;
        item.kind = p.verify == ImportProblem::Verify::Doubtful ? VerificationItem::Kind::Doubtful : VerificationItem::Kind::HeldBack;
        item.sourceFile = plan.options.fileName;
        item.sheet = plan.table.sheet.name;
        item.sourceRow = row.record.row;
        items.append(item);
    }
    return items;
}

Result<ImportOutcome> Importer::commit(Database &db, const ImportPlan &plan, const ImportPlan::Progress &progress)
{
    // A copy of the file before an import changes anything (issue 15): an overwrite can be taken
    // back by restoring it. No copy, no import. A server database is backed up on the server
    // (pg_dump, docs/server.md); there the import is undone with `import undo` or from that dump.
    QString backupPath;
    if (!db.isServer() && std::any_of(plan.rows.cbegin(), plan.rows.cend(), [](const auto &r) { return r.action == RowAction::Create || r.action == RowAction::Update; })) {
        auto made = Backups(db.path()).make(db, Backups::Reason::Import);
        if (!made)
            return made.problems();
        backupPath = *made;
    }
    // Any failure ends the import with nothing written, so the services' own transactions need
    // no savepoints inside it.
    Transaction tx(db, Transaction::Parts::WholeOnly);
    if (!tx.active())
        return Problem::error(QStringLiteral("database"), tx.error());
    if (auto s = ImportLogService(db).markStart(plan.options.fileSha256); !s)
        return s.problems();
    ChamberService chambers(db);
    RegistrationService registrations(db);
    const int total = int(plan.rows.size());
    int done = 0;
    for (const auto &row : plan.rows) {
        if (progress && !progress(done, total))
            return Problem::error(QStringLiteral("file"), tr("The import was cancelled; nothing was written."));
        ++done;
        if (row.action == RowAction::Unchanged)
            if (auto s = writeItems(db, plan, row, row.chamberId); !s)
                return atRow(s.problems(), row.record.row);
        if (row.action != RowAction::Create && row.action != RowAction::Update)
            continue;
        qint64 id = row.chamberId;
        if (row.action == RowAction::Create) {
            auto added = chambers.add(row.chamber);
            if (!added)
                return atRow(added.problems(), row.record.row);
            id = added.value();
        } else if (std::any_of(row.changes.cbegin(), row.changes.cend(),
                               [](const FieldChange &c) { return ChamberFields::keys().contains(c.field); })) {
            if (auto s = chambers.update(row.chamber); !s)
                return atRow(s.problems(), row.record.row);
        }
        if (row.registration) {
            RegistrationEvent event = *row.registration;
            event.chamberId = id;
            if (auto recorded = registrations.record(event); !recorded)
                return atRow(recorded.problems(), row.record.row);
        }
        if (auto s = writeRecords(db, row, id); !s)
            return atRow(s.problems(), row.record.row);
        if (auto s = writeItems(db, plan, row, id); !s)
            return atRow(s.problems(), row.record.row);
    }
    const ImportCounts counts = plan.counts();
    ImportLogEntry entry;
    entry.fileName = plan.options.fileName;
    entry.fileSha256 = plan.options.fileSha256;
    entry.sheet = plan.table.sheet.name;
    entry.updatePolicy = ImportPlan::policyKey(plan.options.policy);
    entry.records = counts.records;
    entry.created = counts.created;
    entry.updated = counts.updated;
    entry.unchanged = counts.unchanged;
    entry.skipped = counts.skipped;
    entry.refused = counts.refused;
    auto logged = ImportLogService(db).record(entry);
    if (!logged)
        return logged.problems();
    if (auto s = tx.commit(); !s)
        return s.problems();
    if (progress)
        progress(total, total);
    return ImportOutcome{logged.value(), counts, backupPath};
}

} // namespace chamber
