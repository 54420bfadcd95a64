// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompoundFile.h"

#include <QtEndian>

namespace chamber {

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kNoStream = 0xFFFFFFFF;
constexpr int kMiniSectorSize = 64;
constexpr int kEntrySize = 128;
const QByteArray kSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

quint16 u16(const QByteArray &b, qsizetype at)
{
    return at >= 0 && at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.constData() + at) : 0;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return at >= 0 && at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.constData() + at) : kNoStream;
}

} // namespace

CompoundFile::CompoundFile(QByteArray bytes) : m_bytes(std::move(bytes))
{
    if (m_bytes.size() < 512 || !m_bytes.startsWith(kSignature))
        return;
    const int shift = u16(m_bytes, 0x1E);
    if ((shift != 9 && shift != 12) || u16(m_bytes, 0x20) != 6)
        return;
    m_sectorSize = 1 << shift;
    // Sector n starts at (n + 1) × size: the header takes the first. A last sector cut short counts.
    m_sectorCount = quint32((m_bytes.size() + m_sectorSize - 1) / m_sectorSize - 1);
    m_miniCutoff = u32(m_bytes, 0x38);
    m_fat = readFat(u32(m_bytes, 0x2C), u32(m_bytes, 0x44), u32(m_bytes, 0x48));
    if (m_fat.isEmpty())
        return;
    // The directory's length is not stated: its chain is read to the end.
    const auto directory = chain(u32(m_bytes, 0x30), 0, m_fat, false);
    if (!directory || directory->size() < kEntrySize)
        return;
    for (qsizetype at = 0; at + kEntrySize <= directory->size(); at += kEntrySize) {
        Entry e;
        e.type = quint8(directory->at(at + 0x42));
        const int nameBytes = u16(*directory, at + 0x40);
        if ((e.type != 2 && e.type != 5) || nameBytes < 2 || nameBytes > 64)
            continue;
        e.name = QString::fromUtf16(reinterpret_cast<const char16_t *>(directory->constData() + at), nameBytes / 2 - 1);
        e.start = u32(*directory, at + 0x74);
        // Version 3 files hold only the low 32 bits; the high ones may be garbage there.
        e.size = shift == 9 ? u32(*directory, at + 0x78) : qFromLittleEndian<quint64>(directory->constData() + at + 0x78);
        m_entries.append(e);
    }
    if (m_entries.isEmpty() || m_entries.first().type != 5)
        return;
    // The mini stream (small streams, 64-byte sectors) is the root entry's chain.
    const Entry &root = m_entries.first();
    if (root.start != kEndOfChain && root.size > 0) {
        const auto mini = chain(root.start, root.size, m_fat, false);
        const auto miniFat = chain(u32(m_bytes, 0x3C), 0, m_fat, false);
        if (mini && miniFat) {
            m_miniStream = *mini;
            for (qsizetype at = 0; at + 4 <= miniFat->size(); at += 4)
                m_miniFat.append(u32(*miniFat, at));
        }
    }
    m_valid = true;
}

QList<quint32> CompoundFile::readFat(quint32 fatSectors, quint32 difatStart, quint32 difatSectors) const
{
    if (fatSectors == 0 || fatSectors > m_sectorCount || difatSectors > m_sectorCount)
        return {};
    // Where the FAT's own sectors are: 109 in the header, the rest in a chain of DIFAT sectors.
    QList<quint32> fatSectorIds;
    for (int i = 0; i < 109 && quint32(fatSectorIds.size()) < fatSectors; ++i)
        fatSectorIds.append(u32(m_bytes, 0x4C + 4 * i));
    const int perDifat = m_sectorSize / 4 - 1;
    quint32 difat = difatStart;
    for (quint32 n = 0; n < difatSectors && quint32(fatSectorIds.size()) < fatSectors; ++n) {
        if (difat >= m_sectorCount)
            return {};
        const qsizetype base = qsizetype(difat + 1) * m_sectorSize;
        for (int i = 0; i < perDifat && quint32(fatSectorIds.size()) < fatSectors; ++i)
            fatSectorIds.append(u32(m_bytes, base + 4 * i));
        difat = u32(m_bytes, base + 4 * perDifat);
    }
    if (quint32(fatSectorIds.size()) < fatSectors)
        return {};
    QList<quint32> fat;
    fat.reserve(qsizetype(fatSectors) * (m_sectorSize / 4));
    for (const quint32 id : fatSectorIds) {
        if (id >= m_sectorCount)
            return {};
        const qsizetype base = qsizetype(id + 1) * m_sectorSize;
        for (int i = 0; i < m_sectorSize / 4; ++i)
            fat.append(u32(m_bytes, base + 4 * i));
    }
    return fat;
}

std::optional<QByteArray> CompoundFile::chain(quint32 start, quint64 size, const QList<quint32> &fat, bool mini) const
{
    const int sectorSize = mini ? kMiniSectorSize : m_sectorSize;
    const qint64 available = mini ? m_miniStream.size() : m_bytes.size();
    if (size > quint64(available))
        return std::nullopt;  // it cannot be there: a damaged or crafted size
    QByteArray out;
    quint32 sector = start;
    // A chain visits each sector once at most: more steps than the file has sectors is a loop,
    // so nothing read is ever longer than the file itself.
    const qint64 maxSteps = available / sectorSize + 1;
    for (qint64 steps = 0; sector != kEndOfChain; ++steps) {
        if (steps >= maxSteps || sector >= quint32(fat.size()))
            return std::nullopt;
        const qint64 offset = mini ? qint64(sector) * sectorSize : (qint64(sector) + 1) * sectorSize;
        if (offset >= available)
            return std::nullopt;
        out.append((mini ? m_miniStream : m_bytes).mid(offset, sectorSize));
        if (size > 0 && quint64(out.size()) >= size)
            break;
        sector = fat.at(sector);
    }
    if (size > 0) {
        if (quint64(out.size()) < size)
            return std::nullopt;  // the file ends before the stream does: truncated
        out.truncate(qsizetype(size));
    }
    return out;
}

QStringList CompoundFile::streamNames() const
{
    QStringList out;
    for (const auto &e : m_entries)
        if (e.type == 2)
            out.append(e.name);
    return out;
}

std::optional<QByteArray> CompoundFile::stream(const QString &name) const
{
    if (!m_valid)
        return std::nullopt;
    for (const auto &e : m_entries) {
        if (e.type != 2 || e.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (e.size == 0)
            return QByteArray();
        if (e.size < m_miniCutoff)
            return chain(e.start, e.size, m_miniFat, true);
        return chain(e.start, e.size, m_fat, false);
    }
    return std::nullopt;
}

} // namespace chamber
