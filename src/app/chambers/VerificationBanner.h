// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VerificationService.h"

#include <QFrame>

class QPushButton;
class QVBoxLayout;

namespace chamber {

class Session;

// The band at the top of the chamber editor naming each value of the chamber waiting to be
// verified (待核实): the field, the value found, why, and where it came from; "use this value"
// where the value is valid now, and "dismiss" with a reason. Hidden when nothing waits.
class VerificationBanner : public QFrame
{
    Q_OBJECT
public:
    explicit VerificationBanner(Session &session, QWidget *parent = nullptr);

    void setChamberId(qint64 id);
    void reload();
    const QList<VerificationItem> &items() const { return m_items; }
    // The "use this value" button of an item, nullptr where the value cannot be used (for tests).
    QPushButton *useButton(qint64 itemId) const;

signals:
    // A value was written into the chamber (field key), or an item dismissed.
    void valueUsed(const QString &field);
    void itemsChanged();

private:
    void showReadError(const QString &message);  // in place of the items
    void use(const VerificationItem &item);
    void dismiss(const VerificationItem &item);

    Session &m_session;
    qint64 m_chamberId = 0;
    QList<VerificationItem> m_items;
    QHash<qint64, QPushButton *> m_useButtons;
    QVBoxLayout *m_rows;
};

} // namespace chamber
