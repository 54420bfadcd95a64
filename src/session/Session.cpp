// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QSet>

#include <algorithm>

namespace chamber {

Session::Session(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_chambers(*m_db), m_registrations(*m_db), m_corrections(*m_db),
      m_divisions(*m_db), m_party(*m_db), m_disclosures(*m_db), m_honours(*m_db), m_members(*m_db), m_needs(*m_db),
      m_mediation(*m_db), m_cases(*m_db), m_points(*m_db), m_verification(*m_db), m_imports(*m_db), m_history(*m_db), m_stats(*m_db),
      m_dashboard(*m_db), m_exchange(*m_db)
{
    m_db->setChangeListener([this](const QList<ChangeEvent> &changes) { emit changed(changes); });
    m_notices = std::make_unique<ServerNotices>(*m_db);
    connect(m_notices.get(), &ServerNotices::changed, this, &Session::changed);
}

Session::~Session()
{
    m_db->setChangeListener({});
    m_notices.reset();
}

Session::Touched Session::touched(const QList<ChangeEvent> &changes, const QStringList &entities)
{
    Touched out;
    QSet<qint64> seen;
    for (const ChangeEvent &c : changes) {
        if (!entities.contains(c.entity))
            continue;
        if (!seen.contains(c.id)) {
            seen.insert(c.id);
            out.ids.append(c.id);
        }
        out.added = out.added || c.inserted;
    }
    return out;
}

bool Session::touches(const QList<ChangeEvent> &changes, const QStringList &entities)
{
    return std::any_of(changes.begin(), changes.end(), [&](const ChangeEvent &c) { return entities.contains(c.entity); });
}

} // namespace chamber
