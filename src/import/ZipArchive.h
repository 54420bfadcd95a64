// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace chamber {

// A ZIP archive held in memory, read (and, for tests and tools, written) with the system
// minizip — the same ZIP library libxlsxwriter uses. QuaZip is not used: it exports minizip's
// function names itself, with other signatures, so a process that loads both QuaZip and
// libxlsxwriter sends libxlsxwriter's calls into QuaZip and crashes writing a workbook.
class ZipArchive
{
public:
    explicit ZipArchive(QByteArray bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Whether the bytes are a ZIP archive minizip can open.
    bool isOpen() const;
    // An entry's bytes by its path (letter case ignored); nullopt when it is missing, damaged
    // (bad CRC) or would be larger than maxBytes unpacked (then *tooLarge is set, if given).
    std::optional<QByteArray> entry(const QString &path, qint64 maxBytes, bool *tooLarge = nullptr) const;

    // A new archive of the given entries in their order, deflated — except those named in
    // `stored`, kept uncompressed (an OpenDocument's mimetype must be).
    static QByteArray create(const QList<std::pair<QString, QByteArray>> &entries, const QStringList &stored = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace chamber
