// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backups.h"

#include <QTableWidget>

#include <optional>

namespace chamber {

// The backups of one database file, newest first: when each was made, why (daily, before an
// import …), its size and its file name. Shared by 设置 → 备份与恢复 and the offer to restore a
// file that is damaged.
class BackupTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { Made, Kind, Size, File, ColumnCount };
    explicit BackupTable(QWidget *parent = nullptr);
    void setEntries(const QList<Backups::Entry> &entries);
    const QList<Backups::Entry> &entries() const { return m_entries; }
    std::optional<Backups::Entry> selectedEntry() const;
    // "2026-12-03 09:15:02"
    static QString madeText(const QDateTime &made);

private:
    QList<Backups::Entry> m_entries;
};

} // namespace chamber
