// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace chamber {

class ImportProgress;
class ImportSession;

// Writes the previewed import in one transaction, with a progress bar and Cancel, and says what
// it did — or that nothing was written and why.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportResultPage(ImportSession &session, QWidget *parent = nullptr);

    QLabel *resultLabel() const { return m_result; }
    ImportProgress *progress() const { return m_progress; }
    void initializePage() override;

signals:
    void imported();

private:
    ImportSession &m_session;
    ImportProgress *m_progress;
    QLabel *m_result;
};

} // namespace chamber
