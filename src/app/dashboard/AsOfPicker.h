// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace chamber {

// "As of" any past date: a date field with a calendar, and a menu of year ends (and today) for
// the dates officials compare most.
class AsOfPicker : public QWidget
{
    Q_OBJECT
public:
    explicit AsOfPicker(QWidget *parent = nullptr);
    QDate date() const;
    void setDate(const QDate &date);  // emits dateChanged when it changes

signals:
    void dateChanged(const QDate &date);

private:
    void rebuildYearMenu();
    QDateEdit *m_edit;
    QToolButton *m_years;
    QDate m_date;
};

} // namespace chamber
