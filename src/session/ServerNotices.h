// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeNotices.h"
#include "Database.h"

#include <QList>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace chamber {

// Hears, on a PostgreSQL server, the changes other users' connections commit (LISTEN on
// ChangeNotices::channel(); migration 0009's trigger sends them) and tells them as this
// connection may read them, so that open lists show them without a restart. Its own connection's
// notices are left out (its writes are told by Database already). A burst — an import of a
// thousand rows is a thousand notices — is gathered for kGatherMs and read back in one go. On a
// file it does nothing: a file has no other users to hear.
class ServerNotices : public QObject
{
    Q_OBJECT
public:
    static constexpr int kGatherMs = 200;

    explicit ServerNotices(Database &db, QObject *parent = nullptr);
    ~ServerNotices() override;

    // Whether this connection listens (a server database whose driver took the LISTEN).
    bool listening() const { return m_listening; }

signals:
    // Other users' committed changes this connection may read, in the order of the log.
    void changed(const QList<chamber::ChangeEvent> &changes);

private:
    void heard(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void deliver();

    Database &m_db;
    QTimer m_gather;
    QList<ChangeNotices::Span> m_spans;
    bool m_listening = false;
};

} // namespace chamber
