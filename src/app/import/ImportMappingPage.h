// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace chamber {

class ImportSession;

// The column mapping: each column of the ledger with its header, its first value and the field
// it goes to, found from the header and changeable; columns nobody knows are marked. The mapping
// can be saved as JSON to use again with next year's ledger.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *problemLabel() const { return m_problems; }
    // Chooses the field of a column as the user would in its box; returns whether it was taken.
    bool choose(int column, const QString &field);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showProblems();
    void saveMapping();

    ImportSession &m_session;
    QLabel *m_where;
    QTableWidget *m_table;
    QLabel *m_problems;
};

} // namespace chamber
