// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace chamber {

class ImportSession;

// The wizard's first page: which ledger file, in which encoding (CSV), which sheet (XLSX), and
// an optional mapping saved before. Going on reads the file and finds its ledger; a file that is
// not one is refused here with the reason, and the wizard stays on the page.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilePage(ImportSession &session, QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const;
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *sheetBox() const { return m_sheet; }
    QLineEdit *mappingEdit() const { return m_mapping; }
    QLabel *problemLabel() const { return m_problem; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void browseMapping();
    void fileChanged();

    ImportSession &m_session;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QLineEdit *m_mapping;
    QLabel *m_problem;
};

} // namespace chamber
