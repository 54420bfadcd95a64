// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"
#include "Session.h"

#include <QObject>

#include <memory>

namespace chamber {

// The database the window works on and its scope. Pages reach the services through session()
// (made once per file, never constructed by a page). Each committed write comes back as
// recordsChanged() with the records it touched, so that open lists update those rows; a write
// also calls notifyChanged(area), so that pages of figures (dashboard, points, reports) read again.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens an existing database that has a scope. Refused (and the current one kept) otherwise.
    Status open(const QString &path);
    // Creates a database, or gives a scope to an existing file that has none, and opens it.
    Status create(const QString &path, const Division &scope);
    // Whether a file is a database that has no scope yet (the wizard then asks for one).
    static bool needsScope(const QString &path);

    bool isOpen() const { return m_session != nullptr; }
    Database &db() const { return m_session->db(); }
    // The open database's services; only while isOpen().
    Session &session() const { return *m_session; }
    const Division &scope() const { return m_scope; }
    QString path() const;
    // "广西壮族自治区 南宁市 宾阳县"
    QString scopePath() const;
    // Whether the scope is above county level, where lists show each township with its county.
    bool regionScale() const { return m_scope.level != DivisionLevel::County; }
    // How lists name a township: "宾州镇", or "宾阳县 宾州镇" above county level.
    QString townshipLabel(const QString &townshipCode) const;

    // Counts the files opened, so that a page can tell a new file from a refresh.
    int generation() const { return m_generation; }
    void notifyChanged(const QString &area);

signals:
    void opened();
    void changed(const QString &area);
    // Every committed write of the open file (Session::changed), from this window or any other
    // part of the app.
    void recordsChanged(const QList<chamber::ChangeEvent> &changes);

private:
    Status adopt(std::unique_ptr<Database> db);
    std::unique_ptr<Session> m_session;
    Division m_scope;
    int m_generation = 0;
};

} // namespace chamber
