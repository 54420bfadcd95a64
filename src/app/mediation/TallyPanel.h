// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Mediation.h"
#include "Result.h"

#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace chamber {

class Session;

// A chamber's yearly count of mediation cases, for years whose cases are not entered one by one
// (what `chamberctl mediation tally set|list|remove` keep): one row per year, set or removed here.
class TallyPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit TallyPanel(Session &session, QWidget *parent = nullptr);

    void setChamberId(qint64 id);
    QTableWidget *table() const { return m_table; }
    // Adds or replaces the year's count (the set button asks for these).
    // expectedVersion: as MediationService::setTally's (the dialog passes what it saw when opened).
    Status setTally(int year, int cases, std::optional<int> settled, const QString &notes, std::optional<qint64> expectedVersion = {});
    Status removeSelected();

private:
    void reload();
    void askSet();

    Session &m_session;
    qint64 m_chamberId = 0;
    QList<MediationTally> m_rows;
    QTableWidget *m_table;
    QPushButton *m_set;
    QPushButton *m_remove;
};

} // namespace chamber
