// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFile.h"

#include "OdsReader.h"
#include "XlsReader.h"
#include "XlsxReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace chamber {

namespace {

const QString kFileField = QStringLiteral("file");
constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;

// What the first bytes say a file is, when it is something no ledger import reads.
QString foreignKind(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG"))
        return QStringLiteral("PNG");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("JPEG");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("GIF");
    if (bytes.startsWith("BM") && bytes.size() > 14 && bytes.contains('\0'))
        return QStringLiteral("BMP");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("WebP");
    return {};
}

} // namespace

QString LedgerFile::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<LedgerFile> LedgerFile::load(const QString &path, const CsvReader::Options &csv)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Problem::error(kFileField, tr("There is no file %1.").arg(path));
    if (info.isDir())
        return Problem::error(kFileField, tr("%1 is a folder, not a ledger file.").arg(path));
    // A pipe, a device (/dev/zero) or a socket would be read forever or without end: refused
    // before it is opened, since opening a pipe already waits for a writer.
    if (!info.isFile())
        return Problem::error(kFileField, tr("%1 is not an ordinary file (it is a pipe, a device or a socket): a ledger is a file "
                                             "saved by Excel, WPS or a text editor.")
                                              .arg(path));
    if (info.size() > kMaxFileBytes)
        return Problem::error(kFileField, tr("%1 is larger than 200 MB: it is not a ledger.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem::error(kFileField, tr("Cannot read %1: %2").arg(path, file.errorString()));
    // Never more than the limit, even if the file grows while it is read.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return Problem::error(kFileField, tr("%1 is larger than 200 MB: it is not a ledger.").arg(path));
    return fromBytes(bytes, info.fileName(), csv);
}

Result<LedgerFile> LedgerFile::fromBytes(const QByteArray &bytes, const QString &fileName, const CsvReader::Options &csv)
{
    LedgerFile out;
    out.fileName = fileName;
    out.sha256 = sha256Of(bytes);
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    static const QStringList workbookSuffixes = {QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("xls"),
                                                 QStringLiteral("et"),   QStringLiteral("ods"),  QStringLiteral("ett")};
    const bool namedWorkbook = workbookSuffixes.contains(suffix);
    if (bytes.isEmpty())
        return Problem::error(kFileField, tr("The file %1 is empty.").arg(fileName));
    if (const QString kind = foreignKind(bytes); !kind.isEmpty())
        return Problem::error(kFileField, tr("%1 is a %2 image, not a spreadsheet. Choose the ledger saved as .xlsx, .xls, .ods or .csv.").arg(fileName, kind));
    if (bytes.startsWith("%PDF"))
        return Problem::error(kFileField, tr("%1 is a PDF document, not a spreadsheet. Choose the ledger saved as .xlsx, .xls, .ods or .csv.").arg(fileName));
    auto take = [&](Result<QList<Sheet>> sheets, Format format) -> Result<LedgerFile> {
        if (!sheets)
            return sheets.problems();
        out.format = format;
        out.sheets = std::move(sheets.value());
        return out;
    };
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return take(XlsReader::read(bytes), Format::Xls);
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        if (OdsReader::isOds(bytes))
            return take(OdsReader::read(bytes), Format::Ods);
        return take(XlsxReader::read(bytes), Format::Xlsx);
    }
    if (namedWorkbook)
        return Problem::error(kFileField, tr("%1 is named as a workbook but is not one: its content is neither an Excel, WPS nor OpenDocument "
                                             "spreadsheet.")
                                              .arg(fileName));
    auto sheet = CsvReader::read(bytes, csv, fileName.section(QLatin1Char('.'), 0, -2));
    if (!sheet)
        return sheet.problems();
    out.format = Format::Csv;
    out.sheets = {sheet.value()};
    return out;
}

} // namespace chamber
