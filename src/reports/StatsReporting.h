// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <nlohmann/json.hpp>

#include <optional>

namespace chamber {

// Which counties under a city or region scope the figures cover (docs/exchange.md): a county
// whose report package was taken in, one whose records the database keeps itself, or one missing
// (its figures are not in the totals — unknown, not zero).
struct StatsReporting
{
    enum class Standing { Reported, KeptHere, Missing };
    struct County
    {
        Division county;
        Standing standing = Standing::Missing;
        int sequence = 0;
        QDate asOf;
        QString madeAt;
    };
    QList<County> counties;

    int count(Standing standing) const;
    // Read for a scope above county level; nullopt for a county or township (nothing to say).
    static Result<std::optional<StatsReporting>> load(Database &db, const Division &scope);
    // The dashboard's note, e.g. "已报送 12/14 个县（市、区）"; empty when nothing was reported.
    QString note() const;
    nlohmann::json toJson() const;
};

class StatsReportingText
{
    Q_DECLARE_TR_FUNCTIONS(StatsReporting)
public:
    static QString reported(int reported, int counties);
};

} // namespace chamber
