// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreeXlChild.h"

#include "Sheet.h"

#include <QDeadlineTimer>
#include <QtEndian>

#include <freexl.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace chamber {

namespace {

// The stream's tags: one byte each, then the fields named.
constexpr char kOpen = 'O';      // i32 FreeXL's open code
constexpr char kPassword = 'P';  // u32 FREEXL_BIFF_PASSWORD info
constexpr char kSheets = 'N';    // u32 sheet count
constexpr char kSheet = 'S';     // u32 length, the name's UTF-8
constexpr char kCell = 'C';      // u32 row, u16 column, u8 type, then i64 | f64 | u32 length + bytes
constexpr char kDamaged = 'D';   // FreeXL failed on a sheet
constexpr char kRows = 'R';      // the last sheet states too many rows
constexpr char kCells = 'M';     // too many cells stated or filled
constexpr char kEnd = 'Z';

// What the parent takes from a child at most: far above a million cells of ledger text.
constexpr qsizetype kMaxStreamBytes = ReadLimits::kMaxPartBytes;

// The child's side: plain C++ and write(2), no Qt, after fork().
class ChildStream
{
public:
    explicit ChildStream(int fd) : m_fd(fd) {}
    ~ChildStream() { flush(); }
    void tag(char t) { m_buffer.push_back(t); maybeFlush(); }
    void u8(quint8 v) { m_buffer.push_back(char(v)); }
    void u16(quint16 v) { raw(&v, sizeof v); }
    void u32(quint32 v) { raw(&v, sizeof v); }
    void i32(qint32 v) { raw(&v, sizeof v); }
    void i64(qint64 v) { raw(&v, sizeof v); }
    void f64(double v) { raw(&v, sizeof v); }
    void bytes(const char *text)
    {
        const size_t n = text ? std::strlen(text) : 0;
        u32(quint32(n));
        m_buffer.append(text ? text : "", n);
        maybeFlush();
    }

private:
    void raw(const void *p, size_t n)
    {
        // Little-endian on the wire, as the decoder reads it (x86 and arm64 both are).
        m_buffer.append(static_cast<const char *>(p), n);
    }
    void maybeFlush()
    {
        if (m_buffer.size() >= 64 * 1024)
            flush();
    }
    void flush()
    {
        size_t done = 0;
        while (done < m_buffer.size()) {
            const ssize_t n = ::write(m_fd, m_buffer.data() + done, m_buffer.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                _exit(3);  // the parent stopped listening
            done += size_t(n);
        }
        m_buffer.clear();
    }
    int m_fd;
    std::string m_buffer;
};

// Closes FreeXL's handle on every way out of readInChild.
struct OpenWorkbook
{
    const void *handle = nullptr;
    ~OpenWorkbook()
    {
        if (handle)
            freexl_close(handle);
    }
};

void readInChild(const char *fileName, ChildStream &out)
{
    OpenWorkbook book;
    const int opened = freexl_open(fileName, &book.handle);
    const void *handle = book.handle;
    out.tag(kOpen);
    out.i32(opened);
    if (opened != FREEXL_OK) {
        book.handle = nullptr;  // nothing to close: as before, FreeXL's failed open is left alone
        out.tag(kEnd);
        return;
    }
    unsigned int info = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) != FREEXL_OK)
        info = FREEXL_BIFF_OBFUSCATED;  // cannot tell: treated as protected, as before
    out.tag(kPassword);
    out.u32(info);
    unsigned int sheets = 0;
    if (info == FREEXL_BIFF_OBFUSCATED || freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK) {
        out.tag(info == FREEXL_BIFF_OBFUSCATED ? kEnd : kDamaged);
        return;
    }
    out.tag(kSheets);
    out.u32(sheets);
    qint64 scanned = 0;
    qint64 filled = 0;
    for (unsigned int i = 0; i < sheets && i <= 0xFFFF; ++i) {
        const char *name = nullptr;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_get_worksheet_name(handle, (unsigned short)i, &name) != FREEXL_OK
            || freexl_select_active_worksheet(handle, (unsigned short)i) != FREEXL_OK
            || freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) {
            out.tag(kDamaged);
            return;
        }
        out.tag(kSheet);
        out.bytes(name);
        if (rows > quint32(ReadLimits::kMaxRows)) {
            out.tag(kRows);
            return;
        }
        // Every cell of the stated area is asked for, filled or not: bounded so a crafted size
        // cannot keep the child busy.
        scanned += qint64(rows) * columns;
        if (scanned > 16 * ReadLimits::kMaxCells) {
            out.tag(kCells);
            return;
        }
        for (unsigned int r = 0; r < rows; ++r)
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue v;
                if (freexl_get_cell_value(handle, r, c, &v) != FREEXL_OK)
                    continue;
                FreeXlCell::Type type;
                switch (v.type) {
                case FREEXL_CELL_INT: type = FreeXlCell::Type::Int; break;
                case FREEXL_CELL_DOUBLE: type = FreeXlCell::Type::Double; break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT: type = FreeXlCell::Type::Text; break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME: type = FreeXlCell::Type::Date; break;
                case FREEXL_CELL_TIME: type = FreeXlCell::Type::Time; break;
                default: continue;  // empty or unknown
                }
                if (++filled > ReadLimits::kMaxCells) {
                    out.tag(kCells);
                    return;
                }
                out.tag(kCell);
                out.u32(r);
                out.u16(c);
                out.u8(quint8(type));
                if (type == FreeXlCell::Type::Int)
                    out.i64(v.value.int_value);
                else if (type == FreeXlCell::Type::Double)
                    out.f64(v.value.double_value);
                else
                    out.bytes(v.value.text_value);
            }
    }
    out.tag(kEnd);
}

// The parent's side: reads a stream it does not trust (a crashed child may have written anything).
class Reader
{
public:
    explicit Reader(const QByteArray &b) : m_b(b) {}
    bool atEnd() const { return m_at >= m_b.size(); }
    bool tag(char &t) { return take(&t, 1); }
    template<typename T>
    bool value(T &v)
    {
        char raw[sizeof(T)];
        if (!take(raw, sizeof(T)))
            return false;
        v = qFromLittleEndian<T>(raw);
        return true;
    }
    bool text(QByteArray &out)
    {
        quint32 n = 0;
        if (!value(n) || qsizetype(n) > m_b.size() - m_at)
            return false;
        out = m_b.mid(m_at, n);
        m_at += n;
        return true;
    }

private:
    bool take(void *to, qsizetype n)
    {
        if (n > m_b.size() - m_at)
            return false;
        std::memcpy(to, m_b.constData() + m_at, size_t(n));
        m_at += n;
        return true;
    }
    const QByteArray &m_b;
    qsizetype m_at = 0;
};

} // namespace

FreeXlRead decodeFreeXlStream(const QByteArray &stream, bool childCompleted)
{
    FreeXlRead out;
    out.outcome = FreeXlRead::Outcome::Damaged;
    Reader in(stream);
    char t = 0;
    qint32 opened = 0;
    if (!in.tag(t) || t != kOpen || !in.value(opened))
        return out;
    out.openCode = opened;
    quint32 sheetCount = 0;
    while (in.tag(t)) {
        switch (t) {
        case kPassword:
            if (!in.value(out.passwordInfo))
                return out;
            break;
        case kSheets:
            if (!in.value(sheetCount) || !out.sheets.isEmpty())
                return out;
            break;
        case kSheet: {
            QByteArray name;
            if (!in.text(name) || quint32(out.sheets.size()) >= sheetCount)
                return out;
            out.sheets.append({QString::fromUtf8(name), {}});
            break;
        }
        case kCell: {
            FreeXlCell cell;
            quint8 type = 0;
            if (out.sheets.isEmpty() || !in.value(cell.row) || !in.value(cell.column) || !in.value(type))
                return out;
            if (type < quint8(FreeXlCell::Type::Int) || type > quint8(FreeXlCell::Type::Time))
                return out;
            cell.type = FreeXlCell::Type(type);
            if (cell.type == FreeXlCell::Type::Int) {
                if (!in.value(cell.integer))
                    return out;
            } else if (cell.type == FreeXlCell::Type::Double) {
                if (!in.value(cell.number))
                    return out;
            } else if (!in.text(cell.text)) {
                return out;
            }
            if (out.sheets.last().cells.size() >= ReadLimits::kMaxCells)
                return out;
            out.sheets.last().cells.append(std::move(cell));
            break;
        }
        case kDamaged:
            return out;
        case kRows:
            out.outcome = FreeXlRead::Outcome::TooManyRows;
            out.tooManyRowsSheet = out.sheets.isEmpty() ? QString() : out.sheets.last().name;
            return out;
        case kCells:
            out.outcome = FreeXlRead::Outcome::TooManyCells;
            return out;
        case kEnd:
            // Only a whole stream from a child that ended well is a reading.
            if (!childCompleted || !in.atEnd())
                return out;
            if (opened != FREEXL_OK)
                out.outcome = FreeXlRead::Outcome::OpenFailed;
            else if (out.passwordInfo != FREEXL_BIFF_OBFUSCATED && quint32(out.sheets.size()) != sheetCount)
                return out;  // fewer sheets than stated
            else
                out.outcome = FreeXlRead::Outcome::Read;
            return out;
        default:
            return out;
        }
    }
    return out;  // cut off before its end
}

FreeXlRead readWithFreeXl(const QByteArray &fileName, int timeoutMs)
{
    FreeXlRead failed;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        failed.outcome = FreeXlRead::Outcome::OpenFailed;
        failed.openCode = FREEXL_INSUFFICIENT_MEMORY;
        return failed;
    }
    const pid_t child = fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        failed.outcome = FreeXlRead::Outcome::OpenFailed;
        failed.openCode = FREEXL_INSUFFICIENT_MEMORY;
        return failed;
    }
    if (child == 0) {
        ::close(fds[0]);
#ifdef CHAMBER_FUZZING
        // The sanitizers report FreeXL's own faults in the child; the harness judges the parent.
        const int devnull = ::open("/dev/null", O_WRONLY);
        if (devnull >= 0)
            ::dup2(devnull, 2);
#endif
        {
            ChildStream out(fds[1]);
            readInChild(fileName.constData(), out);
        }
        _exit(0);
    }
    ::close(fds[1]);
    QByteArray stream;
    QDeadlineTimer deadline(timeoutMs);
    bool tooBig = false;
    bool tooSlow = false;
    char chunk[64 * 1024];
    for (;;) {
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, int(std::max<qint64>(0, deadline.remainingTime())));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0) {
            tooSlow = true;
            break;
        }
        const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;  // the child closed its end: done, or dead
        if (stream.size() + n > kMaxStreamBytes) {
            tooBig = true;
            break;
        }
        stream.append(chunk, n);
    }
    ::close(fds[0]);
    if (tooSlow || tooBig)
        ::kill(child, SIGKILL);
    int status = 0;
    // Its end of the pipe is closed, so the child is exiting; a killed one is reaped at once.
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (tooSlow) {
        failed.outcome = FreeXlRead::Outcome::TooSlow;
        return failed;
    }
    if (tooBig) {
        failed.outcome = FreeXlRead::Outcome::TooManyCells;
        return failed;
    }
    const bool completed = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return decodeFreeXlStream(stream, completed);
}

} // namespace chamber
