// SPDX-License-Identifier: GPL-3.0-or-later
// chamberctl import ledger | export ledger: taking in an office's CSV/XLSX/XLS/ET/ODS ledger and writing one.
#include "Cli.h"
#include "Fields.h"
#include "Importer.h"
#include "LedgerExporter.h"
#include "LedgerFile.h"
#include "RejectsWriter.h"
#include "TextTable.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace chamber::cli {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

nlohmann::json problemJson(const ImportProblem &p)
{
    nlohmann::json j = {{"severity", p.isError() ? "error" : "warning"}, {"field", s(p.problem.field)}, {"message", s(p.problem.message)}};
    if (p.row() > 0)
        j["row"] = p.row();
    if (p.column >= 0) {
        j["column"] = s(columnLetters(p.column));
        j["header"] = s(p.header);
        j["value"] = s(p.value);
    }
    if (!p.expected.isEmpty())
        j["expected"] = s(p.expected);
    if (p.verify != ImportProblem::Verify::No)
        j["verify"] = p.verify == ImportProblem::Verify::HeldBack ? "held_back" : "doubtful";
    return j;
}

nlohmann::json countsJson(const ImportCounts &c)
{
    return {{"records", c.records}, {"create", c.created}, {"update", c.updated},   {"unchanged", c.unchanged},
            {"skip", c.skipped},    {"refuse", c.refused}, {"not_records", c.notRecords}, {"held_back", c.heldBack},
            {"doubtful", c.doubtful}};
}

nlohmann::json planJson(const ImportPlan &plan, const QString &encoding)
{
    nlohmann::json j;
    j["file"] = s(plan.options.fileName);
    j["sha256"] = s(plan.options.fileSha256);
    j["sheet"] = s(plan.table.sheet.name);
    if (!encoding.isEmpty())
        j["encoding"] = s(encoding);
    j["header_row"] = plan.table.headerRow;
    j["year"] = plan.year ? nlohmann::json(*plan.year) : nlohmann::json();
    j["update"] = s(ImportPlan::policyKey(plan.options.policy));
    j["columns"] = nlohmann::json::array();
    for (const auto &c : plan.table.mapping.columns())
        j["columns"].push_back({{"column", s(columnLetters(c.column))}, {"header", s(c.header)},
                                {"field", c.field.isEmpty() ? nlohmann::json() : nlohmann::json(s(c.field))}});
    j["not_records"] = nlohmann::json::array();
    for (const auto &r : plan.table.skipped)
        j["not_records"].push_back({{"row", r.row}, {"reason", s(r.reason)}});
    j["problems"] = nlohmann::json::array();
    for (const auto &p : plan.fileProblems)
        j["problems"].push_back(problemJson(p));
    j["rows"] = nlohmann::json::array();
    for (const auto &r : plan.rows) {
        nlohmann::json row = {{"row", r.record.row},
                              {"action", s(ImportPlan::actionKey(r.action))},
                              {"township", s(r.record.township)},
                              {"township_code", s(r.record.chamber.townshipCode)},
                              {"name", s(r.record.chamber.name)}};
        if (r.chamberId != 0)
            row["chamber_id"] = r.chamberId;
        row["changes"] = nlohmann::json::array();
        for (const auto &c : r.changes)
            row["changes"].push_back({{"field", s(c.field)}, {"before", s(c.before)}, {"after", s(c.after)}});
        row["problems"] = nlohmann::json::array();
        for (const auto &p : r.problems())
            row["problems"].push_back(problemJson(p));
        j["rows"].push_back(row);
    }
    j["counts"] = countsJson(plan.counts());
    if (plan.importedBefore)
        j["imported_before"] = {{"at", s(plan.importedBefore->at.toString(Qt::ISODate))}, {"actor", s(plan.importedBefore->actor)}};
    return j;
}

QString problemLine(const ImportProblem &p)
{
    QString where = p.row() > 0 ? Context::tr("row %1").arg(p.row()) : QString();
    if (p.column >= 0) {
        const QString column = Context::tr("column %1 %2").arg(columnLetters(p.column), p.header);
        where = where.isEmpty() ? column : Context::tr("%1, %2").arg(where, column);
        if (!p.value.isEmpty())
            where += QStringLiteral(" \"%1\"").arg(p.value);
    }
    const QString severity = p.verify == ImportProblem::Verify::HeldBack   ? Context::tr("held back, to verify")
                             : p.verify == ImportProblem::Verify::Doubtful ? Context::tr("taken in, to verify")
                             : p.isError()                                 ? Context::tr("error")
                                                                           : Context::tr("warning");
    QString line = Context::tr("%1: %2").arg(severity, p.problem.message);
    if (!where.isEmpty())
        line = where + Context::tr(": ") + line;
    if (!p.expected.isEmpty())
        line += QLatin1Char(' ') + Context::tr("Expected: %1.").arg(p.expected);
    return line;
}

void printPlan(Context &context, const ImportPlan &plan, const QString &encoding)
{
    auto &out = context.out();
    out << Context::tr("File: %1 (SHA-256 %2)").arg(plan.options.fileName, plan.options.fileSha256.left(12)) << Qt::endl;
    out << Context::tr("Sheet: %1; header in row %2").arg(plan.table.sheet.name).arg(plan.table.headerRow);
    if (!encoding.isEmpty())
        out << Context::tr("; read as %1").arg(encoding);
    if (plan.year)
        out << Context::tr("; the ledger's year %1").arg(*plan.year);
    out << Qt::endl;
    if (plan.importedBefore)
        out << Context::tr("This file was imported before, on %1 by %2.")
                   .arg(plan.importedBefore->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), plan.importedBefore->actor)
            << Qt::endl;
    out << Qt::endl << Context::tr("Columns:") << Qt::endl;
    for (const auto &c : plan.table.mapping.columns()) {
        if (c.header.isEmpty())
            continue;
        const QString target = !c.field.isEmpty() ? fieldLabel(c.field) : c.ignored ? Context::tr("(left out)") : Context::tr("(not imported)");
        out << QStringLiteral("  %1 %2 → %3").arg(columnLetters(c.column), c.header, target) << Qt::endl;
    }
    for (const auto &r : plan.table.skipped)
        out << Context::tr("Row %1 is not a record: %2").arg(r.row).arg(r.reason) << Qt::endl;
    out << Qt::endl;
    TextTable table({Context::tr("Row"), Context::tr("Township"), Context::tr("Chamber"), Context::tr("Action"), Context::tr("Changes")});
    for (const auto &r : plan.rows) {
        QStringList changes;
        for (const auto &c : r.changes)
            changes.append(QStringLiteral("%1: %2 → %3").arg(fieldLabel(c.field), c.before.isEmpty() ? QStringLiteral("—") : c.before, c.after));
        table.addRow({QString::number(r.record.row), r.record.township, r.record.chamber.name, ImportPlan::actionName(r.action),
                      changes.join(QStringLiteral("; "))});
    }
    table.print(out);
    const auto problems = plan.allProblems();
    if (!problems.isEmpty()) {
        out << Qt::endl << Context::tr("Problems:") << Qt::endl;
        for (const auto &p : problems)
            out << QStringLiteral("  ") << problemLine(p) << Qt::endl;
    }
    const ImportCounts c = plan.counts();
    out << Qt::endl
        << Context::tr("%1 records: %2 to create, %3 to update, %4 unchanged, %5 skipped, %6 refused; %7 rows are not records.")
               .arg(c.records).arg(c.created).arg(c.updated).arg(c.unchanged).arg(c.skipped).arg(c.refused).arg(c.notRecords)
        << Qt::endl;
    if (c.heldBack + c.doubtful > 0)
        out << Context::tr("%1 values held back and %2 doubtful values become items to verify (see: chamberctl verify list).")
                   .arg(c.heldBack)
                   .arg(c.doubtful)
            << Qt::endl;
}

int runImport(Context &context, const QCommandLineParser &p)
{
    const QString format = formatOption(p, {QStringLiteral("table"), QStringLiteral("json")});
    const QString path = positionalArgument(p, QStringLiteral("FILE"));
    CsvReader::Options csv;
    if (p.isSet(QStringLiteral("encoding"))) {
        const auto encoding = CsvReader::encodingFromName(p.value(QStringLiteral("encoding")));
        if (!encoding)
            throw UsageError{Context::tr("--encoding takes utf-8 or gb18030.")};
        csv.encoding = *encoding;
    }
    ImportPlan::Options options;
    if (p.isSet(QStringLiteral("update"))) {
        const auto policy = ImportPlan::policyFromText(p.value(QStringLiteral("update")));
        if (!policy)
            throw UsageError{Context::tr("--update takes overwrite, fill-empty or skip.")};
        options.policy = *policy;
    }
    HeaderMapping saved;
    if (p.isSet(QStringLiteral("mapping"))) {
        QFile f(p.value(QStringLiteral("mapping")));
        if (!f.open(QIODevice::ReadOnly))
            throw Refusal{{Problem::error(QStringLiteral("mapping"), Context::tr("Cannot read the mapping file %1.").arg(f.fileName()))}};
        auto loaded = HeaderMapping::fromJson(f.readAll());
        if (!loaded)
            throw Refusal{loaded.problems()};
        saved = loaded.value();
    }
    const auto sheet = intOption(p, QStringLiteral("sheet"), QStringLiteral("sheet"));
    options.year = intOption(p, QStringLiteral("year"), QStringLiteral("year"));

    auto file = LedgerFile::load(path, csv);
    if (!file)
        return context.finish(file.problems());
    auto table = TableLocator::locate(file->sheets, sheet, saved);
    if (!table)
        return context.finish(table.problems());
    if (table->recordRows.isEmpty())
        return context.finish({Problem::error(QStringLiteral("file"), Context::tr("The ledger has a header but no rows of chambers below it."))});
    if (p.isSet(QStringLiteral("save-mapping"))) {
        QFile out(p.value(QStringLiteral("save-mapping")));
        HeaderMapping used = table->mapping;
        used.setHeaderRow(table->headerRow);
        if (!out.open(QIODevice::WriteOnly) || out.write(used.toJson()) < 0)
            throw Refusal{{Problem::error(QStringLiteral("mapping"), Context::tr("Cannot write the mapping file %1.").arg(out.fileName()))}};
    }
    options.fileName = file->fileName;
    options.fileSha256 = file->sha256;
    Database &db = context.db(false, !p.isSet(QStringLiteral("dry-run")));
    auto plan = ImportPlan::build(db, *table, options);
    if (!plan)
        return context.finish(plan.problems());
    const QString encoding = table->sheet.encoding;
    if (p.isSet(QStringLiteral("rejects")) && plan->counts().refused > 0)
        if (auto s = RejectsWriter::write(*plan, p.value(QStringLiteral("rejects"))); !s)
            return context.finish(s.problems());

    const ImportCounts counts = plan->counts();
    // Nothing to take in and something refused: the import is refused as a whole.
    const bool refused = counts.refused > 0 && counts.created + counts.updated + counts.unchanged + counts.skipped == 0;
    // The plan as JSON only when it is asked for: for a region's ledger it was a twentieth of the import.
    const bool asJson = format == QStringLiteral("json");
    nlohmann::json json;
    if (asJson) {
        json = planJson(*plan, encoding);
        json["dry_run"] = p.isSet(QStringLiteral("dry-run"));
    }
    if (format == QStringLiteral("table"))
        printPlan(context, *plan, encoding);
    if (!p.isSet(QStringLiteral("dry-run")) && !refused) {
        auto outcome = Importer::commit(db, *plan);
        if (!outcome)
            return context.finish(outcome.problems());
        if (asJson) {
            json["log_id"] = outcome->logId;
            if (!outcome->backupPath.isEmpty())
                json["backup"] = outcome->backupPath.toStdString();
        }
        if (format == QStringLiteral("table")) {
            context.out() << Context::tr("Imported: %1 created, %2 updated, %3 unchanged (import log number %4).")
                                 .arg(counts.created).arg(counts.updated).arg(counts.unchanged).arg(outcome->logId)
                          << Qt::endl;
            if (!outcome->backupPath.isEmpty())
                context.out() << Context::tr("The file as it was before the import: %1 (chamberctl backup restore puts it back).")
                                     .arg(outcome->backupPath)
                              << Qt::endl;
        }
    } else if (format == QStringLiteral("table")) {
        context.out() << (refused ? Context::tr("Nothing was imported: every record was refused.")
                                  : Context::tr("Dry run: nothing was written."))
                      << Qt::endl;
    }
    if (asJson)
        writeJson(context, json.dump(2));
    if (p.isSet(QStringLiteral("rejects")) && counts.refused > 0 && format == QStringLiteral("table"))
        context.out() << Context::tr("The refused rows were written to %1 with a column saying why.").arg(p.value(QStringLiteral("rejects")))
                      << Qt::endl;
    return refused ? Refused : Ok;
}

int runExport(Context &context, const QCommandLineParser &p)
{
    const QString path = requiredValue(p, QStringLiteral("out"));
    // Without --format the file's suffix says; with it, the format wins over any name.
    const QString format = p.isSet(QStringLiteral("format")) ? formatOption(p, LedgerExporter::formats()) : QString();
    const auto year = intOption(p, QStringLiteral("year"), QStringLiteral("year"));
    Database &db = context.db();
    if (auto s = LedgerExporter::write(db, path, format, year); !s)
        return context.finish(s.problems());
    context.out() << Context::tr("Wrote the ledger to %1.").arg(path) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> importCommands()
{
    return {
        {{QStringLiteral("import"), QStringLiteral("ledger")},
         Context::tr("Take in an office's ledger (CSV, XLSX, XLS/ET or ODS): preview, then import the valid rows"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("sheet"), Context::tr("Sheet number in a workbook (from 1); default: the first with a ledger."),
                                QStringLiteral("N")));
             p.addOption(option(QStringLiteral("mapping"), Context::tr("Column mapping saved as JSON (see --save-mapping)."), QStringLiteral("FILE")));
             p.addOption(option(QStringLiteral("save-mapping"), Context::tr("Write the column mapping used, to edit and reuse."), QStringLiteral("FILE")));
             p.addOption(option(QStringLiteral("encoding"), Context::tr("Text encoding of a CSV: utf-8 or gb18030 (default: detected)."),
                                QStringLiteral("ENCODING")));
             p.addOption(option(QStringLiteral("update"), Context::tr("What to do with chambers already recorded: overwrite, fill-empty or skip."),
                                QStringLiteral("POLICY")));
             p.addOption(option(QStringLiteral("year"), Context::tr("The ledger's year, for its yearly counts and honours without a year "
                                                                    "(default: from the title, e.g. 截至2025年12月)."),
                                QStringLiteral("YYYY")));
             p.addOption(option(QStringLiteral("dry-run"), Context::tr("Show what would happen; write nothing.")));
             p.addOption(option(QStringLiteral("rejects"), Context::tr("Write the refused rows to this CSV, with a column saying why."),
                                QStringLiteral("FILE")));
             p.addOption(option(QStringLiteral("format"), Context::tr("table or json."), QStringLiteral("FORMAT")));
         },
         runImport, QStringLiteral("FILE")},
        {{QStringLiteral("export"), QStringLiteral("ledger")}, Context::tr("Write the chambers as a ledger (CSV, XLSX or ODS) that import reads back"),
         [](QCommandLineParser &p) {
             p.addOption(option(QStringLiteral("out"), Context::tr("The file to write, .csv, .xlsx or .ods."), QStringLiteral("FILE")));
             p.addOption(option(QStringLiteral("format"), Context::tr("csv, xlsx or ods (default: from the file's suffix)."), QStringLiteral("FORMAT")));
             p.addOption(option(QStringLiteral("year"), Context::tr("The year of the yearly counts (default: the last year with counts); "
                                                                    "written into the title and the count columns."),
                                QStringLiteral("YYYY")));
         },
         runExport, {}},
    };
}

} // namespace chamber::cli
