// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace chamber {

// An OLE2 compound file (the container of .xls, .et, .doc and of password-encrypted .xlsx) held
// in memory: its streams by name. Only what the BIFF reader needs is read — the FAT, the
// directory and the mini stream — with every sector chain bounded, so a damaged or crafted
// container is reported as not valid rather than followed forever.
class CompoundFile
{
public:
    explicit CompoundFile(QByteArray bytes);

    // Whether the header, FAT and directory could be read.
    bool isValid() const { return m_valid; }
    // The names of the streams it holds (e.g. "Workbook", "EncryptedPackage").
    QStringList streamNames() const;
    // A stream's bytes by name (letter case ignored); nullopt if missing or its chain is broken.
    std::optional<QByteArray> stream(const QString &name) const;

private:
    struct Entry
    {
        QString name;
        int type = 0;  // 2 stream, 5 root
        quint32 start = 0;
        quint64 size = 0;
    };
    std::optional<QByteArray> chain(quint32 start, quint64 size, const QList<quint32> &fat, bool mini) const;
    QList<quint32> readFat(quint32 fatSectors, quint32 difatStart, quint32 difatSectors) const;

    QByteArray m_bytes;
    bool m_valid = false;
    int m_sectorSize = 512;
    quint32 m_sectorCount = 0;
    quint32 m_miniCutoff = 4096;
    QList<quint32> m_fat;
    QList<quint32> m_miniFat;
    QByteArray m_miniStream;
    QList<Entry> m_entries;
};

} // namespace chamber
