// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemLabels.h"
#include "Result.h"

#include <QDate>
#include <QGroupBox>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chamber {

// Moves a record along its lifecycle (a case: received → mediating → settled …; a need: open →
// in progress → resolved): the current status, the steps allowed next (and reopening, which
// needs a reason), the date, checked as it is typed and written at once when recorded.
class StatusChangeBox : public QGroupBox
{
    Q_OBJECT
public:
    struct Step
    {
        int status = 0;
        QString label;
        bool reopen = false;
    };
    struct Change
    {
        int status = 0;
        QDate date;
        bool reopen = false;
        QString reason;
    };
    using Validate = std::function<Problems(const Change &)>;
    using Record = std::function<Status(const Change &)>;

    StatusChangeBox(const QString &title, QWidget *parent = nullptr);
    void setCurrent(const QString &text, const QList<Step> &next);
    void setActions(Validate validate, Record record);
    QComboBox *stepCombo() const { return m_step; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *recordButton() const { return m_record; }

signals:
    void recorded();

private:
    Change pending() const;
    void check();
    void record();

    QLabel *m_current;
    QComboBox *m_step;
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QPushButton *m_record;
    QLabel *m_problem;
    ProblemLabels m_problems;
    QList<Step> m_steps;
    Validate m_validate;
    Record m_write;
};

} // namespace chamber
