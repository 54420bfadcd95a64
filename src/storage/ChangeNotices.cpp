// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeNotices.h"

#include "RecordSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace chamber {

std::optional<ChangeNotices::Span> ChangeNotices::parse(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() != 2)
        return std::nullopt;
    bool firstOk = false;
    bool lastOk = false;
    const Span span{parts.at(0).toLongLong(&firstOk), parts.at(1).toLongLong(&lastOk)};
    if (!firstOk || !lastOk || span.first <= 0 || span.last < span.first)
        return std::nullopt;
    return span;
}

QList<ChangeNotices::Span> ChangeNotices::merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.first < b.first; });
    QList<Span> out;
    for (const Span &s : spans) {
        if (!out.isEmpty() && s.first <= out.last().last + 1)
            out.last().last = std::max(out.last().last, s.last);
        else
            out.append(s);
    }
    return out;
}

Result<QList<ChangeEvent>> ChangeNotices::read(Database &db, const QList<Span> &spans)
{
    QList<ChangeEvent> out;
    // An insert as Database::log tells it: an "add", or a line with values after and none before.
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT entity, entity_id, action, "
                                              "CASE WHEN action = 'add' OR (old_values IS NULL AND new_values IS NOT NULL) THEN 1 ELSE 0 END "
                                              "FROM change_log WHERE id BETWEEN ? AND ? ORDER BY id"));
    for (const Span &span : merged(spans)) {
        q.addBindValue(span.first);
        q.addBindValue(span.last);
        if (!q.exec())
            return Problem::error(QStringLiteral("database"), q.lastError().text());
        while (q.next())
            out.append(ChangeEvent{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt() == 1});
        // A read that stopped part way is an error, not the end of the lines.
        const Status end = sql::readEnd(q);
        q.finish();
        if (!end)
            return end.problems();
    }
    return out;
}

} // namespace chamber
