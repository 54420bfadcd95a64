// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "Result.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace chamber {

class PageHeader;

// 报表: the files the office sends upward. The coverage figures as of a date (the stats JSON
// contract or CSV), and the annual micro-points scoring report in each of its formats. Each is
// written where the user chooses; the folder is opened when done.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("reports"); }
    QString title() const override;
    QIcon icon() const override;
    void reload() override;

    // The scoring report of the chosen year and county in one format (json, csv, xlsx, pdf),
    // written whole to path or not at all. The buttons ask for the path and then call this.
    Status writeScoringReport(const QString &format, const QString &path);
    // Chooses the year of the scoring report; false when the database has no such year.
    bool selectScoringYear(int year);
    // Chooses the language of a draft report (zh_CN or en); false for another code.
    bool selectScoringLanguage(const QString &code);

private:
    void exportStats(bool json);
    void exportScoring(const QString &format);
    void showScoringState();
    // Shows where a file went and offers to open its folder.
    void reportWritten(const QString &path);

    PageHeader *m_header;
    QDateEdit *m_asOf;
    QComboBox *m_scoringYear;
    QComboBox *m_scoringCounty;
    QComboBox *m_scoringLanguage;
    QString m_draftLanguage;  // chosen for drafts; a published year shows its own
    QLabel *m_scoringState;
    QList<QPushButton *> m_scoringButtons;
    QLabel *m_result;
};

} // namespace chamber
