// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

#include <optional>

class QCalendarWidget;
class QDateEdit;

namespace chamber {

// A date field that may be left empty (records often lack a founding or closing date, and a
// made-up date would be worse). It is a plain text field: the date is typed as yyyy-MM-dd
// (2011/10/10, 2011.10.10 and 20111010 are taken too and shown as 2011-10-10), Tab and Shift+Tab
// leave it with what was typed, and the button at its end (or Alt+Down, F4) opens a calendar that
// changes the field only when a day is picked. Text that is not a date is kept as typed and
// marked, never replaced by another date; isInputValid() tells the form.
class OptionalDateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    std::optional<QDate> optionalDate() const;
    void setOptionalDate(const std::optional<QDate> &date);
    // Empty, or a date: false while the text typed is not (yet) a date.
    bool isInputValid() const;
    // The message for a field whose text is not a date.
    static QString invalidInputMessage();
    // Opens the calendar under the field.
    void showCalendar();
    QCalendarWidget *calendar() const { return m_calendar; }

    // The required date fields (QDateEdit) get the same format, yyyy-MM-dd.
    static void setUpRequired(QDateEdit *edit);

signals:
    // The date changed: an invalid QDate when the field was emptied (text that is not a date
    // leaves the last date in place until it is put right).
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textWasEdited();
    void normalise();
    void markValidity();

    QCalendarWidget *m_calendar = nullptr;
    std::optional<QDate> m_date;
};

} // namespace chamber
