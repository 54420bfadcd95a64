// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dates.h"

#include <QDate>
#include <QLocale>
#include <QVariant>

#include <functional>
#include <optional>

namespace chamber::cells {

// Builders of RecordTableModel cells, so that every list shows text, numbers and dates the same
// way: dates as yyyy-MM-dd (dates::toText), numbers in the locale's format, numbers right-aligned.
template<typename T>
using Cell = std::function<QVariant(const T &, int)>;

template<typename T, typename F>
Cell<T> text(F f)
{
    return [f](const T &record, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return QVariant(f(record));
        return {};
    };
}

// Text with a tooltip (the whole text of a long note, a definition).
template<typename T, typename F, typename G>
Cell<T> textWithTip(F f, G tip)
{
    return [f, tip](const T &record, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return QVariant(f(record));
        if (role == Qt::ToolTipRole)
            return QVariant(tip(record));
        return {};
    };
}

inline QString dateText(const std::optional<QDate> &date)
{
    return dates::toText(date);
}

template<typename T, typename F>
Cell<T> date(F f)
{
    return [f](const T &record, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return dateText(std::optional<QDate>(f(record)));
        return {};
    };
}

// A number, or blank when F gives nullopt.
template<typename T, typename F>
Cell<T> number(F f)
{
    return [f](const T &record, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole) {
            const std::optional<qint64> value = f(record);
            return value ? QLocale().toString(*value) : QString();
        }
        return {};
    };
}

// Text aligned right: amounts of money and points, already formatted.
template<typename T, typename F>
Cell<T> figure(F f)
{
    return [f](const T &record, int role) -> QVariant {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DisplayRole)
            return QVariant(f(record));
        return {};
    };
}

} // namespace chamber::cells
