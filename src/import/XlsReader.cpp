// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsReader.h"

#include "CompoundFile.h"
#include "FreeXlChild.h"

#include <QDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <vector>

#include <freexl.h>


namespace chamber {

namespace {

const QString kFileField = QStringLiteral("file");

// BIFF record types read here.
constexpr quint16 kBof = 0x0809;
constexpr quint16 kEof = 0x000A;
constexpr quint16 kFilePass = 0x002F;
constexpr quint16 kBoundSheet = 0x0085;
constexpr quint16 kMergedCells = 0x00E5;

// What the workbook stream says of a sheet that FreeXL does not.
struct SheetInfo
{
    bool worksheet = true;  // not a chart, macro or VB module sheet
    bool hidden = false;
    QList<MergedRange> merges;
};

struct Globals
{
    bool encrypted = false;
    QList<SheetInfo> sheets;
};

quint16 u16(const QByteArray &b, qsizetype at)
{
    return at >= 0 && at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.constData() + at) : 0;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return at >= 0 && at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.constData() + at) : 0;
}

// Walks the records from `at` until EOF (or the stream's end), handing each type and data on.
// Every record moves forward by its header at least, so the walk ends whatever the bytes hold.
template<typename F>
void walkRecords(const QByteArray &stream, qsizetype at, F &&onRecord)
{
    while (at + 4 <= stream.size()) {
        const quint16 type = u16(stream, at);
        const quint16 length = u16(stream, at + 2);
        const QByteArray data = stream.mid(at + 4, length);
        at += 4 + length;
        if (!onRecord(type, data) || type == kEof)
            return;
    }
}

// The workbook globals (FILEPASS, BOUNDSHEET) and each sheet's MERGEDCELLS.
Globals scanWorkbook(const QByteArray &stream)
{
    Globals out;
    QList<quint32> offsets;
    walkRecords(stream, 0, [&](quint16 type, const QByteArray &data) {
        if (type == kFilePass) {
            out.encrypted = true;
            return false;
        }
        if (type == kBoundSheet && data.size() >= 6) {
            SheetInfo info;
            info.hidden = (quint8(data.at(4)) & 0x03) != 0;  // 1 hidden, 2 very hidden
            info.worksheet = quint8(data.at(5)) == 0;
            offsets.append(u32(data, 0));
            out.sheets.append(info);
        }
        return true;
    });
    if (out.encrypted)
        return out;
    for (qsizetype i = 0; i < out.sheets.size(); ++i) {
        if (!out.sheets[i].worksheet || offsets[i] >= quint32(stream.size()) || u16(stream, offsets[i]) != kBof)
            continue;
        walkRecords(stream, offsets[i] + 4 + u16(stream, offsets[i] + 2), [&](quint16 type, const QByteArray &data) {
            if (type == kBof)
                return false;  // a sheet without its EOF: stop at the next one
            if (type == kMergedCells) {
                const int count = u16(data, 0);
                for (int k = 0; k < count && 2 + 8 * (k + 1) <= data.size(); ++k) {
                    const qsizetype p = 2 + 8 * k;
                    // BIFF rows are 0-based; a Sheet numbers them from 1.
                    out.sheets[i].merges.append({u16(data, p) + 1, u16(data, p + 2) + 1, u16(data, p + 4), u16(data, p + 6)});
                }
            }
            return true;
        });
    }
    return out;
}

Cell cellOf(const FreeXlCell &v)
{
    switch (v.type) {
    case FreeXlCell::Type::Int:
        return Cell::fromNumber(double(v.integer));
    case FreeXlCell::Type::Double:
        return Cell::fromNumber(v.number);
    case FreeXlCell::Type::Text:
        return Cell::fromText(QString::fromUtf8(v.text));
    case FreeXlCell::Type::Date: {
        // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS", already counted in the workbook's date system.
        const QString text = QString::fromLatin1(v.text);
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        return date.isValid() ? Cell::fromDate(serialFromDate(date), date) : Cell::fromText(text);
    }
    case FreeXlCell::Type::Time:
        return Cell::fromText(QString::fromLatin1(v.text));
    }
    return {};
}

} // namespace

Result<QList<Sheet>> XlsReader::read(const QByteArray &bytes)
{
    const auto damaged = [] {
        return Problem::error(kFileField, tr("The file is an Excel 97–2003 (.xls) or WPS (.et) workbook, but it is damaged and cannot be read. "
                                             "Open it in WPS or Excel and save it again."));
    };
    const auto encrypted = [] {
        return Problem::error(kFileField, tr("The workbook is protected with a password (encrypted), so its cells cannot be read. "
                                             "Open it in WPS or Excel, remove the password and save it again."));
    };
    const CompoundFile container(bytes);
    if (!container.isValid())
        return damaged();
    const QStringList streams = container.streamNames();
    auto has = [&](const QString &name) { return streams.contains(name, Qt::CaseInsensitive); };
    // An .xlsx saved with a password is an encrypted package inside an OLE2 container.
    if (has(QStringLiteral("EncryptedPackage")) || has(QStringLiteral("EncryptionInfo")))
        return encrypted();
    auto workbook = container.stream(QStringLiteral("Workbook"));
    if (!workbook)
        workbook = container.stream(QStringLiteral("Book"));  // BIFF5
    if (!workbook) {
        if (has(QStringLiteral("Workbook")) || has(QStringLiteral("Book")))
            return damaged();  // named, but its sectors are cut off or broken
        return Problem::error(kFileField, tr("The file is an Office document of the old kind (OLE2) but not a workbook — "
                                             "perhaps a Word .doc. Choose the ledger saved from WPS or Excel."));
    }
    const Globals globals = scanWorkbook(*workbook);
    if (globals.encrypted)
        return encrypted();

    // FreeXL reads in a child process (FreeXlChild.h): its faults cannot reach this one.
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/chamberdesk-XXXXXX.xls"));
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return Problem::error(kFileField, tr("The workbook could not be copied to the temporary folder to be read: %1").arg(file.errorString()));
    const FreeXlRead xl = readWithFreeXl(QFile::encodeName(file.fileName()), 60 * 1000);
    switch (xl.outcome) {
    case FreeXlRead::Outcome::Read:
        break;
    case FreeXlRead::Outcome::OpenFailed:
        if (xl.openCode == FREEXL_UNSUPPORTED_CHARSET || xl.openCode == FREEXL_INVALID_CHARACTER)
            return Problem::error(kFileField, tr("The workbook's text is in a code page that cannot be read. Open it in WPS or Excel and save it as .xlsx."));
        if (xl.openCode == FREEXL_INSUFFICIENT_MEMORY)
            return ReadLimits::tooManyCells();
        return damaged();
    case FreeXlRead::Outcome::TooSlow:
        return Problem::error(kFileField, tr("Reading the workbook did not finish within a minute, so it was stopped: the file is damaged "
                                             "or built to keep a reader busy. Open it in WPS or Excel and save it again."));
    case FreeXlRead::Outcome::TooManyRows:
        return ReadLimits::tooManyRows(xl.tooManyRowsSheet);
    case FreeXlRead::Outcome::TooManyCells:
        return ReadLimits::tooManyCells();
    case FreeXlRead::Outcome::Damaged:
        return damaged();
    }
    if (xl.passwordInfo == FREEXL_BIFF_OBFUSCATED)
        return encrypted();
    const auto sheetCount = quint32(xl.sheets.size());

    // FreeXL's sheets beside the stream's: all of them, or the worksheets only. If neither fits,
    // the cells are still read, without merges or hidden marks.
    // (Pointers into globals, not copies: GCC 12 at -O2 miscompiles QList<SheetInfo>::append here.)
    std::vector<const SheetInfo *> infos;
    for (const auto &s : globals.sheets)
        if (s.worksheet)
            infos.push_back(&s);
    if (infos.size() != sheetCount) {
        infos.clear();
        if (quint32(globals.sheets.size()) == sheetCount)
            for (const auto &s : globals.sheets)
                infos.push_back(&s);
    }

    QList<Sheet> sheets;
    for (quint32 i = 0; i < sheetCount; ++i) {
        Sheet sheet;
        sheet.name = xl.sheets[i].name;
        for (const FreeXlCell &value : xl.sheets[i].cells) {
            const Cell cell = cellOf(value);
            if (cell.kind == Cell::Kind::Empty)
                continue;
            const int number = int(value.row) + 1;
            if (sheet.rows.isEmpty() || sheet.rows.last().number != number) {
                if (!sheet.rows.isEmpty() && sheet.rows.last().number > number)
                    return damaged();  // FreeXL gives rows in order; anything else is not its reading
                SheetRow row;
                row.number = number;
                sheet.rows.append(row);
            }
            SheetRow &row = sheet.rows.last();
            if (row.cells.size() <= value.column)
                row.cells.resize(value.column + 1);
            row.cells[value.column] = cell;
        }
        if (i < infos.size()) {
            sheet.hidden = infos[i]->hidden;
            if (!applyMerges(sheet, infos[i]->merges, true))
                return ReadLimits::tooManyCells();
        }
        sheets.append(sheet);
    }
    if (sheets.isEmpty())
        return damaged();
    return sheets;
}

} // namespace chamber
