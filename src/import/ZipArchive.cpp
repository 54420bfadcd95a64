// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include <unzip.h>
#include <zip.h>

#include <algorithm>
#include <cstring>

namespace chamber {

namespace {

// minizip reads and writes through these callbacks: a cursor over a QByteArray.
struct MemoryFile
{
    QByteArray *data;
    qint64 position = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void *, int)
{
    return new MemoryFile{static_cast<QByteArray *>(opaque)};
}

uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *f = static_cast<MemoryFile *>(stream);
    const qint64 n = std::clamp<qint64>(f->data->size() - f->position, 0, qint64(size));
    if (n > 0)
        std::memcpy(buffer, f->data->constData() + f->position, size_t(n));
    f->position += n;
    return uLong(n);
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf stream, const void *buffer, uLong size)
{
    auto *f = static_cast<MemoryFile *>(stream);
    const qint64 end = f->position + qint64(size);
    if (end > f->data->size())
        f->data->resize(end);
    std::memcpy(f->data->data() + f->position, buffer, size);
    f->position = end;
    return size;
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryFile *>(stream)->position);
}

long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *f = static_cast<MemoryFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = f->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = f->data->size();
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > f->data->size())
        return -1;
    f->position = target;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf stream)
{
    delete static_cast<MemoryFile *>(stream);
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

zlib_filefunc64_def memoryFunctions(QByteArray *data)
{
    zlib_filefunc64_def f;
    f.zopen64_file = memoryOpen;
    f.zread_file = memoryRead;
    f.zwrite_file = memoryWrite;
    f.ztell64_file = memoryTell;
    f.zseek64_file = memorySeek;
    f.zclose_file = memoryClose;
    f.zerror_file = memoryError;
    f.opaque = data;
    return f;
}

} // namespace

struct ZipArchive::Private
{
    QByteArray bytes;
    unzFile zip = nullptr;
    bool read = false;  // an entry has been located: the current one is set
};

ZipArchive::ZipArchive(QByteArray bytes) : d(std::make_unique<Private>())
{
    d->bytes = std::move(bytes);
    zlib_filefunc64_def functions = memoryFunctions(&d->bytes);
    d->zip = unzOpen2_64("memory", &functions);
}

ZipArchive::~ZipArchive()
{
    if (d->zip)
        unzClose(d->zip);
}

bool ZipArchive::isOpen() const
{
    return d->zip != nullptr;
}

std::optional<QByteArray> ZipArchive::entry(const QString &path, qint64 maxBytes, bool *tooLarge) const
{
    if (tooLarge)
        *tooLarge = false;
    if (!d->zip)
        return std::nullopt;
    // Entries are mostly read in the archive's order (a report package holds hundreds): the one
    // after the last read is tried first, then the whole directory (unzLocateFile reads it from
    // the start, which made reading every entry quadratic in their number).
    const QByteArray name = path.toUtf8();
    unz_file_info64 info;
    char found[1024];
    bool located = d->read && unzGoToNextFile(d->zip) == UNZ_OK
                   && unzGetCurrentFileInfo64(d->zip, &info, found, sizeof found, nullptr, 0, nullptr, 0) == UNZ_OK
                   && qstricmp(found, name.constData()) == 0;
    // 2: names compared without regard to letter case, as Office does.
    if (!located && unzLocateFile(d->zip, name.constData(), 2) != UNZ_OK)
        return std::nullopt;
    if (unzGetCurrentFileInfo64(d->zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return std::nullopt;
    d->read = true;
    if (qint64(info.uncompressed_size) > maxBytes) {
        if (tooLarge)
            *tooLarge = true;
        return std::nullopt;
    }
    if (unzOpenCurrentFile(d->zip) != UNZ_OK)
        return std::nullopt;
    QByteArray out;
    out.reserve(qsizetype(info.uncompressed_size));
    char buffer[64 * 1024];
    int n = 0;
    // The stated size can lie; the read stops at the limit whatever the header says.
    while ((n = unzReadCurrentFile(d->zip, buffer, sizeof buffer)) > 0 && out.size() + n <= maxBytes)
        out.append(buffer, n);
    const int closed = unzCloseCurrentFile(d->zip);
    if (n > 0 && tooLarge)
        *tooLarge = true;
    if (n != 0 || closed != UNZ_OK)
        return std::nullopt;
    // minizip checks the CRC only when the whole stated size was read: a stream that ends early
    // (a damaged or cut entry) would otherwise pass as a shorter one.
    if (out.size() != qint64(info.uncompressed_size))
        return std::nullopt;
    return out;
}

QByteArray ZipArchive::create(const QList<std::pair<QString, QByteArray>> &entries, const QStringList &stored)
{
    QByteArray out;
    zlib_filefunc64_def functions = memoryFunctions(&out);
    zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip)
        return {};
    for (const auto &[name, data] : entries) {
        zip_fileinfo info{};
        info.tmz_date.tm_mday = 1;  // 1980-01-01, the first date ZIP can hold: a fixed date keeps the output reproducible
        info.tmz_date.tm_year = 1980;
        const bool store = stored.contains(name);
        if (zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, store ? 0 : Z_DEFLATED,
                                  store ? 0 : Z_DEFAULT_COMPRESSION, 0) != ZIP_OK
            || zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) != ZIP_OK || zipCloseFileInZip(zip) != ZIP_OK) {
            zipClose(zip, nullptr);
            return {};
        }
    }
    zipClose(zip, nullptr);
    return out;
}

} // namespace chamber
