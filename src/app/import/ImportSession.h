// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Importer.h"
#include "LedgerFile.h"
#include "TableLocator.h"

#include <QCoreApplication>

#include <optional>

namespace chamber {

// What the import wizard's pages share, over the import library: the file read, the table found
// in it, the mapping as the user leaves it, the plan and the outcome. Pages go through it and
// never through one another's widgets; it holds no SQL (the library's services do the writing).
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)
public:
    explicit ImportSession(Database &db) : m_db(db) {}

    // Reads the file and finds its ledger (sheet: 1-based, or the first holding a ledger).
    Status load(const QString &path, TextEncoding encoding, std::optional<int> sheet);
    // A mapping saved before: applied now, and again whenever the file is read.
    Status loadMapping(const QString &path);
    Status saveMapping(const QString &path) const;
    // The user's choice for a column (a field key, or empty to leave it out).
    Status choose(int column, const QString &field);

    Result<ImportPlan> plan(UpdatePolicy policy, const ImportPlan::Progress &progress);
    Result<ImportOutcome> commit(const ImportPlan::Progress &progress);
    Status saveRejects(const QString &path) const;
    // The refused rows and the values held back or doubted, with why (RejectsWriter::writeReport).
    Status saveReport(const QString &path) const;

    bool loaded() const { return m_table.has_value(); }
    const LedgerFile &file() const { return *m_file; }
    const LedgerTable &table() const { return *m_table; }
    bool planned() const { return m_plan.has_value(); }
    const ImportPlan &currentPlan() const { return *m_plan; }
    const std::optional<ImportOutcome> &outcome() const { return m_outcome; }

private:
    Database &m_db;
    HeaderMapping m_saved;
    std::optional<LedgerFile> m_file;
    std::optional<LedgerTable> m_table;
    std::optional<ImportPlan> m_plan;
    std::optional<ImportOutcome> m_outcome;
};

} // namespace chamber
