// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QLocale>

namespace chamber {

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(noDate());
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(tr("(none)"));
    setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QStringLiteral("yyyy"))
                         ? QLocale().dateFormat(QLocale::ShortFormat)
                         : QStringLiteral("yyyy-MM-dd"));
    setDate(noDate());
}

std::optional<QDate> OptionalDateEdit::optionalDate() const
{
    return date() == noDate() ? std::nullopt : std::optional<QDate>(date());
}

void OptionalDateEdit::setOptionalDate(const std::optional<QDate> &value)
{
    setDate(value.value_or(noDate()));
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    // Opening the calendar on an empty field starts at today, not at 1900.
    if (date() == noDate())
        calendarWidget()->setSelectedDate(QDate::currentDate());
    QDateEdit::mousePressEvent(event);
}

} // namespace chamber
