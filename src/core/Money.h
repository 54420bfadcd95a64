// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace chamber::money {

// Money is held as integer fen (分). These convert to and from yuan as written by people:
// "30000", "30000.5", "30,000.50", "3万", "3.5万元". Never through floating point.
std::optional<qint64> parseYuan(const QString &text);
// "30000.50" style, no grouping; negative amounts keep their sign.
QString formatYuan(qint64 fen);

} // namespace chamber::money
