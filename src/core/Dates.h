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

// The one way a date is written for people, in every view, export and report: yyyy-MM-dd.
// (QLocale's short format differs by locale — 2010/1/24 in Chinese — so it is never used for dates.)
QString displayFormat();
QString toText(const QDate &date);                  // empty for an invalid date
QString toText(const std::optional<QDate> &date);   // empty for no date
// A date as a clerk types it: 2011-10-10, 2011/10/10, 2011.10.10, 2011-1-5, 20111010 or
// 2011年10月10日. Nothing for anything else, a date that does not exist included (never a guess).
std::optional<QDate> parseTyped(const QString &text);
// True while text may still become a date by typing more (digits and separators in order).
bool isTypedPrefix(const QString &text);

} // namespace chamber::dates
