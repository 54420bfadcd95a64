// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Points.h"
#include "RecordTableModel.h"
#include "Result.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chamber {

class RecordListPanel;
class Workspace;

// The micro-points page's "categories and grades" tab: the scoring categories (shared by every
// year: add, rename, reorder, retire) with each one's cap in the year in view, and the year's
// grade thresholds and award rule — what `chamberctl points category|cap|year set` change,
// through the same PointsService calls and so the same checks. A published year's caps and
// thresholds are read-only, and the panel says so and why.
class PointsRulesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PointsRulesPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    bool isReadOnly() const { return m_readOnly; }
    // "Published on …": why the year is read-only; empty while it is open.
    QString frozenText() const { return m_frozen; }

    // The actions the buttons take after asking; refusals come back (nothing is shown).
    Status addCategory(const QString &name);
    Status editCategory(qint64 id, const QString &name, int position);
    Status toggleRetired(qint64 id);
    // An empty text removes the cap.
    Status setCap(qint64 categoryId, const QString &capText);
    // The thresholds and award rule as typed in the form.
    Status saveGrades();

    RecordTableModel<PointsCategory> *categories() const { return m_categories; }
    RecordListPanel *categoryPanel() const { return m_categoryPanel; }
    QLineEdit *excellentEdit() const { return m_excellent; }
    QLineEdit *goodEdit() const { return m_good; }
    QLineEdit *passEdit() const { return m_pass; }
    QCheckBox *registeredYearBox() const { return m_registeredYear; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *frozenLabel() const { return m_frozenLabel; }

signals:
    // Categories, caps or thresholds changed: the scorecards follow.
    void changed();

private:
    void reload();
    void askAdd();
    void askEdit();
    void askCap();
    void showProblems(const Status &status);

    Workspace &m_workspace;
    int m_year = 0;
    bool m_readOnly = false;
    QString m_frozen;
    QList<PointsCategory> m_rows;
    Problems m_readProblems;  // of the last reload: the list shows the error instead of rows
    QHash<qint64, qint64> m_caps;
    RecordTableModel<PointsCategory> *m_categories;
    RecordListPanel *m_categoryPanel;
    QPushButton *m_capButton;
    QGroupBox *m_gradeGroup;
    QLineEdit *m_excellent;
    QLineEdit *m_good;
    QLineEdit *m_pass;
    QCheckBox *m_registeredYear;
    QPushButton *m_save;
    QLabel *m_gradeProblem;
    QLabel *m_frozenLabel;
};

} // namespace chamber
