// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerNotices.h"

#include <QDebug>
#include <QSqlError>

namespace chamber {

ServerNotices::ServerNotices(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ServerNotices::deliver);
    if (!m_db.isServer())
        return;
    QSqlDriver *driver = m_db.sql().driver();
    m_listening = driver->subscribeToNotification(ChangeNotices::channel());
    if (!m_listening) {
        // Said, not hidden: the lists still show this user's own changes, and others' when read again.
        qWarning("ChamberDesk: cannot listen for other users' changes on %s: %s", qPrintable(m_db.path()),
                 qPrintable(driver->lastError().text()));
        return;
    }
    connect(driver, &QSqlDriver::notification, this, &ServerNotices::heard);
}

ServerNotices::~ServerNotices()
{
    if (m_listening && m_db.sql().isOpen())
        m_db.sql().driver()->unsubscribeFromNotification(ChangeNotices::channel());
}

void ServerNotices::heard(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != ChangeNotices::channel() || source == QSqlDriver::SelfSource)
        return;
    const auto span = ChangeNotices::parse(payload.toString());
    if (!span)
        return;  // not one of ours: the channel is ChamberDesk's, but anyone may NOTIFY on it
    m_spans.append(*span);
    if (!m_gather.isActive())
        m_gather.start();
}

void ServerNotices::deliver()
{
    const auto changes = ChangeNotices::read(m_db, m_spans);
    if (!changes) {
        // Kept, and read again with the next notice: the lists are not told a change that may not be.
        qWarning("ChamberDesk: cannot read other users' changes: %s", qPrintable(changes.firstError()));
        m_spans = ChangeNotices::merged(m_spans);
        return;
    }
    m_spans.clear();
    if (!changes->isEmpty())
        emit changed(*changes);
}

} // namespace chamber
