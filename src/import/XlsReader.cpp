// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsReader.h"

#include "CompoundFile.h"

#include <QDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <freexl.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

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

// FreeXL is C that trusts its input: a crafted file can make it read out of bounds (a fuzz finding,
// tests/import/data/fuzz/freexl-open-segv.xls). Before the process reads a workbook with it, a
// forked child does the same reading and exits; a child killed by a signal, or still busy after the
// time bound, means the file is refused as damaged instead of taking the app down. The child calls
// only FreeXL (C, no Qt) on a name prepared before the fork.
enum class Probe { Readable, Crashed, TooSlow };

[[maybe_unused]] Probe probeWithFreeXl(const QByteArray &fileName, int timeoutMs)
{
    const pid_t child = fork();
    if (child < 0)
        return Probe::Readable;  // no process to spare: read as before
    if (child == 0) {
        const void *handle = nullptr;
        if (freexl_open(fileName.constData(), &handle) == FREEXL_OK) {
            unsigned int sheets = 0;
            freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
            for (unsigned int i = 0; i < sheets && i <= 0xFFFF; ++i) {
                unsigned int rows = 0;
                unsigned short columns = 0;
                if (freexl_select_active_worksheet(handle, (unsigned short)i) != FREEXL_OK
                    || freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
                    break;
                for (unsigned int r = 0; r < rows && r < unsigned(ReadLimits::kMaxRows); ++r)
                    for (unsigned short c = 0; c < columns; ++c) {
                        FreeXL_CellValue value;
                        freexl_get_cell_value(handle, r, c, &value);
                    }
            }
            freexl_close(handle);
        }
        _exit(0);
    }
    for (int waited = 0;; waited += 10) {
        int status = 0;
        const pid_t done = waitpid(child, &status, WNOHANG);
        if (done == child)
            return WIFSIGNALED(status) ? Probe::Crashed : Probe::Readable;
        if (done < 0)
            return Probe::Readable;
        if (waited >= timeoutMs) {
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            return Probe::TooSlow;
        }
        usleep(10 * 1000);
    }
}

// FreeXL wants a file name: the bytes go to a private temporary file for as long as it reads.
class FreeXlHandle
{
public:
    ~FreeXlHandle()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    int open(const QByteArray &bytes)
    {
        m_file.setFileTemplate(QDir::tempPath() + QStringLiteral("/chamberdesk-XXXXXX.xls"));
        if (!m_file.open() || m_file.write(bytes) != bytes.size() || !m_file.flush())
            return FREEXL_FILE_NOT_FOUND;
#ifndef CHAMBER_FUZZING  // the fuzzer must see FreeXL's crashes itself, not a refusal
        m_probe = probeWithFreeXl(QFile::encodeName(m_file.fileName()), 60 * 1000);
#endif
        if (m_probe != Probe::Readable)
            return FREEXL_INVALID_CFBF_HEADER;  // never opened here: damaged, or probe() says why
        return freexl_open(QFile::encodeName(m_file.fileName()).constData(), &m_handle);
    }
    Probe probe() const { return m_probe; }
    const void *get() const { return m_handle; }

private:
    QTemporaryFile m_file;
    const void *m_handle = nullptr;
    Probe m_probe = Probe::Readable;
};

Cell cellOf(const FreeXL_CellValue &v)
{
    switch (v.type) {
    case FREEXL_CELL_INT:
        return Cell::fromNumber(v.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return Cell::fromNumber(v.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        return Cell::fromText(v.value.text_value ? QString::fromUtf8(v.value.text_value) : QString());
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME: {
        // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS", already counted in the workbook's date system.
        const QString text = v.value.text_value ? QString::fromLatin1(v.value.text_value) : QString();
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        return date.isValid() ? Cell::fromDate(serialFromDate(date), date) : Cell::fromText(text);
    }
    case FREEXL_CELL_TIME:
        return Cell::fromText(v.value.text_value ? QString::fromLatin1(v.value.text_value) : QString());
    default:
        return {};
    }
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

    FreeXlHandle xl;
    const int opened = xl.open(bytes);
    if (opened == FREEXL_UNSUPPORTED_CHARSET || opened == FREEXL_INVALID_CHARACTER)
        return Problem::error(kFileField, tr("The workbook's text is in a code page that cannot be read. Open it in WPS or Excel and save it as .xlsx."));
    if (xl.probe() == Probe::TooSlow)
        return Problem::error(kFileField, tr("Reading the workbook did not finish within a minute, so it was stopped: the file is damaged "
                                             "or built to keep a reader busy. Open it in WPS or Excel and save it again."));
    if (opened == FREEXL_INSUFFICIENT_MEMORY)
        return ReadLimits::tooManyCells();
    if (opened != FREEXL_OK)
        return damaged();
    unsigned int info = 0;
    if (freexl_get_info(xl.get(), FREEXL_BIFF_PASSWORD, &info) != FREEXL_OK || info == FREEXL_BIFF_OBFUSCATED)
        return encrypted();
    unsigned int sheetCount = 0;
    if (freexl_get_info(xl.get(), FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK)
        return damaged();

    // FreeXL's sheets beside the stream's: all of them, or the worksheets only. If neither fits,
    // the cells are still read, without merges or hidden marks.
    QList<SheetInfo> infos;
    for (const auto &s : globals.sheets)
        if (s.worksheet)
            infos.append(s);
    if (quint32(infos.size()) != sheetCount)
        infos = quint32(globals.sheets.size()) == sheetCount ? globals.sheets : QList<SheetInfo>();

    QList<Sheet> sheets;
    qint64 filled = 0;
    qint64 scanned = 0;
    for (unsigned int i = 0; i < sheetCount && i <= 0xFFFF; ++i) {
        Sheet sheet;
        const char *name = nullptr;
        if (freexl_get_worksheet_name(xl.get(), (unsigned short)i, &name) != FREEXL_OK
            || freexl_select_active_worksheet(xl.get(), (unsigned short)i) != FREEXL_OK)
            return damaged();
        sheet.name = name ? QString::fromUtf8(name) : QString();
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(xl.get(), &rows, &columns) != FREEXL_OK)
            return damaged();
        if (rows > quint32(ReadLimits::kMaxRows))
            return ReadLimits::tooManyRows(sheet.name);
        // Every cell of the stated area is asked for, filled or not: bounded so a crafted size
        // cannot keep the import busy.
        scanned += qint64(rows) * columns;
        if (scanned > 16 * ReadLimits::kMaxCells)
            return ReadLimits::tooManyCells();
        for (unsigned int r = 0; r < rows; ++r) {
            SheetRow row;
            row.number = int(r) + 1;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(xl.get(), r, c, &value) != FREEXL_OK)
                    continue;
                const Cell cell = cellOf(value);
                if (cell.kind == Cell::Kind::Empty)
                    continue;
                if (++filled > ReadLimits::kMaxCells)
                    return ReadLimits::tooManyCells();
                if (row.cells.size() <= c)
                    row.cells.resize(c + 1);
                row.cells[c] = cell;
            }
            if (!row.cells.isEmpty())
                sheet.rows.append(row);
        }
        if (i < quint32(infos.size())) {
            sheet.hidden = infos[i].hidden;
            if (!applyMerges(sheet, infos[i].merges, true))
                return ReadLimits::tooManyCells();
        }
        sheets.append(sheet);
    }
    if (sheets.isEmpty())
        return damaged();
    return sheets;
}

} // namespace chamber
