// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace chamber {

// What a PostgreSQL server says when change_log gains lines (migration 0009's trigger): on the
// channel kChannel, the first and last id of the lines one statement appended ("17 17"), nothing
// of what they say. read() takes them back as the changes they log — through row-level security,
// so that a user is told only of records it may read. A file has no such notices.
struct ChangeNotices
{
    // A span of change_log ids, both ends included.
    struct Span
    {
        qint64 first = 0;
        qint64 last = 0;
        bool operator==(const Span &) const = default;
    };

    static QString channel() { return QStringLiteral("chamber_change"); }
    // The span a notice's payload names, or none for a payload that is not one.
    static std::optional<Span> parse(const QString &payload);
    // Sorts spans and joins those that overlap or touch, so that a burst is read in few queries.
    static QList<Span> merged(QList<Span> spans);
    // The changes the lines of these spans log, in order of the log, as far as this connection may
    // read them (an empty list: none it may).
    static Result<QList<ChangeEvent>> read(Database &db, const QList<Span> &spans);
};

} // namespace chamber
