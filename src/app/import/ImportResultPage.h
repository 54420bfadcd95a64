// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace chamber {

class ImportProgress;
class ImportSession;

// Writes the previewed import in one transaction, with a progress bar and Cancel, and says what
// it did — or that nothing was written and why. Below, the rows refused and the values held back
// or doubted (待核实), each with why; the list can be saved as a file, and the 待核实 list opened.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportResultPage(ImportSession &session, QWidget *parent = nullptr);

    QLabel *resultLabel() const { return m_result; }
    ImportProgress *progress() const { return m_progress; }
    QTableWidget *problemList() const { return m_list; }
    QPushButton *saveListButton() const { return m_saveList; }
    QPushButton *openToVerifyButton() const { return m_openToVerify; }
    void initializePage() override;

signals:
    void imported();
    // The clerk asked to see the chambers with values to verify.
    void openToVerify();

private:
    void saveList();

    ImportSession &m_session;
    ImportProgress *m_progress;
    QLabel *m_result;
    QTableWidget *m_list;
    QPushButton *m_saveList;
    QPushButton *m_openToVerify;
};

} // namespace chamber
