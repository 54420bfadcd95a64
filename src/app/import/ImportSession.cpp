// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSession.h"

#include "RejectsWriter.h"

#include <QFile>
#include <QSaveFile>

namespace chamber {

Status ImportSession::load(const QString &path, TextEncoding encoding, std::optional<int> sheet)
{
    CsvReader::Options csv;
    csv.encoding = encoding;
    auto file = LedgerFile::load(path, csv);
    if (!file)
        return file.problems();
    auto table = TableLocator::locate(file->sheets, sheet, m_saved);
    if (!table)
        return table.problems();
    if (table->recordRows.isEmpty())
        return Problem::error(QStringLiteral("file"), tr("The ledger has a header but no rows of chambers below it."));
    m_file = std::move(file.value());
    m_table = std::move(table.value());
    m_plan.reset();
    m_outcome.reset();
    return success();
}

Status ImportSession::loadMapping(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Problem::error(QStringLiteral("mapping"), tr("Cannot read the mapping file %1.").arg(path));
    auto mapping = HeaderMapping::fromJson(f.readAll());
    if (!mapping)
        return mapping.problems();
    m_saved = mapping.value();
    return success();
}

Status ImportSession::saveMapping(const QString &path) const
{
    HeaderMapping used = m_table ? m_table->mapping : m_saved;
    if (m_table)
        used.setHeaderRow(m_table->headerRow);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(used.toJson()) < 0 || !f.commit())
        return Problem::error(QStringLiteral("mapping"), tr("Cannot write the mapping file %1.").arg(path));
    return success();
}

Status ImportSession::choose(int column, const QString &field)
{
    if (!m_table)
        return Problem::error(QStringLiteral("mapping"), tr("No ledger is open."));
    auto chosen = m_table->mapping.choose(column, field);
    if (chosen) {
        // Kept for a file read again (another sheet or encoding) in this session.
        m_saved = m_table->mapping;
        m_saved.setHeaderRow(std::nullopt);
        m_plan.reset();
    }
    return chosen;
}

Result<ImportPlan> ImportSession::plan(UpdatePolicy policy, const ImportPlan::Progress &progress)
{
    if (!m_table)
        return Problem::error(QStringLiteral("file"), tr("No ledger is open."));
    ImportPlan::Options options;
    options.policy = policy;
    options.fileName = m_file->fileName;
    options.fileSha256 = m_file->sha256;
    m_plan.reset();
    auto built = ImportPlan::build(m_db, *m_table, options, progress);
    if (built)
        m_plan = built.value();
    return built;
}

Result<ImportOutcome> ImportSession::commit(const ImportPlan::Progress &progress)
{
    if (!m_plan)
        return Problem::error(QStringLiteral("file"), tr("There is no preview to import."));
    auto outcome = Importer::commit(m_db, *m_plan, progress);
    if (outcome)
        m_outcome = outcome.value();
    return outcome;
}

Status ImportSession::saveRejects(const QString &path) const
{
    if (!m_plan)
        return Problem::error(QStringLiteral("file"), tr("There is no preview to save from."));
    return RejectsWriter::write(*m_plan, path);
}

Status ImportSession::saveReport(const QString &path) const
{
    if (!m_plan)
        return Problem::error(QStringLiteral("file"), tr("There is no preview to save from."));
    return RejectsWriter::writeReport(*m_plan, path);
}

} // namespace chamber
