// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Division.h"

#include <QObject>

#include <memory>

namespace chamber {

// The database the window works on and its scope. Pages reach the services through db(); after
// a write they call notifyChanged() so that the other pages showing the same records refresh.
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

    bool isOpen() const { return m_db != nullptr; }
    Database &db() const { return *m_db; }
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

private:
    Status adopt(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    Division m_scope;
    int m_generation = 0;
};

} // namespace chamber
