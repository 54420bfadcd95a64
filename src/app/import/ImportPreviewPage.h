// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;

namespace chamber {

class ImportPreviewModel;
class ImportProgress;
class ImportSession;

// The preview before anything is written: every record with what the import will do (create,
// update with the changed fields, unchanged, skip, refused) and its problems; the choice of what
// an update does; the refused rows saved to a file to correct. Pressing Import commits.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportPreviewPage(ImportSession &session, QWidget *parent = nullptr);

    void setPolicy(UpdatePolicy policy);
    UpdatePolicy policy() const;
    QTableView *view() const { return m_view; }
    ImportPreviewModel *model() const { return m_model; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    QLabel *countsLabel() const { return m_counts; }
    ImportProgress *progress() const { return m_progress; }

    void initializePage() override;
    bool isComplete() const override;
    // Plans again (the policy changed, or after a cancel).
    void rebuild();

private:
    void saveRejects();

    ImportSession &m_session;
    QRadioButton *m_overwrite;
    QRadioButton *m_fillEmpty;
    QRadioButton *m_skip;
    ImportProgress *m_progress;
    QLabel *m_counts;
    QCheckBox *m_problemsOnly;
    QTableView *m_view;
    ImportPreviewModel *m_model;
    QSortFilterProxyModel *m_filter;
    QPushButton *m_saveRejects;
    QPushButton *m_again;
};

} // namespace chamber
