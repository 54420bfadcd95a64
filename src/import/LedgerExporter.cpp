// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerExporter.h"

#include "ChamberService.h"
#include "CsvWriter.h"
#include "Dates.h"
#include "DivisionService.h"
#include "LedgerFields.h"
#include "HonourService.h"
#include "MediationService.h"
#include "Money.h"
#include "OdsWriter.h"
#include "PartyService.h"
#include "RecordsPlanner.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace chamber {

namespace {

// The exported columns, by field key, in the order of the offices' ledgers; the fields those
// ledgers lack come after theirs, so that every field makes the round trip.
const QStringList &exportedFields()
{
    static const QStringList fields = {
        QStringLiteral("seq"),                QStringLiteral("township"),           QStringLiteral("name"),
        QStringLiteral("founded"),            QStringLiteral("president"),          QStringLiteral("president_phone"),
        QStringLiteral("secretary_general"),  QStringLiteral("total_members"),      QStringLiteral("unit_members"),
        QStringLiteral("registration"),       QStringLiteral("registration_date"),  QStringLiteral("credit_code"),
        QStringLiteral("party_organization"), QStringLiteral("party_form"),         QStringLiteral("party_members"),
        QStringLiteral("party_instructor"),   QStringLiteral("mediation_committee"), QStringLiteral("mediation_cases"),
        QStringLiteral("mediation_settled"),  QStringLiteral("honours"),            QStringLiteral("secretary_phone"),    QStringLiteral("contact_person"),
        QStringLiteral("contact_phone"),      QStringLiteral("status"),             QStringLiteral("dissolved"),
        QStringLiteral("premises"),           QStringLiteral("full_time_staff"),    QStringLiteral("activity_funds"),
        QStringLiteral("independent_liability"), QStringLiteral("supervising_unit"), QStringLiteral("notes"),
    };
    return fields;
}

// Columns that hold long text, made wider in the workbooks.
bool isWide(int column)
{
    static const QStringList wide = {QStringLiteral("name"), QStringLiteral("credit_code"), QStringLiteral("honours"),
                                     QStringLiteral("premises"), QStringLiteral("supervising_unit"), QStringLiteral("notes")};
    return wide.contains(exportedFields().value(column));
}

// Ledger words, not interface text: a ledger is a Chinese document whatever the app's language.
QString registrationWord(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::NotRegistered: return QStringLiteral("否");
    case RegistrationStatus::Preparing: return QStringLiteral("筹备中");
    case RegistrationStatus::Applied: return QStringLiteral("已申请");
    case RegistrationStatus::Registered: return QStringLiteral("是");
    case RegistrationStatus::Deregistered: return QStringLiteral("已注销");
    }
    return {};
}

QString statusWord(ChamberStatus status)
{
    switch (status) {
    case ChamberStatus::Active: return QStringLiteral("正常");
    case ChamberStatus::Dormant: return QStringLiteral("休眠");
    case ChamberStatus::Dissolved: return QStringLiteral("已解散");
    }
    return {};
}

// libxlsxwriter writes control characters as _xHHHH_, as Excel does, but leaves text that already
// looks like such an escape as it is; Excel writes its underscore as _x005F_ so that the text
// reads back as typed. Done here likewise.
QString escapeLiteralEscapes(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    if (!text.contains(QStringLiteral("_x")))
        return text;
    QString out = text;
    return out.replace(escape, QStringLiteral("_x005F_\\1"));
}

Cell dateCell(const std::optional<QDate> &date)
{
    return date ? Cell::fromDate(serialFromDate(*date), *date) : Cell();
}

// Each chamber's Party, mediation and honour records, loaded once for the whole ledger.
struct ChamberRecords
{
    explicit ChamberRecords(Database &db)
    {
        PartyService party(db);
        MediationService mediation(db);
        const auto readOrganizations = party.allOrganizations();
        const auto readInstructors = party.allInstructors();
        const auto readCommittees = mediation.allCommittees();
        const auto readTallies = mediation.allTallies();
        const auto readHonours = HonourService(db).all();
        problems = readOrganizations.problems() + readInstructors.problems() + readCommittees.problems() + readTallies.problems()
                   + readHonours.problems();
        if (hasErrors(problems))
            return;
        for (const auto &o : *readOrganizations)
            organizations.insert(o.chamberId, o);
        for (const auto &i : *readInstructors)
            instructors[i.chamberId].append(i);
        for (const auto &c : *readCommittees)
            committees.insert(c.chamberId);
        for (const auto &t : *readTallies) {
            tallies.insert({t.chamberId, t.year}, t);
            latestYear = std::max(latestYear, t.year);
        }
        for (const auto &h : *readHonours)
            honours[h.chamberId].append(h);
    }
    // The instructor in post last appointed (a ledger has one name).
    QString instructorOf(qint64 chamberId) const
    {
        QString name;
        for (const auto &i : instructors.value(chamberId))
            if (!i.until)
                name = i.name;
        return name;
    }
    Cell casesIn(qint64 chamberId, int year) const
    {
        const auto it = tallies.constFind({chamberId, year});
        return it == tallies.cend() ? Cell() : Cell::fromNumber(it->cases);
    }
    Cell settledIn(qint64 chamberId, int year) const
    {
        const auto it = tallies.constFind({chamberId, year});
        return it == tallies.cend() || !it->settled ? Cell() : Cell::fromNumber(*it->settled);
    }
    // Every honour with its year, so that reading it back needs no guess.
    QString honoursOf(qint64 chamberId) const
    {
        QStringList items;
        for (const auto &h : honours.value(chamberId))
            items.append(QStringLiteral("%1（%2年）").arg(RecordsPlanner::ledgerWord(h.kind)).arg(h.year));
        return items.join(QStringLiteral("；"));
    }

    QHash<qint64, PartyOrganization> organizations;
    QHash<qint64, QList<PartyInstructor>> instructors;
    QSet<qint64> committees;
    QHash<std::pair<qint64, int>, MediationTally> tallies;
    int latestYear = 0;  // the last year a count is kept for
    QHash<qint64, QList<Honour>> honours;
    Problems problems;  // the reads that failed: then there is no ledger
};

} // namespace

Result<LedgerExporter::Table> LedgerExporter::table(Database &db, const QDate &today, std::optional<int> year)
{
    Table t;
    DivisionService divisions(db);
    const auto readScope = divisions.scope();
    if (!readScope)
        return readScope.problems();
    const std::optional<Division> &scope = *readScope;
    const ChamberRecords records(db);
    if (hasErrors(records.problems))
        return records.problems;
    // The ledger's year comes first in the title, so that reading it back finds that year.
    t.year = year.value_or(records.latestYear > 0 ? records.latestYear : today.year());
    t.title = QStringLiteral("%1乡镇（街道）商会台账（%2年度，截至%3年%4月%5日）")
                  .arg(scope ? scope->name : QString())
                  .arg(t.year)
                  .arg(today.year())
                  .arg(today.month())
                  .arg(today.day());
    for (const auto &key : exportedFields())
        t.headers.append(key == QStringLiteral("mediation_cases")     ? QStringLiteral("%1年调解案件数").arg(t.year)
                         : key == QStringLiteral("mediation_settled") ? QStringLiteral("%1年调解成功数").arg(t.year)
                                                                      : LedgerFields::byKey(key)->header);
    // A township name that two townships of the scope share is written as its code instead.
    QHash<QString, int> nameCount;
    const auto townships = divisions.townships();
    const auto histories = RegistrationService(db).allHistories();
    const auto chambers = ChamberService(db).list();
    if (!townships || !histories || !chambers)
        return townships.problems() + histories.problems() + chambers.problems();
    for (const auto &info : *townships)
        ++nameCount[info.division.name];
    int seq = 0;
    for (const auto &row : *chambers) {
        const Chamber &c = row.chamber;
        const auto &history = histories->value(c.id);
        const auto party = records.organizations.constFind(c.id);
        const bool hasParty = party != records.organizations.cend();
        auto yesNo = [](const std::optional<bool> &v) { return v ? Cell::fromText(*v ? QStringLiteral("是") : QStringLiteral("否")) : Cell(); };
        QList<Cell> cells;
        cells << Cell::fromNumber(++seq)
              << Cell::fromText(nameCount.value(row.townshipName) > 1 ? c.townshipCode : row.townshipName) << Cell::fromText(c.name)
              << dateCell(c.founded) << Cell::fromText(c.president) << Cell::fromText(c.presidentPhone) << Cell::fromText(c.secretaryGeneral)
              << Cell::fromNumber(c.totalMembers()) << Cell::fromNumber(c.unitMembers) << Cell::fromText(registrationWord(row.registration))
              << dateCell(history.isEmpty() ? std::nullopt : std::optional<QDate>(history.last().date)) << Cell::fromText(c.creditCode)
              << yesNo(hasParty) << (hasParty ? Cell::fromText(RecordsPlanner::ledgerWord(party->form)) : Cell())
              << (hasParty ? Cell::fromNumber(party->members) : Cell()) << Cell::fromText(records.instructorOf(c.id))
              << yesNo(records.committees.contains(c.id)) << records.casesIn(c.id, t.year) << records.settledIn(c.id, t.year)
              << Cell::fromText(records.honoursOf(c.id)) << Cell::fromText(c.secretaryPhone) << Cell::fromText(c.contactPerson)
              << Cell::fromText(c.contactPhone) << Cell::fromText(statusWord(c.status)) << dateCell(c.dissolved)
              << Cell::fromText(c.premises) << (c.fullTimeStaff ? Cell::fromNumber(*c.fullTimeStaff) : Cell())
              << (c.activityFundsFen ? Cell::fromText(money::formatYuan(*c.activityFundsFen)) : Cell()) << yesNo(c.independentLiability)
              << Cell::fromText(c.supervisingUnit) << Cell::fromText(c.notes);
        t.rows.append(cells);
    }
    return t;
}

Status LedgerExporter::writeCsv(const Table &table, QIODevice &out)
{
    CsvWriter csv(out);
    QStringList title(table.headers.size(), QString());
    if (!title.isEmpty())
        title[0] = table.title;
    csv.writeRow(title);
    csv.writeRow(table.headers);
    for (const auto &row : table.rows) {
        QStringList texts;
        for (const auto &cell : row)
            texts.append(cell.text);
        csv.writeRow(texts);
    }
    if (!csv.ok())
        return Problem::error(QStringLiteral("file"), tr("The ledger could not be written."));
    return success();
}

Status LedgerExporter::writeXlsx(const Table &table, QIODevice &out)
{
    // An Excel cell holds at most 32,767 characters; libxlsxwriter drops a longer string without a
    // word. Refused before anything is written, naming the chamber and the column.
    constexpr qsizetype kMaxCellChars = 32767;
    const qsizetype nameColumn = exportedFields().indexOf(QStringLiteral("name"));
    for (const auto &row : table.rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            if (row[c].text.size() > kMaxCellChars)
                return Problem::error(QStringLiteral("file"),
                                      tr("%1's %2 is %L3 characters long, more than the %L4 an Excel cell holds: it would be lost. "
                                         "Export the ledger as .csv or .ods, which keep it whole, or shorten it.")
                                          .arg(row.value(nameColumn).text, table.headers.value(c))
                                          .arg(row[c].text.size())
                                          .arg(kMaxCellChars));
    // libxlsxwriter writes only to a named file: write it in a temporary folder, then copy.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Problem::error(QStringLiteral("file"), tr("Cannot make a temporary folder for the workbook."));
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("ledger.xlsx")));
    lxw_workbook *workbook = workbook_new(path.constData());
    if (!workbook)
        return Problem::error(QStringLiteral("file"), tr("Cannot create the workbook."));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "商会台账");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    worksheet_write_string(sheet, 0, 0, table.title.toUtf8().constData(), bold);
    for (int c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(sheet, 1, lxw_col_t(c), table.headers[c].toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), isWide(c) ? 24 : 12, nullptr);
    }
    worksheet_freeze_panes(sheet, 2, 0);
    for (int r = 0; r < table.rows.size(); ++r) {
        const auto row = lxw_row_t(r + 2);
        for (int c = 0; c < table.rows[r].size(); ++c) {
            const Cell &cell = table.rows[r][c];
            const auto col = lxw_col_t(c);
            if (cell.kind == Cell::Kind::Number)
                worksheet_write_number(sheet, row, col, cell.number, nullptr);
            else if (cell.kind == Cell::Kind::Date)
                worksheet_write_number(sheet, row, col, cell.number, date);
            else if (cell.kind != Cell::Kind::Empty)
                worksheet_write_string(sheet, row, col, escapeLiteralEscapes(cell.text).toUtf8().constData(), nullptr);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return Problem::error(QStringLiteral("file"), tr("The workbook could not be written."));
    QFile written(QFile::decodeName(path));
    if (!written.open(QIODevice::ReadOnly))
        return Problem::error(QStringLiteral("file"), tr("The workbook could not be written."));
    const QByteArray bytes = written.readAll();
    if (out.write(bytes) != bytes.size())
        return Problem::error(QStringLiteral("file"), tr("The workbook could not be written."));
    return success();
}

Status LedgerExporter::writeOds(const Table &table, QIODevice &out)
{
    OdsWriter::Sheet sheet;
    sheet.name = QStringLiteral("商会台账");
    sheet.boldRows = 2;
    sheet.rows.append({Cell::fromText(table.title)});
    QList<Cell> headers;
    for (const auto &h : table.headers)
        headers.append(Cell::fromText(h));
    sheet.rows.append(headers);
    sheet.rows.append(table.rows);
    for (int c = 0; c < table.headers.size(); ++c)
        sheet.columnWidthsCm.append(isWide(c) ? 5.0 : 2.5);
    const QByteArray bytes = OdsWriter::write(sheet);
    if (bytes.isEmpty() || out.write(bytes) != bytes.size())
        return Problem::error(QStringLiteral("file"), tr("The workbook could not be written."));
    return success();
}

QStringList LedgerExporter::formats()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ods")};
}

Status LedgerExporter::write(Database &db, const QString &path, const QString &format, std::optional<int> year)
{
    const QString kind = format.isEmpty() ? path.section(QLatin1Char('.'), -1).toLower() : format;
    if (!formats().contains(kind))
        return Problem::error(QStringLiteral("file"), format.isEmpty() ? tr("The ledger is written as .csv, .xlsx or .ods; %1 is none of them.").arg(path)
                                                                     : tr("The ledger is written as csv, xlsx or ods, not %1.").arg(format));
    // Read first: a file that cannot be read leaves no ledger behind, not even an empty one.
    const auto read = table(db, QDate::currentDate(), year);
    if (!read)
        return read.problems();
    const Table &t = *read;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem::error(QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    const Status written = kind == QStringLiteral("csv") ? writeCsv(t, file) : kind == QStringLiteral("xlsx") ? writeXlsx(t, file) : writeOds(t, file);
    if (!written)
        return written;
    if (!file.commit())
        return Problem::error(QStringLiteral("file"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace chamber
