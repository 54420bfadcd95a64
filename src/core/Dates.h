// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace chamber::dates {

// Dates are stored and exchanged as ISO 8601 calendar dates (yyyy-MM-dd); never as text in other forms.
std::optional<QDate> parseIso(const QString &text);
QString toIso(const QDate &date);
// An optional date to storage text: empty for no date.
QString toIsoOrEmpty(const std::optional<QDate> &date);
std::optional<QDate> fromIsoOrEmpty(const QString &text);

} // namespace chamber::dates
