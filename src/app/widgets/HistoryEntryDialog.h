// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProblemLabels.h"
#include "Result.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chamber {

// Corrects or deletes one entry of a dated history (a registration change, a case's status
// change): the entry as recorded, its right values (when correcting) and the reason, which is
// required. The result is checked as it is typed by the caller's check — the whole history as it
// would be — and written by its apply; a refusal keeps the dialog open with the messages.
class HistoryEntryDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Correct, Delete };
    struct Values
    {
        int status = 0;
        QDate date;
        QString code;    // the credit code of a registration
        QString note;    // a registration's note, or a reopening's reason
        QString reason;  // why it is corrected
    };
    using Check = std::function<Problems(const Values &)>;
    using Apply = std::function<Status(const Values &)>;

    HistoryEntryDialog(Mode mode, const QString &title, const QString &entryText, QWidget *parent = nullptr);

    // The statuses offered (label, value) and the entry's own values.
    void setStatuses(const QList<std::pair<QString, int>> &statuses);
    void setValues(const Values &values);
    // Shows the credit code field, enabled only while the status is codeStatus.
    void showCode(int codeStatus);
    // Shows a second text field (a note, a reopening's reason) under the label.
    void showNote(const QString &label);
    void setActions(Check check, Apply apply);

    Values values() const;
    QComboBox *statusCombo() const { return m_status; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();
    void apply();

    Mode m_mode;
    QComboBox *m_status;
    QDateEdit *m_date;
    QLineEdit *m_code;
    QLineEdit *m_note;
    QLineEdit *m_reason;
    QPushButton *m_ok;
    QLabel *m_problem;
    QLabel *m_codeLabel;
    QLabel *m_noteLabel;
    ProblemLabels m_problems;
    int m_codeStatus = -1;
    Check m_check;
    Apply m_apply;
};

} // namespace chamber
